/**
 * What the core understood a question to ask: made once by `understand()`, read by every later
 * step, never re-parsed from the question's text.
 */
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import type { Aspect, CatalogEntry, Passage } from '../../knowledge/types.js';
import type { Concept } from '../lexicon/concepts.js';
import type { Article } from '../lexicon/documents.js';
import type { Intent, Target } from './intent/examples.js';
import type { Purpose } from './purpose.js';
import type { Adaptation } from './adaptation.js';
import type { AdoptionCues } from './adoption-cues.js';
import type { SaidCues } from './cues.js';
import type { BudgetCues } from './budget-cues.js';
import type { ChoiceCues } from './choice-cues.js';
import type { ComparisonCues } from './comparison-cues.js';
import type { FigureCues } from './figure-cues.js';
import type { HostingCues } from './hosting-cues.js';
import type { ListCues } from './list-cues.js';
import type { OutputCues } from './output-cues.js';
import type { ProposalCues } from './proposal-cues.js';
import type { RankingCues } from './ranking-cues.js';
import type { SizeCues } from './size-cues.js';
import type { StepCues } from './step-cues.js';
import type { LikenessCues, VerdictCues } from './verdict-cues.js';

export type { Adaptation, ComparisonCues, FigureCues, Intent, LikenessCues, ListCues, ProposalCues, Purpose, RankingCues, SaidCues, Target, VerdictCues };

/** The facts a question can ask about a model or an article. */
export type Attribute =
  | 'context_window'
  | 'pricing'
  | 'training_cost'
  | 'training'
  | 'released'
  | 'developer'
  | 'parameters'
  | 'benchmark'
  | 'access'
  | 'strengths'
  | 'limitations'
  | 'deployment'
  | 'author'
  | 'published'
  | 'publisher'
  | 'audience'
  | 'figure';

/** What a generated thing is: the category, and whether the question has it going in or coming out. */
export interface CategoryMention {
  category: 'image' | 'video' | 'audio' | 'code' | 'text' | 'tabular' | 'molecules' | '3d' | 'documents';
  direction?: 'input' | 'output';
  /** For audio: spoken language or music, when the question says which. */
  form?: 'speech' | 'music';
}

/** A kind of model asked about a task whose content is another kind's ("an image model for writing SQL"). */
/** Why a question in the field's words is still not one the knowledge answers (see out-of-scope.ts). */
export type OutOfScope = 'foreign-kind' | 'live-status' | 'company-internals' | 'unknown-subject' | 'task' | 'opinion';

export interface KindMisfit {
  kind: Concept;
  /** The content the kind is for. */
  content: CategoryMention;
  /** The task's content, not the kind's. */
  task: CategoryMention;
  /** The model type the knowledge has for the task's content, when it has one. */
  taskKind?: Concept;
}

/** What the question requires of an answer's pick. */
export interface Constraints {
  selfHosted: boolean;
  openWeights: boolean;
  /** Data must not go to a vendor, or must stay in a country or region. */
  dataResidency: boolean;
  privacy: boolean;
  managedApi: boolean;
  budget: boolean;
  highVolume: boolean;
  lowLatency: boolean;
  onDevice: boolean;
  quality: boolean;
  longContext: boolean;
  frontier: boolean;
  regulated: boolean;
  smallTeam: boolean;
  /** The asker will adapt the model on their own material ("fine-tune it on our data", "train a LoRA on our photos"). */
  fineTune: boolean;
  /** Tokens the question needs in one prompt, when it says ("5-8 million tokens"). */
  contextTokens?: number;
  /** Days the asker has to deliver in, when they say ("must launch in three weeks": 21). */
  deadlineDays?: number;
}

/** What an item ranking is over (its head noun: "ways", "classes"), the scale, and which end leads. */
export interface ItemRanking {
  noun: string;
  /** The words naming what is ranked, the noun last ("model size classes"). */
  words: string;
  on: 'cost' | 'time';
  direction: 'max' | 'min';
}

/** The set a question asks the items of: its plural noun ("certifications"), and the count when it says one ("the six types"). */
export interface Enumeration {
  noun: string;
  count?: number;
}

/** One item of a list an answer gave ("- Alignment: RLHF, so outputs become safer…"), with the passage it came from. */
export interface ListedItem {
  text: string;
  passage?: Passage;
}

/** One side of a comparison: a concept, a model, or words the knowledge may still cover. */
export interface Side {
  text: string;
  concept?: Concept;
  model?: CatalogEntry;
}

/** A link or a field word of the question, read for how firmly it ties the question to this field. */
export interface FieldMention {
  /** The words as tokens ("context window", "train", "llm"). */
  words: string;
  /** Only this field says it: a name of several words, or a word no everyday English uses ("LLM", "tokenizer"). */
  firm: boolean;
  /** A word beside it that the knowledge never uses ("house train", "arcade tokens"), or a word of an everyday field anywhere in the question ("the next train to Leeds"), pulls it into its everyday sense. */
  foreign: boolean;
}

