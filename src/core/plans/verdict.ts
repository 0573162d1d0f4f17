/**
 * The verdict a yes/no question wants first ("No: …", "Not necessarily: …"), read off the sentence
 * that answers it. A sentence gives a verdict when it negates what was asked (the negation sits on
 * the question's subject or next to its predicate: "a generative model does not store facts and
 * look them up"), hedges it ("may not", "not always", "more alike than different"), or, for a
 * question that itself denies something, affirms it. A sentence that merely shares the question's
 * words gives none, and then no verdict is put in front of it.
 */
import type { Understanding } from '../understand/types.js';
import type { WeightedTerm } from '../../knowledge/search/search-index.js';
import { WEAK_TERMS } from '../understand/terms.js';
import { isCoreEnglishWord } from '../../knowledge/search/english.js';
import { idfWeights, pointsBack } from '../evidence/sentences.js';
import type { PlanContext } from './context.js';

export type Verdict = 'Yes' | 'No' | 'Not really' | 'Not quite' | 'Not necessarily' | 'Not always' | 'Not yet';


/** Whether the question asks for a yes/no verdict. */
export function asksVerdict(u: Understanding): boolean {
  return u.verdict.clause !== undefined;
}

/** Words that frame a yes/no question without saying what it asks ("…shipping those yet?"). */
const FRAME_TERMS = new Set(['yet', 'still', 'ever', 'anyon', 'realli', 'actual', 'just', 'even', 'truli', 'genuin', 'right', 'true']);

/** A sentence that weighs a gain against a cost instead of calling one side better. */
const TRADE_OFF = /\btrade-?off\b|\brather than (?:a |an )?(?:plain |simple |clear |straight )?(?:upgrade|improvement|win)\b/;

/** A yes/no clause that claims X is no more than Y: "is it just a word?", "merely", "nothing but". */
const RESTRICTS = /\b(?:just|only|merely|simply|nothing but|nothing more than)\b/i;
/** A sentence that grants a claim only some of the time or for some cases ("may be", "while…", "some"). */
const GRANTS_SOME = /\b(?:may|might|can|could|sometimes|often|some|usually|typically|while|whereas)\b/;
/** A yes/no clause asking what a thing is: "is it…", "are tokens…". */
const IS_CLAUSE = /^(?:is|are|was|were)\b/i;
/** A sentence saying what a thing is: "is", "may be", "means", "counts as". */
const COPULA = /\b(?:is|are|was|were|be|means?|counts? as|equals?)\b/i;
const NEGATION = /^(?:not|never|no|cannot|can't|cant|doesn't|doesnt|don't|dont|isn't|isnt|aren't|arent|won't|wont|none|nobody|neither|nor|without)$/;
const CONTRAST = /\b(?:but|however|although|though|whereas|only|except|unless|yet|still)\b/i;

