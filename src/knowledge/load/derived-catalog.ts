/**
 * A model catalog read off the documents' own tables. A team's raw documents often hold tables of
 * models ("Model: GPT-5; Developer: OpenAI; Context Window: 128K tokens; …", as the loader renders
 * any table); each row with a model column becomes a catalog entry, merged across tables, so
 * recommendations, rankings and model facts work without a hand-written `models.yaml`. Entries the
 * YAML catalog already has are left to it.
 */
import type { CatalogEntry, KnowledgeDocument, Passage } from '../types.js';

type Category = CatalogEntry['categories'][number];

const NAME_KEYS = /^(?:model|model name|name|tool|product|llm)$/i;
const DEVELOPER = /^(?:developer|provider|vendor|company|maker|lab|organisation|organization|by)$/i;
const ACCESS = /^(?:type|access|license|licence|openness|weights)$/i;
const CONTEXT = /^context(?: window| length| size)?$/i;
const INPUT_PRICE = /^input\b.*(?:1m|million)|^price.*input/i;
const OUTPUT_PRICE = /^output\b.*(?:1m|million)|^price.*output/i;
const SHARE = /share|downloads|seats|users|adoption/i;

/** The category a table's section is about: "Top image generation models" → image. */
function categoryOf(section: string): Category[] {
  const s = section.toLowerCase();
  if (/\bimage/.test(s)) return ['image'];
  if (/\bvideo/.test(s)) return ['video'];
  if (/\baudio|speech|music|voice/.test(s)) return ['audio'];
  if (/\bcode|coding|programming/.test(s)) return ['code'];
  if (/\bmultimodal/.test(s)) return ['multimodal'];
  if (/\blanguage models?|\bllms?\b|\btext\b/.test(s)) return ['llm'];
  return ['other'];
}

