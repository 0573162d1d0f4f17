/**
 * Groups questions worded alike: "What's the weather in Paris?" and "what is the weather in paris"
 * share a key. The key is a hash of the question's content words (lowercased, accents and
 * punctuation dropped, filler words out, stemmed, sorted), so it also groups questions whose text
 * is not recorded (RECORD_QUESTIONS=false), and reveals nothing of them by itself.
 */
import { createHash } from 'node:crypto';
import { stemmer } from 'stemmer';

const FILLER = new Set(
  `a an the is are was were be been am do does did what whats which who whom whose how why when where
  can could would should will shall may might must i me my we our us you your it its this that these those
  of in on at to for from with by about into please tell show give let know s t d ll re ve m hi hey hello
  there any some just really actually`.split(/\s+/),
);

/** The question's content words, normalised: what the key is made of. */
export function questionWords(question: string): string[] {
  const words = question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const content = words.filter((w) => !FILLER.has(w)).map((w) => stemmer(w));
  return [...new Set(content.length > 0 ? content : words)].sort();
}

/** A short hash of the question's normalised words (16 hex digits). */
export function questionKey(question: string): string {
  return createHash('sha256').update(questionWords(question).join(' ')).digest('hex').slice(0, 16);
}