const words = (text: string) =>
  text
    .toLowerCase()
    // "…use both rather than picking one" denies the picking.
    .replace(/\brather than\b|\binstead of\b/g, ' not ')
    .replace(/[*_`"“”‘’()[\]]/g, ' ')
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);

/** What the question says of its subject: its content terms that do not name the subject. */
function predicateWeights(ctx: PlanContext, u: Understanding, subject: ReadonlySet<string>): Map<string, number> {
  const usable = (t: WeightedTerm) => t.weight >= 0.5 && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !FRAME_TERMS.has(t.term);
  const terms = u.terms.filter((t) => usable(t) && !subject.has(t.term));
  if (terms.length > 0) return idfWeights(ctx.index, terms);
  // "Do reasoning models really reason?" asks whether the thing does what its name says: the words
  // after the subject's name are the predicate, though the name holds them too.
  const said = (u.verdict.clause ?? '').split(/\s+/).map((w) => ctx.index.analyzer.terms(w));
  const named = said.map((ts) => ts.some((t) => subject.has(t)));
  let end = named.indexOf(true);
  while (end >= 0 && named[end + 1]) end++;
  const after = new Set(end >= 0 ? said.slice(end + 1).flat() : []);
  const found = idfWeights(ctx.index, u.terms.filter((t) => usable(t) && after.has(t.term)));
  if (found.size > 0) return found;
  // "Does more of X mean a better model?" asks only in the field's commonest words: they are its predicate.
  return idfWeights(ctx.index, u.terms.filter((t) => !t.term.startsWith('~') && !FRAME_TERMS.has(t.term) && !subject.has(t.term) && after.has(t.term)));
}

export function subjectTerms(ctx: PlanContext, u: Understanding): Set<string> {
  // The question's main subject: other concepts it links ("architecture" in "their own
  // architecture or just LLMs?") are what it asks about that subject.
  const names = [...u.concepts.slice(0, 1).flatMap((c) => c.names.slice(0, 3)), ...u.models.map((m) => m.name)];
  const from = names.length > 0 ? names : u.sides.map((s) => s.text);
  return new Set(from.flatMap((n) => ctx.index.analyzer.terms(n)));
}

/** "… more/less … than …" in a question, and the same with a wide margin ("far more … than") in a sentence. */
const ASKED_LEAD = /^(.*)\b(more|less)\b(?:\s+[\w-]+){0,3}\s+than\s+(.*)$/i;
const STATED_LEAD = /^(.*)\b(?:far|much|significantly|considerably|many times|several times)\s+(more|less)\b.*?\bthan\b([^,;]*)/i;

/**
 * "Is one image that much more expensive than a paragraph of text?" against "One image takes far
 * more compute than … a paragraph of text": the sentence ranks the same two things by a wide margin.
 * The verdict is yes when it ranks them the same way round, no when the other way; a sentence whose
 * two sides cannot both be told apart gives none.
 */
function comparedLead(ctx: PlanContext, clause: string, sentence: string): Verdict | undefined {
  const q = ASKED_LEAD.exec(clause);
  const s = STATED_LEAD.exec(sentence);
  if (!q || !s) return undefined;
  const stems = (text: string) => new Set(ctx.index.analyzer.terms(text).filter((t) => !t.startsWith('~') && !WEAK_TERMS.has(t) && !FRAME_TERMS.has(t)));
  const [asked1, asked2, stated1, stated2] = [q[1]!, q[3]!, s[1]!, s[3]!].map(stems) as [Set<string>, Set<string>, Set<string>, Set<string>];
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));
  const sameWay = meets(asked1, stated1) && meets(asked2, stated2);
  const otherWay = meets(asked1, stated2) && meets(asked2, stated1);
  if (sameWay === otherWay) return undefined;
  return (q[2]!.toLowerCase() === s[2]!.toLowerCase()) === sameWay ? 'Yes' : 'No';
}

/** The verdict `sentence` gives on what `u` asks, if it plainly gives one. */
export function verdictOf(ctx: PlanContext, u: Understanding, sentence: string, heading = ''): Verdict | undefined {
  const clause = u.verdict.clause;
  if (!clause) return undefined;
  const subject = subjectTerms(ctx, u);
  const predicate = predicateWeights(ctx, u, subject);
  const stems = (w: string) => ctx.index.analyzer.terms(w);
  // Words of one clause: a negation before a colon or a comma says nothing of what comes after it.
  const tokens = sentence.split(/[:;,]\s|\s(?:but|while|whereas|yet)\s/i).flatMap((clause, k) => [...(k > 0 ? ['|'] : []), ...words(clause)]);
  const termsAt = tokens.map((w) => stems(w));
  const isPredicate = (i: number) => (termsAt[i] ?? []).some((t) => predicate.has(t));
  const isSubject = (i: number) => (termsAt[i] ?? []).some((t) => subject.has(t));
  const total = [...predicate.values()].reduce((a, b) => a + b, 0);
  const found = new Set(termsAt.flat());
  // A word of the question the sentence says in other words ("specialise" as "fine-tuned further")
  // is there too: the two share a synonym group.
  const groups = new Set(ctx.index.analyzer.terms(sentence).filter((t) => t.startsWith('~')));
  const has = (t: string) => found.has(t) || stems(t).some((g) => g.startsWith('~') && groups.has(g));
  const covered = total === 0 ? 0 : [...predicate].reduce((a, [t, w]) => a + (has(t) ? w : 0), 0) / total;
  // A negation that bears on what was asked: it opens the sentence, follows its subject closely, or
  // comes just before the predicate's words.
  const sameClause = (i: number, j: number) => !tokens.slice(Math.min(i, j), Math.max(i, j) + 1).includes('|');
  const attached = (i: number) => i <= 1 || [1, 2, 3, 4].some((k) => i - k >= 0 && sameClause(i - k, i) && isSubject(i - k)) || [1, 2, 3, 4, 5, 6].some((k) => sameClause(i, i + k) && isPredicate(i + k));
  // "No model is hallucination-free" denies an absence: of "do image models hallucinate?" it says
  // yes, so its "no" is no denial (of "are models hallucination-free?" it still is).
  const asksFree = /\bfree\b/i.test(clause);
  const deniesAbsence = (i: number) => !asksFree && tokens.slice(i + 1, i + 7).some((w, k, next) => /^[\w-]+-free$/.test(w) || (w === 'free' && /^(?:of|from)$/.test(next[k + 1] ?? '')));
  const negations = tokens.map((w, i) => (NEGATION.test(w) && !deniesAbsence(i) ? i : -1)).filter((i) => i >= 0);
  // A negation on the subject ("code models are not a separate architecture") answers only when its
  // clause speaks of what was asked, or its section is titled by the question ("do X really Y?").
  const clauseOf = (i: number) => {
    let a = i;
    let b = i;
    while (a > 0 && tokens[a - 1] !== '|') a--;
    while (b < tokens.length - 1 && tokens[b + 1] !== '|') b++;
    return [a, b] as const;
  };
  const onPredicate = (i: number) => {
    const [a, b] = clauseOf(i);
    for (let k = a; k <= b; k++) if (isPredicate(k)) return true;
    return /\b(?:do|does|is|are|can|will)\s+\w+(?:\s+\w+)?\s+(?:really|actually|just|still)\b/i.test(heading);
  };
  const negated = negations.some((i) => attached(i) && onPredicate(i));
  // The question itself denies something ("does that mean it has NOT had any safety tuning?").
  const claimDenied = words(clause).slice(1).some((w) => NEGATION.test(w));
  const lower = sentence.toLowerCase();
  // The first hedge in the sentence is the one on its main clause ("do not really reason…, without necessarily…").
  const hedge = (): Verdict | undefined => {
    const hedges: Array<[RegExp, Verdict]> = [
      [/\bnot yet\b/, 'Not yet'],
      [/\b(?:may|might) not\b|\bnot necessarily\b|\bwithout necessarily\b/, 'Not necessarily'],
      [/\bnot always\b/, 'Not always'],
      [/\bnot (?:entirely|fully|quite|strictly|exactly)\b/, 'Not quite'],
      [/\bnot really\b/, 'Not really'],
    ];
    const at = hedges.map(([re, v]) => ({ i: lower.search(re), v })).filter((h) => h.i >= 0).sort((a, b) => a.i - b.i);
    return at[0]?.v;
  };
  if (claimDenied) {
    if (negated || covered < 0.5) return undefined;
    return /\b(?:may|might|can|could|sometimes|often|already)\b/.test(lower) ? 'Not necessarily' : 'No';
  }
  if (negated && covered >= 0.25) return hedge() ?? 'No';
  // "Open and closed models are neither better nor worse": no side simply wins.
  if (/\bneither\b[^.]*\bnor\b/.test(lower) && negations.some(attached)) return 'No';
  // "Is that better or just different?" answered by "a trade-off rather than a plain upgrade".
  const asksBetter = /\b(?:better|worse)\b/i.test(clause);
  if (asksBetter && TRADE_OFF.test(lower) && covered >= 0.25) return 'Not necessarily';
  const than = /\bmore (\w+) than (\w+)/.exec(lower);
  if (than && covered >= 0.25 && stems(than[2]!).some((t) => predicate.has(t))) return 'Not really';
  const lead = negations.length === 0 && covered >= 0.4 ? comparedLead(ctx, clause, sentence) : undefined;
  if (lead) return lead;
  // A plain "yes" needs the sentence to say all that the yes/no clause itself asks ("…, is that
  // better or just different?" asks nothing a sentence about math LLMs affirms).
  const content = new Set(u.terms.filter((t) => t.weight >= 0.5 && !t.term.startsWith('~') && !WEAK_TERMS.has(t.term) && !FRAME_TERMS.has(t.term)).map((t) => t.term));
  const asked = [...new Set(stems(clause))].filter((t) => content.has(t));
  const affirms = asked.some((t) => predicate.has(t)) && asked.every(has);
  // "Does X make it better?" is affirmed only by a sentence that compares ("sounder", "more…").
  const compares = !asksBetter || /\b(?:better|worse|more|less|\w{3,}er than)\b/.test(lower);
  // "Is training from scratch worth it?" weighs a plan: a sentence that only says its words ("training
  // from scratch is the expensive part") affirms nothing of its worth.
  const weighsPlan = u.proposal.asked && u.proposal.lean !== 'open';
  if (!weighsPlan && !negated && negations.length === 0 && covered >= 0.75 && affirms && compares && tokens.some((_, i) => isSubject(i)) && !CONTRAST.test(lower)) {
    // "Is it just a word?" claims what the thing is ("can we tune it for just Python?" only narrows a
    // use): a sentence that only uses both words ("you have heard the word tokens") says nothing of it.
    if (!IS_CLAUSE.test(clause) || !RESTRICTS.test(clause)) return 'Yes';
    if (!COPULA.test(lower)) return undefined;
    // "A word may be a single token, while a long term is split into several" grants the claim in some
    // cases, which a "just" question denies.
    return GRANTS_SOME.test(lower) ? 'Not quite' : 'Yes';
  }
  return undefined;
}

/** The sentence with its verdict in front: "No: …", or "No. …" when the sentence already has a colon. */
export function withVerdict(verdict: Verdict, text: string): string {
  const first = text.split(/\n|(?<=[.!?])\s+(?=[A-Z*])/)[0]!;
  if (first.includes(':')) return `${verdict}. ${text}`;
  return `${verdict}: ${text.replace(/^(A|An|The)\s/, (w) => w.toLowerCase()).replace(/^([A-Z][a-z]+)(?=\s+[a-z])/, lowerCommonWord)}`;
}

/** "Models work…" after "No:" is "models work…"; a name ("Claude 4.5", "Stable Diffusion", "Llama 3.3") or a rarer word keeps its capital. */
function lowerCommonWord(word: string): string {
  return isCoreEnglishWord(word.toLowerCase()) ? word.toLowerCase() : word;
}

/**
 * A verdict block that opens on the sentence stating the verdict: a list item's earlier sentence
 * ("Train a model from scratch only on code data.") is dropped so the verdict reads as one with it.
 */
export function verdictLead(ctx: PlanContext, u: Understanding, verdict: Verdict, text: string, heading = ''): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z*])/);
  const at = sentences.findIndex((s) => verdictOf(ctx, u, s, heading) !== undefined);
  // A verdict sentence that concludes from the one before it keeps that one.
  const from = at > 0 && pointsBack(sentences[at]!) ? at - 1 : at;
  return withVerdict(verdict, from > 0 ? sentences.slice(from).join(' ') : text);
}
