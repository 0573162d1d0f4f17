/**
 * Word boundaries for table rows whose cells were run together when a page was flattened:
 * "GPT-5OpenAIProprietary128K" → "GPT-5" "OpenAI" "Proprietary" "128K". Boundaries are guessed
 * at case and digit changes, then a small dynamic programme picks the split that uses the fewest,
 * most plausible pieces, keeping names the document spells elsewhere ("OpenAI", "DeepSeek",
 * "LMArena", "v3.2") whole. Linear in the text: each token is bounded.
 */

/** Names with inner capitals or digits that tables use but prose may not spell out. */
export const KNOWN_NAMES: readonly string[] = [
  'OpenAI', 'DeepSeek', 'DeepMind', 'GitHub', 'ChatGPT', 'LMArena', 'StyleGAN', 'StyleGAN2', 'StyleGAN3', 'BigGAN',
  'CycleGAN', 'TabGAN', 'CTGAN', 'HuggingFace', 'LangChain', 'LlamaIndex', 'PyTorch', 'TensorFlow', 'JavaScript',
  'TypeScript', 'YouTube', 'LinkedIn', 'iPhone', 'iOS', 'macOS', 'xAI', 'MiniMax', 'LLaMA', 'PaLM', 'GPT-4o',
  'SWE-bench', 'HumanEval', 'VBench', 'AlphaFold', 'WaveNet', 'MusicLM', 'AudioLM', 'ElevenLabs', 'MidJourney',
  'DreamBooth', 'ControlNet', 'ComfyUI', 'PicassoIA', 'OpenRouter', 'NVIDIA', 'MoE', 'LoRA', 'QLoRA', 'RLHF',
];

export type Vocabulary = ReadonlySet<string>;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;

/** How likely a cell boundary lies between t[i-1] and t[i]: 0 none, 3 almost certain. */
function boundaryStrength(t: string, i: number): number {
  const a = t[i - 1]!;
  const b = t[i]!;
  if (a === ')' && /[\p{L}0-9$#]/u.test(b)) return 3;
  if (b === '(' && /[\p{L}0-9%]/u.test(a)) return 3;
  if (a === '%' && /[\p{L}0-9$#]/u.test(b)) return 3;
  if ((b === '$' || b === '#') && /[\p{L}0-9%)]/u.test(a)) return 3;
  if (DIGIT.test(a) && UPPER.test(b)) return 3;
  if (LETTER.test(a) && DIGIT.test(b)) return 2;
  if (LOWER.test(a) && UPPER.test(b)) return 2;
  if (UPPER.test(a) && UPPER.test(b)) {
    if (!LOWER.test(t[i + 1] ?? '')) return 0.5; // inside an acronym: "AIN/A" may hide "AI" + "N/A"
    return i >= 2 && UPPER.test(t[i - 2]!) ? 2 : 1; // "AIProprietary" is likelier a split than "VBench"
  }
  return 0;
}

const NATURAL: readonly RegExp[] = [
  /^\p{Lu}?\p{Ll}+(?:['’]s)?$/u, // word, Word
  /^\p{Lu}{2,}s?$/u, // API, LLMs
  /^\p{Lu}$/u,
  /^\p{Lu}+[.-]?\d+(?:\.\d+)*\p{Ll}?$/u, // FLUX.1, H100, GPT-5
  /^[$#€£]?\d+(?:[.,]\d+)*(?:[KMBT]|pp|%)?\+?$/, // 128K, 27%, $2.50, 1.8M+, #1
  /^v\d+(?:\.\d+)*$/, // v3.2
];

function strip(piece: string): string {
  return piece.replace(/^[(["'“‘]+/, '').replace(/[)\]"'”’,;:.!?]+$/, '');
}

function isNatural(core: string, vocabulary: Vocabulary): boolean {
  if (NATURAL.some((re) => re.test(core))) return true;
  const parts = core.split(/[-/]/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => vocabulary.has(p) || NATURAL.some((re) => re.test(p)));
}

function pieceCost(piece: string, atoms: number, vocabulary: Vocabulary): number {
  const core = strip(piece);
  if (!core || vocabulary.has(core)) return 0;
  if (atoms === 1 || isNatural(core, vocabulary)) return 1;
  return 6;
}

export interface Segmented {
  pieces: string[];
  /** strengths[k]: how sure the boundary between pieces[k] and pieces[k + 1] is (see boundaryStrength). */
  strengths: number[];
}

/** Longest run of atoms a token may have before it is left alone (keeps the search bounded). */
const MAX_ATOMS = 48;

/** Splits one whitespace-free token into the pieces its lost word boundaries separated. */
export function segmentToken(token: string, vocabulary: Vocabulary): Segmented {
  const starts = [0];
  const strengthAt: number[] = [0];
  for (let i = 1; i < token.length; i++) {
    const strength = boundaryStrength(token, i);
    if (strength > 0) {
      starts.push(i);
      strengthAt.push(strength);
    }
  }
  const atoms = starts.length;
  if (atoms === 1 || atoms > MAX_ATOMS) return { pieces: [token], strengths: [] };
  starts.push(token.length);
  const best: number[] = [0];
  const from: number[] = [0];
  for (let j = 1; j <= atoms; j++) {
    best[j] = Infinity;
    for (let i = 0; i < j; i++) {
      const cost = best[i]! + pieceCost(token.slice(starts[i], starts[j]), j - i, vocabulary);
      if (cost < best[j]!) {
        best[j] = cost;
        from[j] = i;
      }
    }
  }
  const cuts: number[] = [];
  for (let j = atoms; j > 0; j = from[j]!) cuts.unshift(j);
  const pieces: string[] = [];
  const strengths: number[] = [];
  let previous = 0;
  for (const cut of cuts) {
    if (previous > 0) strengths.push(strengthAt[previous]!);
    pieces.push(token.slice(starts[previous], starts[cut]));
    previous = cut;
  }
  return { pieces, strengths };
}

/**
 * The document's own spellings of names with inner capitals or digits, taken from prose lines
 * (sentences, which table rows are not), plus KNOWN_NAMES.
 */
export function collectVocabulary(lines: Iterable<string>): Set<string> {
  const vocabulary = new Set(KNOWN_NAMES);
  for (const raw of lines) {
    const line = raw.trim();
    if (!/[.!?]["”’)]?$/.test(line)) continue;
    const tokens = line.split(' ');
    if (tokens.length < 6) continue;
    for (const token of tokens) {
      // Fast path: plain words ("model", "The", "GPU's") have no inner capital or digit.
      if (!/.[A-Z0-9]|[0-9]/.test(token) && !/[^\x00-\x7f]/.test(token)) continue;
      const core = strip(token);
      if (core.length < 2 || core.length > 24 || !/\p{Lu}.*\p{Lu}|\p{Ll}\p{Lu}|\p{L}\d|\d\p{L}/u.test(core)) continue;
      let strong = 0;
      let glued = false;
      for (let i = 1; i < core.length; i++) {
        const s = boundaryStrength(core, i);
        if (s >= 3) glued = true;
        if (s >= 2) strong++;
      }
      if (!glued && strong < 3) vocabulary.add(core);
    }
  }
  return vocabulary;
}

/** A line that may hold run-together cells: a lower-to-upper, digit-to-upper or ")"/"%"-to-letter join. */
export function mayBeGlued(line: string): boolean {
  return /[a-z)%][A-Z]|[0-9][A-Z]|[A-Z][A-Z][a-z]/.test(line);
}
