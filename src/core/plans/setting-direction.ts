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

const VARIED = /\b(?:varied|random|creative|diverse|freer|variety)\b/i;
const FOCUSED = /\b(?:predictable|focused|consistent|factual|deterministic|accura\w*)\b/i;

/** The words settings' sections use for the output each wish wants. */
const WISH_WORDS = { variety: 'varied random creative', focus: 'predictable focused' } as const;

/**
 * A setting is told apart by what it does to the output: a complaint of sameness searches with the
 * words for varied output too, so the setting that gives variety (not one whose text shares "turn"
 * with the question) is picked.
 */
export function withOutputWish(index: SearchIndex, u: Understanding): Understanding {
  const wish = u.output.wish;
  if (!wish) return u;
  const add = [...new Set(index.analyzer.terms(WISH_WORDS[wish]))].filter((t) => index.has(t) && !u.terms.some((x) => x.term === t));
  return add.length === 0 ? u : { ...u, terms: [...u.terms, ...add.map((term) => ({ term, weight: 1 }))] };
}

/** Which way the situation wants the setting turned, read from the setting's own text. */
export function settingDirection(u: Understanding, text: string): 'Raise' | 'Lower' | undefined {
  const turn = u.output.turn;
  if (!turn) return undefined;
  const clauses = text.split(/[.;:,]\s+|\s\band\b\s/);
  // "a low temperature gives more predictable text": the end is the setting's, not the adjective's "more".
  const end = (c: string) => (/\b(?:high|higher)\b/i.test(c) ? 'high' : /\b(?:low|lower)\b/i.test(c) ? 'low' : undefined);
  const variedAt = new Set(clauses.filter((c) => VARIED.test(c)).map(end).filter(Boolean));
  const focusedAt = new Set(clauses.filter((c) => FOCUSED.test(c)).map(end).filter(Boolean));
  const highVaried = variedAt.has('high') || focusedAt.has('low');
  const lowVaried = variedAt.has('low') || focusedAt.has('high');
  if (highVaried === lowVaried) return undefined;
  return (turn === 'variety') === highVaried ? 'Raise' : 'Lower';
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
