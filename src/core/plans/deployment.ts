/**
 * "Host our own or pay a provider?": a verdict from the constraints the situation states.
 */
import { blockFrom } from '../compose/blocks.js';
import { rankEvidence } from '../evidence/sentences.js';
import type { Concept } from '../lexicon/concepts.js';
import { linkTokens } from '../lexicon/phrases.js';
import type { Understanding } from '../understand/types.js';
import type { Block, Draft, PlanContext } from './context.js';

/**
 * "Host our own or pay a provider?": the stated situation decides. Data that must stay in-house
 * and high volume favour self-hosting an open model; a small team without infrastructure, or a
 * need for the frontier, favour a managed API. The knowledge's section on when to choose it follows.
 */
export function deploymentVerdict(ctx: PlanContext, u: Understanding): Draft | undefined {
  const c = u.constraints;
  const host: Array<[boolean, string]> = [
    [c.privacy || c.dataResidency, 'your data never leaves infrastructure you control'],
    [c.highVolume, 'at high volume there are no per-token fees to pay'],
    [c.regulated && !c.smallTeam, 'it keeps a regulated workload on premises'],
  ];
  const api: Array<[boolean, string]> = [
    [c.smallTeam || c.managedApi, 'there is no infrastructure to set up or run, so a small team reaches production fastest'],
    [c.frontier || c.quality, 'the strongest frontier models are proprietary'],
  ];
  // "At what point does hosting pay off?" asks for the threshold, which the documents' figures give.
  if (u.hosting.asksWhen || u.hosting.saysThreshold) return undefined;
  const hostScore = host.filter(([on]) => on).length;
  const apiScore = api.filter(([on]) => on).length;
  if (hostScore === apiScore) return undefined;
  const selfHost = hostScore > apiScore;
  const reasons = (selfHost ? host : api).filter(([on]) => on).map(([, why]) => why);
  const find = (name: string) => ctx.concepts.dictionary.find(linkTokens(name))[0]?.value;
  const model = find(selfHost ? 'open source model' : 'proprietary model');
  const section = model?.aspects.get('choosing')?.[0];
  // Data that may not leave the country (or the premises) rules a vendor's API out: the documents
  // call on-premise deployment of an open model required then, not merely the better fit.
  const mustStay = selfHost && c.dataResidency && u.hosting.dataMustStay;
  const residency = mustStay ? find('data residency')?.defining : undefined;
  const lead = mustStay
    ? `**Self-hosting an open model** on premises is required here: data that may not leave your jurisdiction cannot go to a vendor's API servers${c.highVolume ? ', and at high volume there are no per-token fees to pay' : ''}.`
    : `${selfHost ? '**Self-hosting an open model**' : '**A managed API (a proprietary model)**'} fits better here: ${reasons.join('; ')}.`;
  const blocks: Block[] = [{ text: lead, ...((residency ?? section) ? { passage: (residency ?? section)! } : {}) }];
  if (residency) {
    // The rule itself, with the frameworks that impose it.
    const rule = rankEvidence(ctx.index, u.terms, [{ passage: residency, score: 1, about: true }]).find((e) => /\bmust\b/i.test(e.unit.unit.text) && /\bon-?premises?\b/i.test(e.unit.unit.text));
    if (rule) blocks.push(blockFrom(rule, { maxChars: 320, maxUnits: 2 }));
  } else if (section) {
    // The one point of the section that speaks to the situation, not its whole list.
    // Read against what decided the verdict as well as the question's words: "50M tokens a month"
    // is backed by the cost point, not by the privacy point that shares "self-hosting" with it.
    const said = new Set(u.terms.map((t) => t.term));
    const why = ctx.index.analyzer.terms(reasons.join(' ')).filter((t) => !said.has(t)).map((term) => ({ term, weight: 1 }));
    const fitting = rankEvidence(ctx.index, [...u.terms, ...why], [{ passage: section, score: 1, about: true }]).find((e) => e.unit.unit.bullet && e.coverage >= 0.1);
    if (fitting) blocks.push(blockFrom(fitting, { maxChars: 300, maxUnits: 1, itemOnly: true }));
  }
  const concept = find(selfHost ? 'self-hosting' : 'api access');
  return { kind: 'recommendation', answered: true, blocks, concepts: [concept, model].filter((x): x is Concept => x !== undefined) };
}
