/**
 * Features of an utterance for the intent classifier: its words, neighbouring word pairs, how it
 * opens (the question frame: "what is", "how does", "should we") and how it ends. Entity mentions
 * are placeholders ({concept}, {model}, {document}), so the classifier learns the shape of a
 * question, not its topic.
 */

export type Featurizer = (text: string) => string[];

/** Placeholders the understanding puts where it linked an entity. */
export const PLACEHOLDERS = { concept: '{concept}', concept2: '{concept2}', model: '{model}', model2: '{model2}', document: '{document}' } as const;

const TOKEN = /\{[a-z0-9]+\}|[a-z0-9]+(?:'[a-z]+)?|\?|[.!;:]+|\s[-–—]\s/g;

/** Contractions and chat spellings that change nothing about the question's shape. */
const NORMAL: Record<string, string> = {
  "what's": 'what is', whats: 'what is', wats: 'what is', "whats's": 'what is', "how's": 'how is', "who's": 'who is',
  "where's": 'where is', "when's": 'when is', "that's": 'that is', "it's": 'it is', "there's": 'there is',
  "isn't": 'is not', "aren't": 'are not', "doesn't": 'does not', "don't": 'do not', "didn't": 'did not',
  "can't": 'can not', cant: 'can not', "won't": 'will not', "we're": 'we are', "they're": 'they are', "you're": 'you are',
  "i'm": 'i am', "we've": 'we have', "i've": 'i have', "we'll": 'we will', "i'd": 'i would', "we'd": 'we would',
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks', diff: 'difference',
  versus: 'vs', v: 'vs', w: 'with', abt: 'about', bc: 'because', cuz: 'because', rn: 'now', atm: 'now',
};

/** The same as words, looked up in a Map: a word naming an object property ("constructor") is no contraction. */
const NORMAL_WORDS = new Map(Object.entries(NORMAL).map(([token, normal]) => [token, normal.split(' ')]));

/** Lower-cased words with contractions expanded; placeholders kept whole; digits folded to 0. */
export function tokenize(text: string): string[] {
  const raw = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/(\d)[.,](\d)/g, '$1$2').match(TOKEN) ?? [];
  const out: string[] = [];
  for (const token of raw) {
    if (!/[a-z0-9{?]/.test(token)) {
      if (out.length > 0 && out[out.length - 1] !== '|') out.push('|');
      continue;
    }
    const normal = NORMAL_WORDS.get(token);
    if (normal) out.push(...normal);
    else out.push(/\d/.test(token) ? token.replace(/\d+/g, '0') : token);
  }
  return out;
}

/**
 * Word families that signal an intent whatever the exact word: "downside", "caveat", "gotcha" all
 * ask for limitations. They let the classifier generalise past the words of its examples.
 */
const CUES: Record<string, readonly string[]> = {
  limit: 'limitation limitations limit limits downside downsides drawback drawbacks weakness weaknesses weak catch cons con caveat caveats shortcoming shortcomings risk risks risky danger dangers dangerous fail fails failure failures wrong bad worst break breaks mistake mistakes error errors unreliable problem problems issue issues struggle struggles hurdle hurdles challenge challenges trouble pitfall pitfalls gotcha gotchas nervous worry worried worries concern concerns lose holding hold back watch hidden tradeoff tradeoffs'.split(' '),
  use: 'use uses used useful usage application applications purpose point apply applied helps help good for'.split(' '),
  how: 'work works working worked mechanism mechanics internally hood process processes step steps pipeline inside happens happening made built trained train training generate generates produce produces involve involves'.split(' '),
  why: 'why reason reasons because cause causes come'.split(' '),
  example: 'example examples eg instance instances such products real-world name couple few'.split(' '),
  define: 'define definition defined mean means meaning stand stands short term jargon eli5 explain'.split(' '),
  compare: 'vs difference differences differ differs different compare compared comparison better worse beat beats stack same versus distinguish'.split(' '),
  recommend: 'should recommend recommendation suggest pick choose go fit fits option options need needs want advice approach worth'.split(' '),
  figure: 'many much when who cost costs price pricing score scored percent percentage share number date year ballpark released release context window elo wrote author published'.split(' '),
  list: 'list types kinds categories stages steps all rundown names enumerate main stages phases factors'.split(' '),
  rank: 'cheapest biggest largest best top most highest lowest fastest leading strongest smallest longest'.split(' '),
  social: 'hi hello hey yo thanks thank cheers morning gm howdy bye awesome great perfect nice cool'.split(' '),
  bot: 'yourself bot commands command menu usage'.split(' '),
  knob: 'knob knobs setting settings slider sliders dial dials tweak tune adjust turn raise lower crank'.split(' '),
  deploy: 'host hosting hosted self api apis cloud local locally premise prem deploy deployment run running infra infrastructure servers server provider providers'.split(' '),
  size: 'size sizes big bigger small smaller tiny large larger parameters params 0b huge'.split(' '),
  measure: 'benchmark benchmarks metric metrics measure measures eval evals evaluate leaderboard leaderboards'.split(' '),
  method: 'approach approaches way ways strategy method methods stop prevent avoid reduce technique techniques recipe setup'.split(' '),
  kind: 'kind kinds type types architecture architectures sort category family specialised specialized'.split(' '),
};
const CUE_OF = new Map<string, string>();
for (const [cue, list] of Object.entries(CUES)) for (const w of list) if (!CUE_OF.has(w)) CUE_OF.set(w, cue);

/** A crude suffix stripper, so "downside" meets "downsides" and "trained" meets "train". */
function stemOf(word: string): string {
  return word.length > 4 ? word.replace(/(?:ing|ed|es|s|ly)$/, '') : word;
}

/** Features of a token list: unigrams, bigrams, the opening words, the closing word, a question mark. */
export function featuresOfTokens(tokens: readonly string[]): string[] {
  const words = tokens.filter((t) => t !== '?' && t !== '|');
  const features = new Set<string>();
  for (const w of words) {
    features.add(w);
    features.add(`~${stemOf(w)}`);
    // An adverb is not its adjective: "mostly" asks no superlative, "usually" no use.
    const cue = CUE_OF.get(w) ?? (w.endsWith('ly') ? undefined : CUE_OF.get(stemOf(w)));
    if (cue) features.add(`@${cue}`);
  }
  for (let i = 0; i + 1 < words.length; i++) features.add(`${words[i]} ${words[i + 1]}`);
  // The frame of the last clause matters most: "we run a shop. which model should we use?"
  const clauses = splitClauses(tokens);
  clauses.forEach((clause, c) => {
    const last = c === clauses.length - 1;
    const tag = last ? '^' : '^^';
    if (clause[0]) features.add(`${tag}${clause[0]}`);
    if (clause[1]) features.add(`${tag}${clause[0]} ${clause[1]}`);
    if (clause[2]) features.add(`${tag}${clause[0]} ${clause[1]} ${clause[2]}`);
  });
  if (words.length > 0) features.add(`$${words[words.length - 1]}`);
  if (tokens.includes('?')) features.add('<?>');
  features.add(words.length <= 2 ? '<short>' : words.length <= 8 ? '<medium>' : '<long>');
  return [...features];
}

/** Clauses of a message, split at question marks and sentence ends (the tokenizer keeps them). */
function splitClauses(tokens: readonly string[]): string[][] {
  const clauses: string[][] = [[]];
  for (const t of tokens) {
    if (t === '?' || t === '|') clauses.push([]);
    else clauses[clauses.length - 1]!.push(t);
  }
  return clauses.filter((c) => c.length > 0);
}

export const featuresOf: Featurizer = (text) => featuresOfTokens(tokenize(text));

/** True when a and b differ by at most `max` edits (insert, delete, substitute, swap of neighbours). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length]! <= max;
}
