import { stemmer } from 'stemmer';

/**
 * Text normalisation shared by indexing and querying, so both sides agree on every token.
 * fold → words → (phrases, see vocabulary.ts) → terms (stop words dropped, stemmed).
 */

const WORD = /[\p{L}\p{N}$][\p{L}\p{N}$%+#]*(?:[.\-'’/][\p{L}\p{N}%+#]+)*/gu;

/** Text with nothing but ASCII: NFKC leaves it as it is, and it holds no curly quote or long dash. */
const ASCII = /^[\x00-\x7f]*$/;

/** Unicode-normalise, lowercase, unify quotes and dashes, drop thousands separators. */
export function fold(text: string): string {
  // Most text is plain ASCII: skip the normalising and the replacements that cannot apply (same result, less work).
  let out = ASCII.test(text)
    ? text.toLowerCase().replace(/`/g, "'")
    : text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[‘’‛`´]/g, "'")
        .replace(/[“”„]/g, '"')
        .replace(/[‐‑‒–—―]/g, '-');
  if (out.includes(',')) out = out.replace(/(\d),(\d{3})\b/g, '$1$2').replace(/(\d),(\d{3})\b/g, '$1$2');
  return out;
}

/** Pushes a token; "100k" / "2m" become the plain number, so they meet "100,000" (separators are folded away). */
function pushScaled(out: string[], token: string): void {
  const last = token[token.length - 1];
  const scaled = last === 'k' || last === 'm' ? /^(\d+(?:\.\d+)?)([km])$/.exec(token) : null;
  out.push(scaled ? String(Math.round(Number(scaled[1]) * (scaled[2] === 'k' ? 1e3 : 1e6))) : token);
}

const CONTRACTIONS: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'is' };

/**
 * Splits folded text into word tokens. A compound ("pre-trained", "gpt-5.1") yields its parts and,
 * joined, the whole ("pretrained", "gpt5.1"), so either spelling matches.
 */
export function words(folded: string, joinCompounds = true): string[] {
  const out: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    // Contractions keep their word, not a new one: "we'll" is not "well", "can't" is "can not".
    // The replacements run only on tokens holding what they replace: most tokens are plain words.
    let raw = match[0];
    if (raw[0] === '$') raw = raw.slice(1);
    const quoted = raw.includes("'");
    if (quoted && raw.endsWith("'s")) raw = raw.slice(0, -2);
    const contracted = (quoted ? CONTRACTIONS[raw] : undefined) ?? (quoted ? raw.replace(/'(?:ll|re|ve|d|m)$/, '').replace(/n't$/, '') : raw);
    // "50B+" is "above 50B": the plus is no part of the figure ("C++" keeps its own).
    let token = quoted || contracted.includes('’') ? contracted.replace(/['’]/g, '') : contracted;
    if (token.endsWith('+')) token = token.replace(/(\d[a-z]?)\++$/, '$1');
    if (!token) continue;
    if (token.includes('-') || token.includes('/')) {
      const parts = token.split(/[-/]/).filter(Boolean);
      for (const part of parts) pushScaled(out, part);
      // "pre-trained" is also "pretrained"; "instruct/chat" is two words, not one.
      if (joinCompounds && parts.length > 1 && !token.includes('/')) out.push(parts.join(''));
    } else {
      pushScaled(out, token);
    }
  }
  return out;
}

/** Words that carry no meaning for retrieval: function words, question frames and chat filler. */
export const STOP_WORDS = new Set(
  `a an the and or but if then than so of to in on at by for with from into onto about as is are was were be been
  being am do does did doing done have has had having i me my we us our you your he she it its they them their this
  that these those there here what whats which who whom whose when where why how can could should would will shall
  may might must not no yes any some all each every other such own same just also very too more most much many
  few lot lots get gets got give tell me please pls thanks thank hey hi hello bot guide ok okay really actually
  kind sort like want wants need needs use used using one ones thing things stuff something anything way ways
  vs versus etc eg ie e.g i.e. re s t d ll m ve let lets know mean means meant stand stands people folks someone
  anyone everyone whether define definition explain describe tell well now still right look looking looks through out
  currently today roughly approximately around basically simple simply terms plain english`
    .split(/\s+/)
    .filter(Boolean),
);

const stemCache = new Map<string, string>();

/** Stems a word token; numbers, versions and short tokens are kept as they are. */
/** British -ise/-yse spellings ("specialised", "analyse", "optimisation"), written as the stemmer knows them (-ize/-yze). */
const AMERICAN = /^(\w{3,}?)([iy])s(e|es|ed|ing|ation|ations|er|ers)$/;

export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let stemmed = stemCache.get(token);
  if (stemmed === undefined) {
    stemmed = stemmer(AMERICAN.test(token) ? token.replace(AMERICAN, '$1$2z$3') : token);
    if (stemCache.size < 200_000) stemCache.set(token, stemmed);
  }
  return stemmed;
}

/** Word tokens → index terms: stop words dropped, the rest stemmed. */
export function toTerms(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (STOP_WORDS.has(token) || (token.length === 1 && !/\d/.test(token))) continue;
    out.push(stem(token));
  }
  return out;
}