/** What another model than the last answer's pick is asked to be; each part that is set must hold. */
export interface AlternativeAsk {
  /** "Cheaper", "with a longer context": better than the pick on a figure, that way. */
  by?: { attribute: 'pricing' | 'context_window' | 'benchmark'; direction: 'max' | 'min' };
  /** "From Google": made by this developer, as the catalog spells it. */
  developer?: string;
  /** "Something proprietary", "an open-source option": of this access. */
  access?: 'open' | 'proprietary';
  /** "Second best?", "who's the runner-up?": the first alternative the answer offered. */
  second?: true;
}

export interface Understanding {
  /** The question as asked. */
  asked: string;
  /** The question without chat noise (mentions, greetings, emoji, filler). */
  text: string;
  intent: Intent;
  confidence: number;
  /** The next most likely intent, when it is close enough to shape the answer too. */
  runnerUp?: { intent: Intent; p: number };
  /** For recommendations: what kind of thing the answer should name. */
  target?: Target;
  concepts: Concept[];
  models: CatalogEntry[];
  /** Names that look like models or products but are not in the knowledge ("Grok 4", "GPT-6"). */
  unknownNames: string[];
  /** Named models the catalog does not hold but the documents may name ("claude haiku 4.5"). */
  names: string[];
  articles: Article[];
  categories: CategoryMention[];
  /** No content named, but language work is ("our support bot", "translating tickets"): a text model's work, in the question's words. */
  languageWork?: string;
  /** The task the asker wants done ("spot fraudulent transactions": anomaly detection), when the wording names one. */
  purpose?: Purpose;
  attribute?: Attribute;
  /** The label of a figure the catalog records that the question names ("enterprise API share"), when it names one. */
  stat?: string;
  /** The aspect of the subject the question is about, from its wording. */
  aspect?: Aspect;
  /** Asks what something is worth ("why does X matter?", "why is X important?"), not why it happened. */
  asksImportance?: true;
  /** The need is to adapt a model to the asker's material or likeness ("know our internal docs", "keep our mascot's face the same", "without retraining"): a technique is the pick. */
  adaptation?: Adaptation;
  /** Asks how to deal with a problem ("how do teams reduce that?", "what can we do about it?"), not what it is. */
  asksRemedy?: true;
  /** How many sentences the asker wants at most ("in one line": 1, "tl;dr": 2), when they say. */
  maxSentences?: number;
  /** Every catalog figure asked of one model, when more than one is ("its score and its price"), in the order asked. */
  attributes?: Attribute[];
  /** Asks the date figures hold for ("the prices are as of when?", "what date is the table from?"), not the figures. */
  asksAsOf?: true;
  /** "What would we need to run it?": what running or hosting the model takes, not where or which to run. */
  asksRunNeeds?: true;
  /** The kind of model asked about is made for other content than the task's ("can a speech model summarise my PDFs?"). */
  kindMisfit?: KindMisfit;
  /** Asks for a thing, a live status, a company's business or a task the knowledge does not cover ("a good book on deep learning"). */
  outOfScope?: OutOfScope;
  /** Asks how far apart two figures are ("how much cheaper is A than B", "the gap between…"), not only which is ahead. */
  asksGap?: true;
  constraints: Constraints;
  /** "What models does Anthropic make?": the developer whose models are asked for, as the catalog spells it. */
  madeBy?: string;
  /** In a follow-up whose constraints merge the thread's, the ones this turn states itself. */
  statedConstraints?: Constraints;
  /** A parameter count named on its own ("is a 7B model small?"), in parameters. */
  paramCount?: number;
  /** In a comparison, the constraints stated beside the two sides ("open vs closed models for a bank"): the purpose the pick between them serves. */
  besideSides?: Constraints;
  superlative?: 'max' | 'min';
  /** What an ordering request puts in order, by its head noun ("classes" in "rank the model size classes", "models" in "rank the image models by price"). */
  ordered?: string;
  /** A ranking or superlative over things that are not models ("rank the ways to ship by cost", "the fastest path to production"): what, and on which scale. */
  itemRanking?: ItemRanking;
  /** Asks for things put in order ("in order of output price", "from cheapest", "largest first"), not for one of them. */
  asksOrder?: true;
  /** A figure asked of every model of a set ("release dates of the Claude models", "context windows of the main models"). */
  asksEach?: true;
  /** Asks which model a named product runs on ("what LLM powers X?", "what does X run on under the hood?"). */
  asksUnderlying?: true;
  /** Asks for the items of a set a document may enumerate ("which certifications…", "what are the six types of…"). */
  enumerates?: Enumeration;
  /** Asks for the steps or checks of something ("5 things to check before picking a model", "a checklist for…"). */
  asksChecklist?: true;
  /** A superlative on a measure said of a kind ("the fastest-growing category", "the most expensive model type to run"): the documents name the kind, no model ranking answers it. */
  kindSuperlative?: true;
  /** A follow-up asking the other end of the previous turn's ranking ("and the most expensive?" after the cheapest). */
  oppositeEnd?: true;
  sides: Side[];
  /** Retrieval terms: the question's content words (stemmed, typos fixed), weighted. */
  terms: WeightedTerm[];
  /** Content words no passage contains. */
  unknownTerms: string[];
  /** Those of them that name a kind of content ("voiceover", "animation"): read as that content, not as names from elsewhere. */
  contentWords?: string[];
  /** Those of them that state a need on their own ("offline", "laptops"): everyday words, not names from elsewhere. */
  unknownNeeds?: string[];
  /** What ties the question to this field: each link and each of the field's own words. */
  mentions: FieldMention[];
  /** Words of an everyday field that put one of the question's field words in that field's sense ("voltage" for a transformer, "next train"), with the field. */
  everyday?: Array<{ field: string; words: string }>;
  /** The models are the ones the last answer named ("which of those…", "and the cheapest one?"), not ones this question names. */
  modelsFromAnswer?: true;
  /** "The one with the best prompt fidelity": models to narrow down to one by the question's need before answering. */
  selectFrom?: CatalogEntry[];
  /** "Which of those stages makes it safe?": the items of the earlier answer's list to pick one from by this turn's own words. */
  among?: readonly ListedItem[];
  /** The model the last answer picked and the alternatives it offered: what "that one" or "X instead" is weighed against. */
  pick?: { model: CatalogEntry; alternatives: readonly CatalogEntry[] };
  /** "Which one would you pick for a support bot?" after two kinds were compared: one of those two sides asked for, and what for ("a support bot"; empty when unsaid). */
  sidePick?: { for: string };
  /** "Any cheaper alternative?", "is there a Google option?", "something proprietary?": another model of the pick's kind, and what sets it apart. */
  alternative?: AlternativeAsk;
  /** The question's own words as the plans match them: its analysed terms, a quoted term (understand/cues.ts). */
  said: SaidCues;
  /** What the wording says about the figures asked: which of a model's figures, how many models, which end (understand/figure-cues.ts). */
  figures: FigureCues;
  /** What the wording says about a ranking: of kinds, beyond a named model, one model's sizes (understand/ranking-cues.ts). */
  ranking: RankingCues;
  /** How a yes/no question is put: its clause, its doubt, what it asks of running a model (understand/verdict-cues.ts). */
  verdict: VerdictCues;
  /** How the question likens two things: "is X just Y?", "another word for…" (understand/verdict-cues.ts). */
  likeness: LikenessCues;
  /** Whether it asks if a proposal is wise, and which way it leans (understand/proposal-cues.ts). */
  proposal: ProposalCues;
  /** How a comparison is asked: which side is ahead, how far apart, the same or not, what for (understand/comparison-cues.ts). */
  comparison: ComparisonCues;
  /** What a list question asks for: models or kinds, sorts or ways, only the specialised, what an article covers (understand/list-cues.ts). */
  list: ListCues;
  /** Where a model runs and at what volume: a token rate stated, a threshold asked, data that must stay put (understand/hosting-cues.ts). */
  hosting: HostingCues;
  /** A budget for getting a model: the way asked (from scratch, fine-tuning), the sum stated, a verdict or the cost asked (understand/budget-cues.ts). */
  budget: BudgetCues;
  /** What the situation wants of the output: more variety or more focus (understand/output-cues.ts). */
  output: OutputCues;
  /** A plan that leaves out a step ("without review", "straight to main") and whether it asks if that is allowed (understand/step-cues.ts). */
  step: StepCues;
  /** Whether it asks if a kind is ready to take up, or leans against it already ("too early?") (understand/adoption-cues.ts). */
  adoption: AdoptionCues;
  /** How a parameter count is asked about: which class, as a bound, as a yes/no (understand/size-cues.ts). */
  size: SizeCues;
  /** How a pick is asked: the words after "which", a general option weighed, realism or open weights, the leader now, what is usual, how to (understand/choice-cues.ts). */
  choice: ChoiceCues;
  /** "Who makes X, and can we host it ourselves?": the joined question, read as a follow-up to the first, when it asks something else of the same subject. */
  also?: Understanding;
  /** True when earlier turns filled in what this question leaves out. */
  followUp: boolean;
  /** The earlier turn this one was resolved against. */
  previous?: Understanding;
}
