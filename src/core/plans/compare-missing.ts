/**
 * "Which is cheaper, GPT-5.1 or Claude 4.5 Sonnet?" when the catalog gives the figure for one of
 * them only (or for none): the lead names every side and says which ones have the figure, so the
 * answer states why it cannot rank them instead of leaving bare lines.
 */
import type { CatalogEntry } from '../../knowledge/types.js';

/** The figure compared: "price", "context window", "SWE-bench Verified score". */
function figureWord(attribute: string, benchmark?: string): string {
  if (attribute === 'pricing') return 'price';
  if (attribute === 'context_window') return 'context window';
  return benchmark ? `${benchmark} score` : 'benchmark score';
}

/** What the one ahead does: "is cheaper", "has the larger context window", "scores higher". */
function aheadWord(attribute: string, wantsMin: boolean): string {
  if (attribute === 'pricing') return wantsMin ? 'is cheaper' : 'is more expensive';
  if (attribute === 'context_window') return `has the ${wantsMin ? 'smaller' : 'larger'} context window`;
  return `scores ${wantsMin ? 'lower' : 'higher'}`;
}

function listed(names: readonly string[], word: 'or' | 'nor'): string {
  return names.length <= 2 ? names.join(` ${word} `) : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
}

/**
 * "My documents give the price of **Claude 4.5 Sonnet** but not of GPT-5.1, so they can't say which
 * one is cheaper." / "My documents give the price of neither GPT-5.1 nor Gemini 3 Pro, …"
 */
export function missingFigureLead(attribute: string, models: readonly CatalogEntry[], known: readonly CatalogEntry[], wantsMin: boolean, benchmark?: string): string | undefined {
  if (models.length < 2 || known.length >= 2) return undefined;
  const what = figureWord(attribute, benchmark);
  const which = `which ${models.length === 2 ? 'one' : 'of them'} ${aheadWord(attribute, wantsMin)}`;
  if (known.length === 0) {
    const none = models.length === 2 ? `neither ${listed(models.map((m) => m.name), 'nor')}` : `none of ${listed(models.map((m) => m.name), 'or')}`;
    return `My documents give the ${what} of ${none}, so they can't say ${which}.`;
  }
  const without = models.filter((m) => !known.includes(m)).map((m) => m.name);
  return `My documents give the ${what} of **${known[0]!.name}** but not of ${listed(without, 'or')}, so they can't say ${which}.`;
}
