/**
 * What a list question asks for, read once for the list plans: models or kinds, the sorts of a
 * thing or the ways of doing it, only the specialised kinds, what an article covers.
 */
import { NAMES_ONLY } from './terms.js';

export interface ListCues {
  /** It names models or tools as what is listed ("which models…", "tools", "options"). */
  asksModels: boolean;
  /** It names kinds of a thing ("types", "categories", "approaches", "stages"). */
  asksKinds: boolean;
  /** It asks for the sorts of a thing ("kinds", "flavours", "specialised…"). */
  asksSorts: boolean;
  /** It asks for ways of doing something ("ways", "methods", "routes"), which a kind of model has none of. */
  asksWays: boolean;
  /** "Specialised LLMs", "besides general chat": only the kinds built for one job. */
  specialised: boolean;
  /** It asks what an article takes in ("what does the overview cover?", "describe", "go through"). */
  asksCoverage: boolean;
  /** It names types, kinds, categories, stages or steps. */
  namesKinds: boolean;
  /** "Which models use chain of thought?", "what kinds of model rely on diffusion?": the models that use a technique. */
  asksUsers?: true;
  /** "Just the names", "names only": the items by name, without what each is. */
  namesOnly?: true;
}

const ASKS_FOR_MODELS = /\b(?:models?|tools?|options|llms|generators?|products|apps)\b/i;
const ASKS_FOR_KINDS = /\b(?:types?|kinds?|categor(?:y|ies)|architectures?|famil(?:y|ies)|approaches|ways|stages|steps|varieties)\b/i;
/** "Specialised LLMs", "besides general chat": the kinds built for one job, not the general line. */
const SPECIALISED = /\bspeciali[sz]\w*|\b(?:besides|apart from|other than|beyond)\s+(?:the\s+)?general\b/i;
/**
 * Words that ask for the sorts of a thing. "The ways to deploy a model", "deployment options" ask
 * for the ways the knowledge files under deployment (API, self-hosting, an app) as "kinds" does.
 */
const ASKS_FOR_SORTS = /\b(?:kinds?|types?|sorts?|categor(?:y|ies)|famil(?:y|ies)|flavou?rs?|variet(?:y|ies)|specialis\w*|specializ\w*)\b/i;
/** Ways of doing something: a kind of model has no ways ("the ways to deploy an LLM" are not kinds of LLM). */
const ASKS_FOR_WAYS = /\b(?:ways|options|methods|routes|paths)\b/i;
/** "What categories of model does the overview cover?": a question about what an article takes in. */
const ASKS_WHAT_IT_COVERS = /\b(?:cover|covers|covered|describe|describes|described|discuss|discusses|walk(?:s)? through|go(?:es)? (?:over|through)|talk about|deal with|include|includes|break down)\b/i;

/** "Which models use X?", "what kind of models rely on X", "which LLMs are built on X": the models that use a technique, asked by it. */
const ASKS_USERS = /\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:\w+\s+)?(?:models?|llms?|ai models?|systems?)\s+(?:actually\s+|really\s+)?(?:use|uses|rely on|relies on|employ|employs|apply|applies|leverage|leverages|are built (?:on|around)|are tuned for|implement|implements|do|does)\b(?!\s+(?:well|best|better|you|we|i|they|it)\b)/i;

/** The list cues of a question's text. */
export function readListCues(text: string): ListCues {
  return {
    asksModels: ASKS_FOR_MODELS.test(text),
    asksKinds: ASKS_FOR_KINDS.test(text),
    asksSorts: ASKS_FOR_SORTS.test(text),
    asksWays: ASKS_FOR_WAYS.test(text),
    specialised: SPECIALISED.test(text),
    asksCoverage: ASKS_WHAT_IT_COVERS.test(text),
    namesKinds: /\b(?:types?|kinds?|categor\w+|stages?|steps?)\b/i.test(text),
    ...(ASKS_USERS.test(text) ? { asksUsers: true as const } : {}),
    ...(new RegExp(NAMES_ONLY.source, 'i').test(text) ? { namesOnly: true as const } : {}),
  };
}
