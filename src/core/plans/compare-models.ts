/**
 * "DALL-E 3 vs Midjourney v7" with nothing more asked: what the two share, the difference in what
 * each does best, and the figures both have side by side, from their catalog entries.
 */
import { categoryLabels, formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import { priceFigures } from '../catalog/facts.js';
import { strengthsClause } from '../catalog/strengths.js';
import type { Block } from './context.js';

const plural = (label: string) =>
  label.replace(/\bmodel\b/, 'models').replace(/\bnetwork\b/, 'networks').replace(/\bautoencoder\b/, 'autoencoders').replace(/\((LLM|GAN|VAE)\)/, '($1s)');

const ACCESS = { open: 'open source (you can run it yourself)', proprietary: 'proprietary (used through its vendor)' } as const;

/** "Both are proprietary image generation models from OpenAI": what the two have in common, when they share a kind. */
function shared(a: CatalogEntry, b: CatalogEntry): string | undefined {
  const kind = a.categories.find((c) => b.categories.includes(c));
  if (!kind) return undefined;
  const access = a.access && a.access === b.access ? `${a.access === 'open' ? 'open-source' : 'proprietary'} ` : '';
  const from = a.developer && a.developer === b.developer ? ` from ${a.developer}` : '';
  return `**${a.name}** and **${b.name}** are both ${access}${plural(categoryLabels[kind] ?? kind)}${from}`;
}

/** The first work the entry is catalogued for, as a noun phrase ("fast, low-cost responses"); not a note written as a sentence. */
function useCase(model: CatalogEntry): string | undefined {
  return model.use_cases.find((u) => !/^[A-Z]/.test(u) && !/[{}]/.test(u) && !/[.!?]$/.test(u.trim()));
}

/** The lead: what they share, then how they differ in what each does best. */
export function differenceLead(a: CatalogEntry, b: CatalogEntry): Block | undefined {
  const sa = strengthsClause(a.strengths);
  const sb = strengthsClause(b.strengths);
  if (!sa || !sb) return undefined;
  const common = shared(a, b);
  const difference = `${a.name} ${sa}, while ${b.name} ${sb}`;
  // One open and one not: said once, unless a strength already says it.
  const access = a.access && b.access && a.access !== b.access && !/\bopen[- ]source\b|\bopen weights\b/i.test(`${sa} ${sb}`) ? ` ${a.name} is ${ACCESS[a.access]}; ${b.name} is ${ACCESS[b.access]}.` : '';
  const ua = useCase(a);
  const ub = useCase(b);
  const pick = ua && ub && ua !== ub ? ` Pick ${a.name} for ${ua}; ${b.name} for ${ub}.` : '';
  const text = common ? `${common}; they differ in what each does best: ${difference}.${access}${pick}` : `The difference is in what each does best: ${difference}.${access}${pick}`;
  return { text };
}

/** The figures both entries state, side by side: released, context window, price. */
export function sharedFigures(a: CatalogEntry, b: CatalogEntry): Block | undefined {
  const rows: string[] = [];
  if (a.released && b.released && a.released !== b.released) rows.push(`- Released: ${a.name} ${a.released}; ${b.name} ${b.released}.`);
  if (a.context_window && b.context_window) rows.push(`- Context window: ${a.name} ${formatTokens(a.context_window)} tokens; ${b.name} ${formatTokens(b.context_window)} tokens.`);
  const pa = priceFigures(a);
  const pb = priceFigures(b);
  if (pa && pb) rows.push(`- Price: ${a.name} ${pa}; ${b.name} ${pb}.`);
  return rows.length ? { text: rows.join('\n') } : undefined;
}
