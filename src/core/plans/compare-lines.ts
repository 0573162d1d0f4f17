/**
 * A comparison answered by a line on each side: the line that already states the difference leads.
 * A side's definition that names the other side as what it is ("A reasoning model is an LLM tuned
 * to…") or sets itself against it ("…, the reverse of speech-to-text") names both and says how they
 * differ, which is what "X vs Y" asks first; the other side's line follows. Two kinds of one thing
 * whose lines name only themselves are introduced as such ("… are two different kinds of …").
 */
import type { Concept } from '../lexicon/concepts.js';
import type { Side } from '../understand/types.js';
import type { Block } from './context.js';

/** Wording that sets one thing against another. */
const CONTRAST = /\b(?:than|unlike|rather than|instead of|whereas|reverse of|opposite of)\b/i;

export interface SideLine {
  side: Side;
  line: Block;
}

function ancestors(c: Concept): Concept[] {
  const out: Concept[] = [];
  for (let b = c.broader; b && !out.includes(b); b = b.broader) out.push(b);
  return out;
}

/** A concept's name as its defining section writes it ("generative AI model" for the key "generative ai model"). */
function asWritten(c: Concept): string {
  const text = c.defining?.text ?? '';
  const at = text.toLowerCase().indexOf(c.name.toLowerCase());
  return at < 0 ? c.name : text.slice(at, at + c.name.length);
}

const unbulleted = (text: string) => text.replace(/^\s*-\s+/, '');
const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/**
 * The blocks for two sides' lines, the one that states the difference first; undefined when neither
 * line does and the sides are no two kinds of one thing (the lines stand as they are).
 */
export function differenceFirst(lines: readonly SideLine[], names: (text: string, side: Side) => boolean): Block[] | undefined {
  if (lines.length !== 2) return undefined;
  const [a, b] = lines as [SideLine, SideLine];
  const states = (x: SideLine, other: SideLine) => {
    if (!names(x.line.text, other.side)) return false;
    const [own, theirs] = [x.side.concept, other.side.concept];
    return (own !== undefined && theirs !== undefined && ancestors(own).includes(theirs)) || CONTRAST.test(x.line.text);
  };
  const lead = states(b, a) && !states(a, b) ? b : states(a, b) ? a : undefined;
  if (lead) {
    const rest = lead === a ? b : a;
    return [{ ...lead.line, text: unbulleted(lead.line.text) }, rest.line];
  }
  const [ca, cb] = [a.side.concept, b.side.concept];
  const parent = ca?.broader;
  if (!ca || !cb || !parent || cb.broader !== parent) return undefined;
  const intro = `${article(ca.name)} ${asWritten(ca)} and ${article(cb.name)} ${asWritten(cb)} are two different kinds of ${asWritten(parent)}:`;
  // One block: a lead-in ending on a colon stands only with its items.
  return [{ text: `${intro[0]!.toUpperCase()}${intro.slice(1)}\n${a.line.text}\n${b.line.text}` }];
}
