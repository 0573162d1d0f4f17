/**
 * How a question asks for a pick, read once for the pick plans (recommend, pick-model, type-pick,
 * practices, usual-claim): what follows its "which"/"what", a general option set against the pick,
 * realism or open weights asked for, the kind leading now, what is usual, how to do it well.
 */

/** "Which production metrics…": up to four words after the question's first "which"/"what". */
const AFTER_WH = /\b(?:which|what)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/i;
/** "Which setting…" says the kind outright. */
const NAMES_KIND_ASKED = /\b(?:which|what)\s+(?:settings?|knobs?|sliders?|parameters?|benchmarks?|metrics?|evals?|sizes?)\b/i;
/** A general-purpose option the question weighs a pick against: "just use a general chatbot or…". */
const GENERAL_OPTION = /\b(?:(?:a|an|the|any)\s+)?(?:general(?:[- ]purpose)?|generic|regular|normal|plain)\s+(?:chat ?bots?|chat models?|llms?|(?:ai )?models?|assistants?|ai)\b/i;
const REALISM = /\brealis\w*|\bphoto-?real\w*|\blifelike\b|\brealistic\b/i;
/** "Open source", "open weights", "an open model". */
const SAYS_OPEN = /\bopen[- ]?(?:source|weights?)\b|\bopen (?:models?|llms?)\b/i;
/** "The most realistic images today", "which architecture leads…": the kind that leads now. */
const ASKS_CURRENT = /\b(?:today|now|nowadays|currently|these days|lead\w*|dominat\w*|standard|state[- ]of[- ]the[- ]art|modern)\b/i;
/** "Do most companies use", "what do teams usually pick", "typically": the question asks what is common. */
const ASKS_USUAL = /\b(?:do|does|did|are|is|would)\s+most\b|\bmost\s+(?:companies|teams|people|enterprises|businesses|orgs|organi[sz]ations|firms|developers|startups|shops|labs)\b|\b(?:usually|typically|commonly|normally|most often|most commonly|most frequently)\b/i;
/** Wording that asks how to do something well rather than which thing to take. */
const HOW_TO = /\b(?:what should (?:we|i|you) do|how (?:do|should|can|could) (?:we|i|you)|best practices?|tips|pitfalls|mistakes|go(?:es)? wrong|(?:don'?t|not|never) (?:screw|mess|muck) (?:it |this |that |things )?up)\b/i;

export interface ChoiceCues {
  /** Up to four words after its first "which"/"what", lower-cased ("production metrics should we track"). */
  afterWh?: string;
  /** "Which setting", "what benchmark", "which size": it names the kind of thing asked for outright. */
  namesKindAsked: boolean;
  /** "A general chatbot", "the regular LLM": a general option set against another with "or", in its words. */
  generalOption?: string;
  /** Realism asked for: "realistic", "photoreal", "lifelike". */
  realism: boolean;
  /** "Open source", "open weights", "open models" said. */
  saysOpen: boolean;
  /** "Today", "now", "leading", "state of the art", "modern": the kind that leads now. */
  asksCurrent: boolean;
  /** It says "model(s)" or "tool(s)". */
  saysModelsOrTools: boolean;
  /** "Do most teams…", "usually", "typically": what is common. */
  asksUsual: boolean;
  /** "How should we…", "best practices", "pitfalls": how to do something well, not which thing to take. */
  asksHowTo: boolean;
}

/** The choice cues of a question's text. */
export function readChoiceCues(text: string): ChoiceCues {
  const afterWh = AFTER_WH.exec(text)?.[1]?.toLowerCase();
  const general = /\bor\b/i.test(text) ? GENERAL_OPTION.exec(text)?.[0] : undefined;
  return {
    ...(afterWh !== undefined ? { afterWh } : {}),
    namesKindAsked: NAMES_KIND_ASKED.test(text),
    ...(general !== undefined ? { generalOption: general } : {}),
    realism: REALISM.test(text),
    saysOpen: SAYS_OPEN.test(text),
    asksCurrent: ASKS_CURRENT.test(text),
    saysModelsOrTools: /\bmodels?\b|\btools?\b/i.test(text),
    asksUsual: ASKS_USUAL.test(text),
    asksHowTo: HOW_TO.test(text),
  };
}
