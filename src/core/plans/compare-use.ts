/**
 * "Small model vs large model for a chatbot on our website": two kinds of one thing whose parent
 * lists each kind's typical uses ("Small (1B to 7B): mobile apps, fast responses…"). After the
 * trade-off, the answer closes on the use stated: the kind whose uses share its words suits it;
 * when neither's do, what each kind suits, so the asker can place the use themselves.
 */
import { withArticle } from '../lexicon/case.js';
import { analysed } from '../evidence/analysed.js';
import { WEAK_TERMS } from '../understand/terms.js';
import type { Side, Understanding } from '../understand/types.js';
import type { Block, PlanContext } from './context.js';

/** "mobile apps, fast responses, summarization" → "mobile apps, fast responses and summarization". */
const asList = (uses: string) => (/\band\b/.test(uses) ? uses : uses.replace(/,\s*([^,]+)$/, ' and $1'));

interface SideUses {
  side: Side;
  name: string;
  uses: string;
  passage: Block['passage'];
}

/** Each side's uses from its parent's list of kinds ("- Small (1B to 7B parameters): mobile apps, …"). */
function usesOf(ctx: PlanContext, sides: readonly Side[], names: (text: string, side: Side) => boolean): SideUses[] | undefined {
  const parent = sides[0]?.concept?.broader;
  const passage = parent?.defining;
  if (!parent || !passage || sides.some((s) => s.concept?.broader !== parent)) return undefined;
  const items = analysed(ctx.index, passage).units.filter((x) => x.unit.bullet).map((x) => x.unit.text.replace(/^\s*[-*•+]\s+/, ''));
  const out: SideUses[] = [];
  for (const side of sides) {
    const label = (item: string) => item.split(':')[0]!;
    const first = side.concept!.name.toLowerCase().split(/\s+/)[0]!;
    const item = items.find((i) => i.includes(':') && (names(label(i), side) || label(i).toLowerCase().split(/[\s(]+/)[0] === first));
    if (!item) return undefined;
    out.push({ side, name: side.concept!.name, uses: asList(item.slice(item.indexOf(':') + 1).trim().replace(/\.$/, '')), passage });
  }
  return out;
}

/** The closing line on the stated use, or undefined when no use is stated or the kinds list no uses. */
export function useLine(ctx: PlanContext, u: Understanding, sides: readonly Side[], shown: readonly Block[], names: (text: string, side: Side) => boolean): Block | undefined {
  if (sides.length !== 2 || sides.some((s) => !s.concept)) return undefined;
  const asked = u.comparison.use;
  if (!asked) return undefined;
  // Said back to the asker: "our website" is "your website".
  const use = `${asked.determiner ?? ''}${asked.what}`.trim().replace(/\b(?:our|my)\b/gi, 'your').replace(/\b(?:us|me)\b/gi, 'you');
  // The use is not one of the sides ("… for a small model") nor the thing they are kinds of.
  if (sides.some((s) => names(use, s))) return undefined;
  const sided = usesOf(ctx, sides, names);
  if (!sided) return undefined;
  const useTerms = new Set(ctx.index.analyzer.terms(asked.what).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t)));
  if (useTerms.size === 0) return undefined;
  const fits = sided.filter((s) => ctx.index.analyzer.terms(s.uses).some((t) => useTerms.has(t)));
  const said = shown.map((b) => b.text).join('\n');
  if (fits.length === 1) {
    const [fit] = fits;
    const other = sided.find((s) => s !== fit)!;
    const line = `For ${use}, ${withArticle(fit!.name)} is the better fit: it is the kind meant for ${fit!.uses}, while ${withArticle(other.name)} is meant for ${other.uses}.`;
    return said.includes(line) ? undefined : { text: line, passage: fit!.passage };
  }
  const [a, b] = sided as [SideUses, SideUses];
  return { text: `My documents don't tie ${use} to either one: ${withArticle(a.name)} suits ${a.uses}, and ${withArticle(b.name)} suits ${b.uses}; pick the one whose uses are closest to yours.`, passage: a.passage };
}
