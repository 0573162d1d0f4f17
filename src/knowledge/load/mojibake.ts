/**
 * Repairs mojibake: UTF-8 text that was once decoded as a single-byte code page (cp1252 / latin-1,
 * or Windows-874 Thai) and saved again, e.g. "â€™" for "’", "Ã©" for "é", "๐Ÿ”—" for "🔗",
 * "ยท" for "·". Each damaged character maps back to the byte it came from; where those bytes form
 * valid UTF-8 the original character is restored, where they cannot (a byte was lost) the garbage
 * is dropped. One linear scan; legitimate text ("naïve", "“quotes”", "•") round-trips unchanged.
 */

/** cp1252 characters for bytes 0x80–0x9F (Windows-874 shares the ones it defines). */
const CP1252_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** Cheap pre-check: text without any of these characters cannot contain mojibake. */
const SUSPECT = /[\u0080-\u00ff\u0e01-\u0e5b]/;

const THAI_FIRST = 0x0e01;
const THAI_LAST = 0x0e5b;

function isThai(code: number): boolean {
  return code >= THAI_FIRST && code <= THAI_LAST;
}

/** The byte a character stands for in the damaged text, if it can stand for one. */
function byteOf(code: number, thai: boolean): number | undefined {
  if (code >= 0x80 && code <= 0xff) return code;
  if (thai && isThai(code)) return code - THAI_FIRST + 0xa1; // TIS-620 / Windows-874
  return CP1252_HIGH.get(code);
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: number[]): string | undefined {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

interface Pass {
  text: string;
  /** Thai characters that took part in a repair. */
  thaiRepaired: number;
}

/** Characters that can start a damaged sequence (lead bytes 0xC2–0xF4) or are lone C1 controls. */
const LEAD_WITH_THAI = /[\u0080-\u009f\u00c2-\u00f4\u0e22-\u0e54]/g;
const LEAD_WITHOUT_THAI = /[\u0080-\u009f\u00c2-\u00f4]/g;

/**
 * One scan: unchanged stretches are copied whole; at each possible lead character the following
 * characters are mapped back to bytes and decoded.
 */
function repairPass(text: string, thai: boolean): Pass {
  const lead = thai ? LEAD_WITH_THAI : LEAD_WITHOUT_THAI;
  lead.lastIndex = 0;
  let out = '';
  let copied = 0;
  let thaiRepaired = 0;
  for (let match = lead.exec(text); match; match = lead.exec(text)) {
    const i = match.index;
    if (i < copied) continue;
    const code = text.charCodeAt(i);
    const first = byteOf(code, thai)!;
    const need = sequenceLength(first);
    if (need === 0) {
      // A lone C1 control character is never real text: it is a byte that lost its partners.
      if (code <= 0x9f) {
        out += text.slice(copied, i);
        copied = i + 1;
      }
      continue;
    }
    const bytes = [first];
    let suspicious = false; // a continuation only mojibake produces (cp1252 0x80–0x9F)
    let j = i + 1;
    while (bytes.length < need && j < text.length) {
      const b = byteOf(text.charCodeAt(j), thai);
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      if (b <= 0x9f) suspicious = true;
      bytes.push(b);
      j++;
    }
    const decoded = bytes.length === need ? decode(bytes) : undefined;
    if (decoded !== undefined) {
      for (let k = i; k < j; k++) if (isThai(text.charCodeAt(k))) thaiRepaired++;
      out += text.slice(copied, i) + (decoded === '\ufeff' ? '' : decoded); // a mangled byte-order mark is dropped
      copied = j;
      lead.lastIndex = j;
    } else if (suspicious && bytes.length >= 2) {
      // An incomplete sequence: a byte was lost. cp1252 has no character for 0x9D, so "â€" alone
      // is almost always a closing quote (E2 80 9D); anything else is dropped as garbage.
      out += text.slice(copied, i) + (bytes.length === 2 && bytes[0] === 0xe2 && bytes[1] === 0x80 ? '\u201d' : '');
      copied = j;
      lead.lastIndex = j;
    }
  }
  return { text: copied === 0 ? text : out + text.slice(copied), thaiRepaired };
}

function countThai(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isThai(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Returns `text` with mojibake repaired. Thai characters are read as Windows-874 bytes only when
 * they look like damage (nearly all of them take part in a repair), so real Thai text is kept.
 */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let current = text;
  // Text damaged twice ("Ã¢â‚¬â„¢") needs a second pass; a third never helps.
  for (let round = 0; round < 2; round++) {
    let pass = repairPass(current, true);
    if (pass.thaiRepaired > 0) {
      const genuineThai = countThai(current) - pass.thaiRepaired;
      if (genuineThai > 20 || genuineThai > pass.thaiRepaired) pass = repairPass(current, false);
    }
    if (pass.text === current) break;
    current = pass.text;
  }
  return current;
}
