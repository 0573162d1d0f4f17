/** The sections of a document under one of its sections, as the documents name them. */
import type { PlanContext } from './context.js';

/** The headings of the sections directly under a passage's section, numbering ("Type 2:", "Step 1.", "Kind 3:") removed. */
export function childSections(ctx: PlanContext, passage: { docId: string; headings: readonly string[] }): string[] {
  const depth = passage.headings.length;
  const out: string[] = [];
  for (const p of ctx.index.passages) {
    if (p.docId !== passage.docId || p.headings.length !== depth + 1) continue;
    if (!passage.headings.every((h, i) => p.headings[i] === h)) continue;
    const name = p.headings[depth]!.replace(/^(?:type|kind|step|stage|part|phase|category|level|tier|option|way|method|chapter)\s*\d+\s*[:.)-]\s*/i, '').trim();
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
