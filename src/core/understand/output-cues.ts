/**
 * What a situation wants of a model's output, read once for the setting plans: more variety ("our
 * stories all sound the same") or more focus ("it keeps making stuff up", or a task where one wrong
 * token breaks the output).
 */

/** A complaint of sameness, or a wish for variety. */
const WANTS_VARIETY = /\b(?:poems?|poetry|lyrics|fiction|stor(?:y|ies)|storytell\w*|imaginative|ideation|brainstorm\w*|slogans?|boring|samey|same (?:thing|stuff|output|answer|story|result)s?|(?:sound|sounds|read|reads|look|looks|feel|feels|come out|comes out|end up|ends up|are|is)(?: all| always| pretty much| basically| kind of)? (?:the same|alike|identical|interchangeable|generic)|all (?:sound|read|look|feel) (?:the same|alike)|repetitive|repeats? itself|bland|dull|monoton\w*|formulaic|predictable|(?:more )?(?:creative|creativity|variety|varied|diverse|surpris\w*))\b/i;
/** "Too random", "so creative": a complaint of randomness, which the words of variety in it do not undo. */
const TOO_RANDOM = /\b(?:too|so|very|really) (?:random|creative|wild|varied)\b/i;
/**
 * Output that must be exact, where one wrong token breaks it: code, queries, sums, extracted fields.
 * It wants focus as factual answers do ("what temperature for writing code?").
 */
const EXACT_TASK = /\b(?:code|coding|programming|programs?|scripts?|sql|quer(?:y|ies)|regex\w*|json|math\w*|arithmetic|calculations?|extract\w*|classif\w*|tagg?ing|labell?ing)\b/i;
/** A complaint of randomness, or a wish for focus. */
const WANTS_FOCUS = /\b(?:(?:too|so|very|really) (?:random|creative|wild|varied)|nonsense|gibberish|incoherent|rambl\w*|makes? (?:stuff|things) up|making (?:stuff|things) up|hallucinat\w*|inaccura\w*|factual|facts?|faqs?|correct(?:ness|ly)?|precise|precision|truthful\w*|accura\w*|consisten\w*|deterministic|reproducib\w*|more focused|off the rails)\b/i;

export type OutputWish = 'variety' | 'focus';

export interface OutputCues {
  /** What the situation says it wants of the output, when it says one and not both. */
  wish?: OutputWish;
  /** Which way a setting is to be turned: the wish, with an exact task ("for writing code") wanting focus when no variety is asked. */
  turn?: OutputWish;
}

/** The output cues of a question's text. */
export function readOutputCues(text: string): OutputCues {
  const variety = WANTS_VARIETY.test(text) && !TOO_RANDOM.test(text);
  const said = WANTS_FOCUS.test(text);
  const focus = said || (EXACT_TASK.test(text) && !variety);
  const wish = variety === said ? undefined : variety ? 'variety' : 'focus';
  const turn = variety === focus ? undefined : variety ? 'variety' : 'focus';
  return { ...(wish ? { wish } : {}), ...(turn ? { turn } : {}) };
}
