/**
 * Questions in the field's words that the knowledge still cannot answer, because of what they ask
 * for rather than what they name:
 * - `foreign-kind`: the thing asked for is not a kind of thing the knowledge holds ("a good book on
 *   deep learning", "a laptop for data science", "a job in AI", "the best programming language for ML");
 * - `live-status`: how a service is doing right now, or a market figure ("is ChatGPT down?", "the
 *   stock price of…"), or what came out today or last week, which documents written once cannot know;
 * - `company-internals`: a company's business rather than its models ("is OpenAI profitable?");
 * - `unknown-subject`: the word the question asks about is one the knowledge never uses, and only a
 *   broader word beside it is known ("what is dropout in neural networks?");
 * - `opinion`: the bot's own taste, feelings or guesses about the future ("what's your favourite
 *   model?", "are you conscious?", "will AI take over the world?"), which no document holds;
 * - `task`: an instruction to do a job ("translate hello into French", "write me a Python function")
 *   that names no model, concept or article to ask about.
 * A question that asks for a model, a tool or a kind of model ("which model for writing Python")
 * is none of these, whatever else it names.
 */
import type { Concept } from '../lexicon/concepts.js';
import type { OutOfScope } from './types.js';

/** Kinds of things people ask to be pointed to that no document here lists: reading, learning, hardware, careers. */
const FOREIGN_KINDS =
  '(?:text)?books?|novels?|courses?|classes|bootcamps?|tutorials?|podcasts?|youtube(?:\\s+channels?)?|channels?|newsletters?|blogs?|' +
  'laptops?|computers?|pcs?|desktops?|macbooks?|keyboards?|mouse|mice|monitors?|chairs?|headphones?|' +
  'ides?|code editors?|editors?|programming languages?|languages?|frameworks?|' +
  'jobs?|careers?|degrees?|masters|phds?|universit(?:y|ies)|schools?|salar(?:y|ies)|internships?';

/** "recommend a good book on…", "suggest some courses": the thing a request for a pointer asks for. */
/** "Recommend a gaming laptop": a word or two saying which sort of the kind, whatever they are. */
const REQUESTED = new RegExp(`\\b(?:recommend|suggest)(?:\\s+me)?\\s+(?:an?|some|the|any)?\\s*(?:(?:good|great|decent|solid|nice|top|free|online)\\s+)*(?:[a-z][\\w-]*\\s+){0,2}?(${FOREIGN_KINDS})\\b(?!\\s+models?\\b)`, 'i');
/** "best online course for ML", "any good youtube channels about LLMs", "a good laptop for data science". */
const BEST_OF_KIND = new RegExp(`\\b(?:best|good|great|decent|top|recommended|favou?rite)\\s+(?:(?:online|free|mechanical|cheap|new|beginner|intro(?:ductory)?)\\s+)?(${FOREIGN_KINDS})\\s+(?:for|on|about|to|in|that|if)\\b`, 'i');
/** "what laptop can run llama", "what degree do i need…", "which certifications help…". */
const WHICH_KIND = new RegExp(`\\b(?:which|what)\\s+(?:(?:\\w+)\\s+)?(${FOREIGN_KINDS})\\s+(?:should|do|does|would|can|could|to|is|are|help|helps|will)\\b`, 'i');
/** "get a job in AI", "a career in ML", "should I do a masters in…": a career asked about. */
const CAREER = /\b(?:(?:get|find|land|start|switch to|break into)\s+(?:an?\s+)?(?:\w+\s+)?(?:jobs?|careers?|roles?|internships?)|(?:jobs?|careers?|masters|phd|degree|internships?)\s+in\s+(?:ai|ml|machine learning|data science|llms?|tech)|(?:an?\s+)?(?:ai|ml)\s+(?:jobs?|careers?))\b/i;
/** "What job does self-attention do in a transformer?": the job a thing does is its role, no job to apply for. */
const ROLE_ASKED = /\b(?:what|which)\s+(?:\w+\s+)?jobs?\s+(?:does|do|did|is|are)\b.+\b(?:do|does|doing|play|plays|serve|serves|perform|performs|have|has)\b/i;
/** Buying hardware: "which gpu should i buy". */
const BUY_HARDWARE = /\b(?:which|what|best)\s+(?:\w+\s+)?(?:gpus?|graphics cards?|cpus?)\b.*\b(?:buy|purchase|get for)\b/i;

/** "is chatgpt down right now", "is claude having an outage", "the current status of the api". */
const LIVE_STATUS = /\b(?:is|are)\s+(?:\S+\s+){1,4}(?:down|offline|not working|broken)(?:\s+(?:right now|now|today|for (?:anyone|everyone)))?\s*\??$|\b(?:outages?|downtime|status page)\b|\b(?:current(?:ly)?|live|right now)\s+(?:\w+\s+)?status\b|\bstatus\s+(?:of\s+)?(?:\S+\s+){0,3}(?:right now|today)\b|\b(?:stock|share)\s+prices?\b|\bwhen\s+(?:is|will|does|do)\s+(?:the\s+)?next\b|\bwhen will\b.*\b(?:come out|be (?:released|out)|launch|ship)\b|\b(?:released|launched|announced|came out|come out|dropped|shipped|out|new)\s+(?:\w+\s+)?(?:today|yesterday|tonight|this (?:morning|week)|last (?:night|week))\b/i;

/** A company's business, not its models: "is openai profitable", "how many employees…", "who founded…". */
const COMPANY_INTERNALS = /\b(?:profit(?:able|ability|s)?|valuation|net worth|employees|headcount|ipo|funding rounds?|investors?|headquarter(?:s|ed)|who founded|co-?founders?)\b/i;