/** "128K tokens" → 128000, "2M" → 2000000. */
function tokensOf(value: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*([KkMm])?/.exec(value.replace(/,/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1);
  return n >= 1000 ? Math.round(n) : undefined;
}

function priceOf(value: string): number | null | undefined {
  const m = /\$\s?(\d+(?:\.\d+)?)/.exec(value);
  if (m) return Number(m[1]);
  return /\binfrastructure only\b|\bfree\b|\bnone\b|\bno per-token\b/i.test(value) ? null : undefined;
}

/** "70.6% SWE-bench", "1,452 LMArena Elo", "100% AIME 2025": a score and what it is on. */
function benchmarkOf(part: string): { name: string; score: string } | undefined {
  const m = /^([\d.,]+\s?%?)\s+([A-Z][\w.-]*(?:[\s-][\w.-]+){0,3})$/.exec(part.trim());
  return m && /%|elo/i.test(part) ? { name: m[2]!.trim(), score: m[1]!.trim() } : undefined;
}

function cellsOf(row: string): Array<[string, string]> {
  return row
    .split(/;\s+(?=[^;:]{1,40}:\s)/)
    .map((cell) => /^([^:]{1,40}):\s*(.+)$/.exec(cell.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!.trim(), m[2]!.trim()]);
}

/**
 * Whom a row cites: the article its section draws on (title, publisher and that article's URL
 * together), else the document itself with the section's URL. Never one's title with the other's URL.
 */
function sourceOf(passage: Passage, titleOf: ReadonlyMap<string, string>): CatalogEntry['source'] {
  const { title, ...rest } = passage.source ?? {};
  if (title) return { title, ...rest };
  return { title: titleOf.get(passage.docId) ?? passage.docTitle, ...(passage.url ? { url: passage.url } : {}) };
}

const nameKey = (name: string) => name.toLowerCase().replace(/\s*\(.*\)\s*$/, '').replace(/[^a-z0-9.]+/g, ' ').trim();

/** Catalog entries from the tables of `passages`, minus those `known` (names already catalogued). */
export function deriveCatalog(passages: readonly Passage[], documents: readonly KnowledgeDocument[], known: ReadonlySet<string>): CatalogEntry[] {
  const byName = new Map<string, CatalogEntry>();
  const titleOf = new Map(documents.map((d) => [d.id, d.title]));
  for (const passage of passages) {
    for (const line of passage.text.split('\n')) {
      const cells = cellsOf(line);
      if (cells.length < 2 || !NAME_KEYS.test(cells[0]![0])) continue;
      const rawName = cells[0]![1];
      // "GitHub Copilot (GPT-5)": the name, with what it runs on as an aside.
      const name = rawName.replace(/\s*\/\s*open source$/i, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
      const key = nameKey(name);
      if (!key || known.has(key) || name.length > 60) continue;
      const entry: CatalogEntry = byName.get(key) ?? {
        name,
        aliases: [],
        categories: categoryOf(passage.section),
        modalities: { input: ['text'], output: ['text'] },
        frontier: false,
        strengths: [],
        use_cases: [],
        limitations: [],
        benchmarks: [],
        stats: [],
        deployment: [],
        notes: [],
        source: sourceOf(passage, titleOf),
        path: passage.path,
      };
      // A model in several tables (the LLM table and the code table) is in each of their categories.
      for (const category of categoryOf(passage.section)) if (category !== 'other' && !entry.categories.includes(category)) entry.categories.push(category);
      if (entry.categories.length > 1) entry.categories = entry.categories.filter((c) => c !== 'other');
      let input: number | null | undefined;
      let output: number | null | undefined;
      for (const [column, value] of cells.slice(1)) {
        if (/^n\/a$/i.test(value)) continue;
        if (DEVELOPER.test(column)) entry.developer ??= value.replace(/\s*\/\s*self-host$/i, '');
        else if (ACCESS.test(column)) {
          if (/open/i.test(value)) entry.access = 'open';
          else if (/proprietary|closed/i.test(value)) entry.access = 'proprietary';
        } else if (CONTEXT.test(column)) entry.context_window ??= tokensOf(value);
        else if (INPUT_PRICE.test(column)) input = priceOf(value);
        else if (OUTPUT_PRICE.test(column)) output = priceOf(value);
        else if (SHARE.test(column)) entry.stats.push({ label: column.toLowerCase(), value });
        else {
          for (const part of value.split(/;\s*/)) {
            const benchmark = benchmarkOf(part);
            if (benchmark) {
              if (!entry.benchmarks.some((b) => b.name === benchmark.name)) entry.benchmarks.push(benchmark);
            }
            else if (/\d/.test(part) && /downloads|seats|users/i.test(part)) entry.stats.push({ label: part.replace(/^[\d.,]+[KMB+]*\s*/i, ''), value: part });
            else if (!entry.strengths.includes(part)) entry.strengths.push(part);
          }
        }
      }
      if (input !== undefined || output !== undefined) entry.pricing = { input_per_1m: input ?? null, output_per_1m: output ?? null };
      if (!entry.access && entry.strengths.some((s) => /^(?:open[- ]source|open[- ]weights?)$/i.test(s))) entry.access = 'open';
      // A per-token price or a context window makes it a language model, whatever table it is in.
      if (entry.categories.includes('other') && (entry.pricing || entry.context_window)) entry.categories = ['llm'];
      if (entry.strengths.some((s) => /\bmultimodal\b/i.test(s)) && !entry.categories.includes('multimodal')) {
        entry.categories.push('multimodal');
        entry.modalities = { input: ['text', 'image'], output: ['text'] };
      }
      if (rawName !== name && !entry.aliases.includes(rawName)) entry.aliases.push(rawName);
      if ([...entry.strengths, ...cells.map((c) => c[1])].some((s) => /\bfrontier\b/i.test(s))) entry.frontier = true;
      if (entry.categories.includes('other')) {
        const better = categoryOf(passage.headings.join(' '));
        if (!better.includes('other')) entry.categories = better;
      }
      byName.set(key, entry);
    }
  }
  // "Midjourney v7" is "Midjourney" in chat, when no other entry shares that word.
  const entries = [...byName.values()];
  for (const entry of entries) {
    const m = /^([A-Za-z][\w-]{3,})[\s-]+v?\d[\w.]*$/.exec(entry.name);
    if (!m) continue;
    const word = m[1]!.toLowerCase();
    const shared = entries.some((o) => o !== entry && o.name.toLowerCase().split(/[\s-]+/)[0] === word) || known.has(word);
    if (!shared && !entry.aliases.includes(m[1]!)) entry.aliases.push(m[1]!);
  }
  return entries;
}

/** The name key the derivation compares on, for catalogued names. */
export { nameKey as catalogNameKey };
