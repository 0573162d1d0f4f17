/**
 * What a question says about a budget for getting a model, read once for the budget verdict: the
 * way it asks about (training from scratch, fine-tuning), the sum it states, whether it asks a
 * verdict ("enough?", "can we afford…") or the cost (a wh-question).
 */

export type Way = 'scratch' | 'finetune';

/** Where a sentence or a question names a way: each way's cue words. */
const CUES: Record<Way, RegExp> = {
  scratch: /\bfrom scratch\b|\bcustom (?:llm|model|foundation model)s?\b|\bbuild(?:ing)? (?:a |an |your own |our own )?(?:large )?custom\b|\b(?:train|build)\w* (?:our|my|your|their) own (?:llm|model|foundation|language)/gi,
  finetune: /\bfine[- ]?tun\w*/gi,
};

/** The ways a text names, with where each mention starts. */
export function cuesIn(text: string): { way: Way; at: number }[] {
  return (Object.keys(CUES) as Way[]).flatMap((way) => [...text.matchAll(CUES[way])].map((m) => ({ way, at: m.index! })));
}

/** A sum at or below this is a rate or a fee, not a development cost. */
export const LEAST_COST = 1000;

export const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, grand: 1e3, m: 1e6, mm: 1e6, million: 1e6, billion: 1e9 };

/** A budget the question states: "~$200k", "50k", "$2 million", "a budget of 80,000". */
const BUDGET = /(?:^|[\s~(])(\$|usd\s?|€|£)?\s?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(k|mm|m|million|thousand|grand)?\b(\s*(?:dollars|usd|bucks)\b)?(?!\s*(?:tokens?|param\w*|examples?|rows?|words?|instructions?|users?|gpus?|downloads?|seats?|requests?|images?|context|window|%))/i;
/** With no currency sign, a bare figure is money only beside a word of spending. */
const SPENDING = /\bbudget\b|\bcan (?:we|i)\b|\bshould (?:we|i)\b|\benough\b|\bafford\b|\bspend\b|\bdollars?\b|\busd\b|\bbucks\b|\bwe (?:have|got)\b/i;
/** A wh-question asks the cost, not a verdict on the plan. */
const WH_OPENING = /^\W*(?:what|how|which|when|where|who)\b/i;
/** "Is 50k enough?", "can we afford it?", "should we…": a verdict asked on the budget. */
const ASKS_IF_IT_COVERS = /\benough\b|\bafford\b|\b(?:can|should) (?:we|i)\b/i;

/** The budget the question states, in units of currency. */
function statedBudget(text: string): { value: number; text: string } | undefined {
  const m = BUDGET.exec(text);
  if (!m || (!m[1] && !m[3] && !m[4]) || (!m[1] && !m[4] && !SPENDING.test(text))) return undefined;
  const value = Number(m[2]!.replace(/,/g, '')) * (SCALE[m[3]?.toLowerCase() ?? ''] ?? 1);
  return value > LEAST_COST ? { value, text: m[0].trim().replace(/^[~(]\s*/, '') } : undefined;
}

export interface BudgetCues {
  /** It opens on a wh-word ("what would…", "how much…"): it asks the cost, not a verdict. */
  whOpening: boolean;
  /** "Enough", "afford", "can we", "should I": it asks whether the budget covers the plan. */
  asksIfItCovers: boolean;
  /** The way of getting a model it names, training from scratch before fine-tuning when it names both. */
  way?: Way;
  /** The sum it states ("~$200k", "50k", "a budget of 80,000"), above what a fee would be. */
  stated?: { value: number; text: string };
}

/** The budget cues of a question's text. */
export function readBudgetCues(text: string): BudgetCues {
  const asked = new Set(cuesIn(text).map((c) => c.way));
  const way: Way | undefined = asked.has('scratch') ? 'scratch' : asked.has('finetune') ? 'finetune' : undefined;
  const stated = statedBudget(text);
  return { whOpening: WH_OPENING.test(text), asksIfItCovers: ASKS_IF_IT_COVERS.test(text), ...(way ? { way } : {}), ...(stated ? { stated } : {}) };
}
