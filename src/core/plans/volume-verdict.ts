/**
 * "We process 50M tokens a month, should we self-host?": a verdict on hosting read off the volume
 * the question states against the volume the documents name as the point where self-hosting pays
 * ("above roughly 10 million tokens a month self-hosting becomes the default"). Above it the answer
 * is yes; below it, probably not, with what the documents say of the lower volumes when they say it.
 */
import type { SearchIndex } from '../../knowledge/search/search-index.js';
import type { Passage } from '../../knowledge/types.js';
import { analysed } from '../evidence/analysed.js';
import { monthly, THRESHOLD } from '../understand/hosting-cues.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';
import { asksProposalVerdict } from './proposal.js';
import { asksVerdict } from './verdict.js';

/** What the documents say of the volumes under the threshold ("Below that volume, …"). */
const BELOW = /^(?:below|under|beneath|short of) (?:that|this|the threshold|such)\b/i;
/** A sentence that opens on the threshold: "Above roughly…", "Once a workload passes…". */
const OPENS_ON_IT = /^\W*(?:above|once|over|beyond|past)\b/i;
const SELF_HOST = /\bself[- ]?host/i;

interface Threshold {
  passage: Passage;
  text: string;
  tokens: number;
  period: string;
  below?: string;
}

const thresholds = new WeakMap<SearchIndex, Threshold[]>();

/** The sentences naming a volume past which self-hosting pays, found once per index. */
function hostingThresholds(index: SearchIndex): Threshold[] {
  let found = thresholds.get(index);
  if (found) return found;
  found = [];
  for (const passage of index.passages) {
    if (!THRESHOLD.test(passage.text)) continue;
    const units = analysed(index, passage).units;
    units.forEach((x, i) => {
      const m = THRESHOLD.exec(x.unit.text);
      if (!m || !SELF_HOST.test(x.unit.text)) return;
      const next = units[i + 1]?.unit.text;
      found!.push({ passage, text: x.unit.text, tokens: monthly(m), period: m[3]!.toLowerCase(), ...(next && BELOW.test(next) ? { below: next } : {}) });
    });
  }
  thresholds.set(index, found);
  return found;
}

/** A need that decides hosting whatever the volume: data that must stay in-house, a regulation. */
const DECIDED_BY_NEED = ['privacy', 'dataResidency', 'regulated', 'onDevice'] as const;

/**
 * "Should we self-host?", "does it make sense to run our own GPUs?" with no volume stated: the
 * volume decides, so the verdict is that condition, with the documents' threshold and what they say
 * below it. A need that settles hosting by itself (data that must stay in-house) is another plan's,
 * and so is a named model (whether its weights are open), and a volume said in words.
 */
function unstatedVolume(u: Understanding, known: readonly Threshold[]): Draft | undefined {
  // A volume said in words ("huge volume daily") is already high: the pick plans weigh it.
  if (u.models.length > 0 || u.names.length > 0 || u.constraints.highVolume || DECIDED_BY_NEED.some((c) => u.constraints[c])) return undefined;
  const same = known.filter((t) => t.tokens === known[0]!.tokens);
  const best = same.find((t) => t.below) ?? same[0]!;
  const reason = [best.text.replace(/\*\*/g, ''), ...(best.below ? [best.below] : [])].join(' ');
  // "Self-host or use an API?" weighs two ways: the volume decides between them.
  const lead = u.hosting.weighsWays ? 'It depends on your volume.' : 'Only at high volume.';
  const block: Block = { text: `${lead} ${reason}`, passage: best.passage };
  return { kind: 'recommendation', answered: true, blocks: [block], concepts: u.concepts, cites: [best.passage] };
}

/** "15 million", "1.5 million", "800,000": a count of tokens as the documents write them. */
function millions(n: number): string {
  if (n < 1e6) return `${Math.round(n / 1e3) * 1000}`.replace(/\B(?=(\d{3})+$)/g, ',');
  const m = n / 1e6;
  return `${m >= 10 ? Math.round(m) : Math.round(m * 10) / 10} million`;
}

/** The verdict on self-hosting at the volume the question states, when the documents name the threshold. */
export function volumeVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  if (!u.constraints.selfHosted || u.hosting.asksWhen) return undefined;
  const stated = u.hosting.rate;
  // "We do 50M tokens a month: keep paying per token or self-host?" weighs the two ways at that volume.
  const weighs = stated?.weighsAfter === true;
  if (!asksProposalVerdict(u) && !asksVerdict(u) && !u.verdict.onPlan && !u.hosting.saysWorth && !weighs) return undefined;
  const known = hostingThresholds(ctx.index);
  if (known.length === 0) return undefined;
  if (!stated) return unstatedVolume(u, known);
  const above = stated.monthly >= known[0]!.tokens;
  const same = known.filter((t) => t.tokens === known[0]!.tokens);
  // Below the threshold, the sentence followed by what the documents say of lower volumes; above it,
  // one that opens on the threshold reads as the reason by itself.
  const best = (above ? same.find((t) => OPENS_ON_IT.test(t.text)) : same.find((t) => t.below)) ?? same[0]!;
  // A rate said per day is put per month too when the documents' threshold is monthly.
  const perMonth = stated.period !== best.period && best.period === 'month' ? ` (about ${millions(stated.monthly)} tokens a month)` : '';
  const said = `${stated.said}${perMonth}`;
  // "Should we self-host or keep paying an API?" weighs two ways: the answer names the one that wins.
  const either = stated.eitherAfter;
  const lead = either ? (above ? `Self-host, at ${said}.` : `Probably stay on an API, at ${said}.`) : above ? `Yes, at ${said}.` : `Probably not at ${said}.`;
  const reason = [best.text.replace(/\*\*/g, ''), ...(!above && best.below ? [best.below] : [])].join(' ');
  const block: Block = { text: `${lead} ${reason}`, passage: best.passage };
  return { kind: 'recommendation', answered: true, blocks: [block], concepts: u.concepts, cites: [best.passage] };
}
