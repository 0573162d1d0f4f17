/**
 * "Our stories all come out the same, what knob do we turn?": a setting is turned one way. The
 * situation says which (output too samey wants more variety; made-up or rambling output wants more
 * focus) and the setting's own text says which end gives which ("a high temperature gives more
 * varied text"), so the pick says "Raise" or "Lower", and a sentence on the other end's use goes.
 */
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft } from './context.js';
import { escapeRegExp } from '../lexicon/regexp.js';

/** A complaint of sameness, or a wish for variety. */
const WANTS_VARIETY = /\b(?:poems?|poetry|lyrics|fiction|stor(?:y|ies)|storytell\w*|imaginative|ideation|brainstorm\w*|slogans?|boring|samey|same (?:thing|stuff|output|answer|story|result)s?|(?:sound|sounds|read|reads|look|looks|feel|feels|come out|comes out|end up|ends up|are|is)(?: all| always| pretty much| basically| kind of)? (?:the same|alike|identical|interchangeable|generic)|all (?:sound|read|look|feel) (?:the same|alike)|repetitive|repeats? itself|bland|dull|monoton\w*|formulaic|predictable|(?:more )?(?:creative|creativity|variety|varied|diverse|surpris\w*))\b/i;
/**
 * Output that must be exact, where one wrong token breaks it: code, queries, sums, extracted fields.
 * It wants focus as factual answers do ("what temperature for writing code?").
 */
const EXACT_TASK = /\b(?:code|coding|programming|programs?|scripts?|sql|quer(?:y|ies)|regex\w*|json|math\w*|arithmetic|calculations?|extract\w*|classif\w*|tagg?ing|labell?ing)\b/i;
/** A complaint of randomness, or a wish for focus. */
const WANTS_FOCUS = /\b(?:(?:too|so|very|really) (?:random|creative|wild|varied)|nonsense|gibberish|incoherent|rambl\w*|makes? (?:stuff|things) up|making (?:stuff|things) up|hallucinat\w*|inaccura\w*|factual|facts?|faqs?|correct(?:ness|ly)?|precise|precision|truthful\w*|accura\w*|consisten\w*|deterministic|reproducib\w*|more focused|off the rails)\b/i;
const VARIED = /\b(?:varied|random|creative|diverse|freer|variety)\b/i;
const FOCUSED = /\b(?:predictable|focused|consistent|factual|deterministic|accura\w*)\b/i;

/** The words settings' sections use for the output each wish wants. */
const WISH_WORDS = { variety: 'varied random creative', focus: 'predictable focused' } as const;

/**
 * What the situation wants of the output, when it says: "our stories all sound the same" wants
 * variety, "it keeps making stuff up" wants focus.
 */
export function outputWish(text: string): keyof typeof WISH_WORDS | undefined {
  const variety = WANTS_VARIETY.test(text) && !/\b(?:too|so|very|really) (?:random|creative|wild|varied)\b/i.test(text);
  const focus = WANTS_FOCUS.test(text);
  return variety === focus ? undefined : variety ? 'variety' : 'focus';
}

/**
 * A setting is told apart by what it does to the output: a complaint of sameness searches with the
 * words for varied output too, so the setting that gives variety (not one whose text shares "turn"
 * with the question) is picked.
 */
export function withOutputWish(index: SearchIndex, u: Understanding): Understanding {
  const wish = outputWish(u.text);
  if (!wish) return u;
  const add = [...new Set(index.analyzer.terms(WISH_WORDS[wish]))].filter((t) => index.has(t) && !u.terms.some((x) => x.term === t));
  return add.length === 0 ? u : { ...u, terms: [...u.terms, ...add.map((term) => ({ term, weight: 1 }))] };
}

/** Which way the situation wants the setting turned, read from the setting's own text. */
export function settingDirection(u: Understanding, text: string): 'Raise' | 'Lower' | undefined {
  const variety = WANTS_VARIETY.test(u.text) && !/\b(?:too|so|very|really) (?:random|creative|wild|varied)\b/i.test(u.text);
  const focus = WANTS_FOCUS.test(u.text) || (EXACT_TASK.test(u.text) && !variety);
  if (variety === focus) return undefined;
  const clauses = text.split(/[.;:,]\s+|\s\band\b\s/);
  // "a low temperature gives more predictable text": the end is the setting's, not the adjective's "more".
  const end = (c: string) => (/\b(?:high|higher)\b/i.test(c) ? 'high' : /\b(?:low|lower)\b/i.test(c) ? 'low' : undefined);
  const variedAt = new Set(clauses.filter((c) => VARIED.test(c)).map(end).filter(Boolean));
  const focusedAt = new Set(clauses.filter((c) => FOCUSED.test(c)).map(end).filter(Boolean));
  const highVaried = variedAt.has('high') || focusedAt.has('low');
  const lowVaried = variedAt.has('low') || focusedAt.has('high');
  if (highVaried === lowVaried) return undefined;
  return variety === highVaried ? 'Raise' : 'Lower';
}

/** "Change the temperature setting." said as the turn the situation wants, without the other end's use. */
export function directedSetting(u: Understanding, draft: Draft): Draft {
  const first = draft.blocks[0];
  const lead = first ? /^Change the \*\*([^*]+)\*\* setting\b/.exec(first.text) : null;
  if (!first || !lead) return draft;
  const all = draft.blocks.map((b) => b.text).join(' ');
  const way = settingDirection(u, all);
  if (!way) return draft;
  const name = escapeRegExp(lead[1]!);
  // "A low temperature suits factual accuracy…" speaks to the other need.
  const other = new RegExp(`^(?:An?\\s+|The\\s+)?(?:${way === 'Raise' ? 'low|lower' : 'high|higher'})\\s+${name}\\b`, 'i');
  const keep = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => !other.test(s)).join(' ');
  // "Lower the temperature setting: A high temperature suits creative writing": the reason after the
  // pick speaks of the other end; its passage's sentence on this end is the reason instead.
  const wanted = new RegExp(`^(?:An?\\s+|The\\s+)?(?:${way === 'Raise' ? 'high|higher' : 'low|lower'})\\s+${name}\\b`, 'i');
  const reasonOf = (b: Block, text: string) => {
    const m = /^([^:]+setting):\s+(.+)$/s.exec(text);
    if (!m || !other.test(m[2]!)) return text;
    const own = (b.passage?.text ?? '').replace(/\*\*/g, '').split(/(?<=[.!?])\s+/).find((x) => wanted.test(x));
    return own ? `${m[1]}: ${own.charAt(0).toLowerCase()}${own.slice(1)}` : `${m[1]}.`;
  };
  const blocks = draft.blocks.map((b, i) => ({ ...b, text: keep(i === 0 ? reasonOf(b, b.text.replace(/^Change/, way)) : b.text) })).filter((b) => b.text.trim().length > 0);
  return { ...draft, blocks };
}
