/** A quotable piece of a passage: a sentence, a bullet, or a table row. */
export interface Unit {
  text: string;
  /** Position within the passage. */
  index: number;
  /** A list item (or an item of a list written as prose: "Firstly, …"). */
  bullet: boolean;
  /** Which paragraph (or list, or table) of the passage it belongs to. */
  paragraph: number;
  /** A table row ("Model: GPT-5; Developer: OpenAI; …"). */
  row: boolean;
}

const ORDINAL = /^(?:\*\*)?(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|next|then|finally|lastly|last|the (?:first|second|third|fourth|last|other) (?:way|approach|option|step|stage|type|method)|another (?:way|approach|option))\b/i;

const TABLE_ROW = /^[^:;.]{1,40}: [^;]*(?:; [^:;]{1,40}: [^;]*){1,}(?:; [^;]*)*$/;

const ABBREVIATIONS = /\b(?:e\.g|i\.e|vs|etc|dr|mr|mrs|ms|st|no|approx|incl|cf|fig|u\.s|inc|ltd|co)\.$/i;

/** Splits passage text into units: list items and lines stay whole, prose splits at sentence ends. */
export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let paragraphIndex = -1;
  const push = (t: string, bullet: boolean, row = false) => {
    const clean = t.trim();
    if (clean.length > 1) units.push({ text: clean, index: units.length, bullet, paragraph: paragraphIndex, row });
  };
  for (const paragraph of text.split(/\n\s*\n/)) {
    paragraphIndex++;
    const lines = paragraph.split('\n');
    const listy = lines.filter((l) => /^\s*(?:[-*•+]|\d+[.)])\s+/.test(l)).length;
    if (listy > 0) {
      let current = '';
      for (const line of lines) {
        if (/^\s*(?:[-*•+]|\d+[.)])\s+/.test(line)) {
          if (current) push(current, /^\s*(?:[-*•+]|\d+[.)])\s+/.test(current));
          current = line.trim();
        } else current = current ? `${current} ${line.trim()}` : line.trim();
      }
      if (current) push(current, /^\s*(?:[-*•+]|\d+[.)])\s+/.test(current));
      continue;
    }
    // Table rows ("Model: GPT-5; Developer: OpenAI; …"), one per line: each row is quotable alone.
    const rows = lines.filter((l) => TABLE_ROW.test(l)).length;
    if (lines.length >= 2 && rows >= lines.length - 1) {
      for (const line of lines) push(line, TABLE_ROW.test(line), TABLE_ROW.test(line));
      continue;
    }
    const flat = paragraph.replace(/\s*\n\s*/g, ' ');
    let start = 0;
    // A sentence may open in bold ("**For deep reasoning**, use…"): two asterisks before its capital.
    const boundary = /[.!?]["')\]*]*\s+(?=(?:\*\*|["'“(*\[])?[A-Z0-9$])/g;
    for (const m of flat.matchAll(boundary)) {
      const end = (m.index ?? 0) + m[0].length;
      const candidate = flat.slice(start, end);
      if (ABBREVIATIONS.test(candidate.trimEnd().replace(/["')\]*]+$/, ''))) continue;
      push(candidate, false);
      start = end;
    }
    push(flat.slice(start), false);
  }
  // "Firstly, …", "The second way …", "Lastly, …": a list written as prose; keep it together like bullets.
  for (const u of units) if (ORDINAL.test(u.text)) u.bullet = true;
  return units;
}
