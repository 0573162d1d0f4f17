import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { repairMojibake } from './mojibake.js';

export type BytesResult = { kind: 'bytes'; bytes: Buffer; digest: string } | { kind: 'unreadable'; reason: string };

/** How much of a file to inspect when deciding whether it is text. */
const SNIFF_BYTES = 8192;

/** True for bytes that only binary files contain: NUL, or mostly control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in text files.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return end > 0 && control / end > 0.1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** Decodes bytes as UTF-8, falling back to Windows-1252 for legacy files; repairs mojibake. */
export function decodeText(bytes: Uint8Array): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = cp1252.decode(bytes);
    notes.push('not valid UTF-8; read as Windows-1252');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  return { text: repairMojibake(text), notes };
}

/** Reads one file's bytes and their sha256, or why it could not be read. */
export async function readKnowledgeBytes(absolutePath: string): Promise<BytesResult> {
  try {
    const bytes = await readFile(absolutePath);
    return { kind: 'bytes', bytes, digest: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'unreadable', reason: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}