/** "translate …", "write me a …", "fix this bug": a job to do, opened as an instruction. */
const TASK = /^\W*(?:(?:hey|ok|okay|so|pls|please|can you|could you|would you|will you)[,\s]+)*(?:translate|write|fix|debug|refactor|rewrite|proofread|draft|compose|implement|code up|make me an?|sing|say|spell|how (?:do|would|can) (?:you|i|we) say)\b/i;
/** A joke, a story or a poem to tell: entertainment asked for, whatever it is about ("tell me a joke about LLMs"). */
const ENTERTAIN = /^\W*(?:(?:hey|ok|okay|so|pls|please|can you|could you)[,\s]+)*(?:tell|write|give) me an?\s+(?:\w+\s+)?(?:joke|story|poem|riddle|limerick|haiku)\b/i;

/**
 * The bot's own taste or self: "your favourite", "do you like", "you personally", "are you conscious".
 * Not "what do you think is the best model for X" or "which would you pick", which ask for a pick.
 */
const OWN_TASTE = /\b(?:your|ur)\s+(?:very\s+|own\s+|personal\s+)?(?:favou?rites?|fave?s?|personal (?:pick|choice|preference))\b|\bdo you (?:personally\s+)?(?:like|love|enjoy|hate|dislike)\b|\byou personally\b|\bare you (?:conscious|sentient|alive|self-aware|happy|sad|lonely|real|human)\b|\bdo you (?:have )?(?:feelings|emotions|dreams?)\b/i;
/** A guess about the future of AI as a whole: "will AI take over the world", "when will AGI arrive". */
const AI_FUTURE = /\b(?:(?:will|would|could|is)\s+(?:ai|agi|robots?|machines|superintelligence)|(?:ai|agi|robots?|machines|superintelligence)\s+(?:will|would|could|is going to|are going to))\s+(?:ever\s+|eventually\s+|one day\s+)?(?:take over|going to take over|destroy|kill|wipe out|enslave|replace (?:us|humans|humanity|all)|become (?:conscious|sentient|self-aware))\b|\bwhen will (?:we (?:get|reach|have) )?(?:agi|superintelligence)\b|\b(?:agi|superintelligence) (?:arrive|happen|come)\b/i;

/** Wording that asks about models after all: "write … with which model", "what's the best model to translate…". */
const ASKS_ABOUT_MODELS = /\b(?:which|what|best|recommend\w*)\s+(?:\w+\s+)?(?:models?|llms?|tools?|ai|options?)\b/i;

/** "What is dropout in neural networks?": the word asked about, before what it is said of. */
const SUBJECT_FIRST = /^\W*(?:(?:so|ok|and)\s+)?(?:what(?:'s|s|\s+is|\s+are)|define|explain)\s+(?:an?\s+|the\s+)?(?!(?:catch|deal|point|difference|problem|issue|idea|purpose|thing|story|matter|role|use|benefit|advantage|trade-?off|downside|upside|risk|hype|fuss|best|worst|state|status|latest|news)\b)([a-z][\w-]*)\s+(?:in|of|for|with|when|inside)\b/i;
/** "How does a neural network learn backpropagation?": the thing a how-question ends on as what is done or learnt. */
const OBJECT_LAST = /\bhow (?:does|do|did|can|could|would)\b.+\b(?:learn|learns|use|uses|do|does|handle|handles|perform|performs|compute|computes|apply|applies)\s+([a-z][\w-]*)\s*[?.!]*$/i;

export interface Linked {
  concepts: readonly Concept[];
  models: readonly unknown[];
  articles: readonly unknown[];
}

/** What makes a question out of scope whatever words of the field it holds (see the module comment), if anything does. */
export function readOutOfScope(text: string, linked: Linked, unknown: readonly string[] = []): OutOfScope | undefined {
  // "Which model is your favourite?" asks the bot's taste, whichever thing it names.
  if (OWN_TASTE.test(text) || AI_FUTURE.test(text)) return 'opinion';
  if (ASKS_ABOUT_MODELS.test(text)) return undefined;
  const subject = SUBJECT_FIRST.exec(text)?.[1] ?? OBJECT_LAST.exec(text)?.[1];
  if (subject && unknown.includes(subject.toLowerCase())) return 'unknown-subject';
  const kind = REQUESTED.exec(text)?.[1] ?? BEST_OF_KIND.exec(text)?.[1] ?? WHICH_KIND.exec(text)?.[1];
  // A kind the knowledge has a concept of ("a language model") is its own.
  const held = (word: string) => linked.concepts.some((c) => c.names.some((n) => n.toLowerCase().split(/\s+/).includes(word.toLowerCase())));
  const role = kind !== undefined && /^jobs?$/i.test(kind) && ROLE_ASKED.test(text);
  if ((kind && !held(kind) && !role) || CAREER.test(text) || BUY_HARDWARE.test(text)) return 'foreign-kind';
  if (LIVE_STATUS.test(text)) return 'live-status';
  if (COMPANY_INTERNALS.test(text) && linked.articles.length === 0) return 'company-internals';
  if (ENTERTAIN.test(text)) return 'task';
  if (TASK.test(text) && !/\bprompts?\b/i.test(text) && linked.concepts.length + linked.models.length + linked.articles.length === 0) return 'task';
  return undefined;
}

/**
 * "Translate hello into French", "say hi to my team in German": a greeting word inside a request to
 * do something is the request's object, not a greeting.
 */
export function greetingInsideRequest(text: string): boolean {
  return TASK.test(text);
}
