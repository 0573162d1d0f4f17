/**
 * "Llama 4 vs Mistral Large for self-hosting", "GPT-5 or Gemini 2.5 Pro for long docs": two catalog
 * models weighed for a need the catalog can judge. The lead says how each side stands on that need
 * (both meet it, only one does, neither does; the larger context window for long inputs), and the
 * difference between the two follows, so the need never stands in for the comparison.
 */
import { formatTokens } from '../../knowledge/catalog-text.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { Constraints, Understanding } from '../understand/types.js';

const short = (n: number) => formatTokens(n).replace(/\s*\(.*\)$/, '');

/** Whether a model can run on hardware its user owns: open weights, or a self-hosted deployment listed. */
const hostable = (m: CatalogEntry) => m.access === 'open' || m.deployment.some((d) => d === 'self-hosted' || d === 'on-premise');

function need(u: Understanding): Constraints | undefined {
  return u.besideSides ?? (u.constraints.selfHosted || u.constraints.longContext ? u.constraints : undefined);
}

/** How the two stand on self-hosting. */
function hostingLead(a: CatalogEntry, b: CatalogEntry): string | undefined {
  const [ha, hb] = [hostable(a), hostable(b)];
  if (ha && hb) return `Both **${a.name}** and **${b.name}** can be self-hosted, since both are open-weight models, so the choice between them comes down to how they differ.`;
  if (ha !== hb) {
    const [yes, no] = ha ? [a, b] : [b, a];
    if (no.access !== 'proprietary') return undefined;
    return `For self-hosting, **${yes.name}** is the one of the two that fits: it is open-weight, while ${no.name} is proprietary and reached only through its vendor's API.`;
  }
  if (a.access === 'proprietary' && b.access === 'proprietary') return `Neither **${a.name}** nor **${b.name}** can be self-hosted: both are proprietary models reached only through their vendors' APIs.`;
  return undefined;
}

/** How the two stand on long inputs: the larger context window. */
export function contextLead(a: CatalogEntry, b: CatalogEntry): string | undefined {
  if (!a.context_window || !b.context_window) return undefined;
  if (a.context_window === b.context_window) return `For long documents, **${a.name}** and **${b.name}** hold the same amount: both have a context window of ${short(a.context_window)} tokens.`;
  const [big, small] = a.context_window > b.context_window ? [a, b] : [b, a];
  return `For long documents, **${big.name}** is the better fit of the two: its context window holds ${short(big.context_window!)} tokens, against ${short(small.context_window!)} for ${small.name}.`;
}

/** The lead for the need stated beside two catalog models, when the catalog judges it. */
export function needLead(u: Understanding, models: readonly CatalogEntry[]): string | undefined {
  const [a, b] = models;
  const stated = need(u);
  if (!a || !b || models.length !== 2 || !stated) return undefined;
  if (stated.selfHosted) return hostingLead(a, b);
  if (stated.longContext) return contextLead(a, b);
  return undefined;
}
