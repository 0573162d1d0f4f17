import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/knowledge/load/mojibake.js';
import { loadFiles } from './temp-knowledge.js';

describe('repairing mojibake', () => {
  it('restores UTF-8 that was read as Windows-874 (Thai) and saved again', () => {
    expect(repairMojibake('๐Ÿ”— Article\nOpenAI ยท 2025')).toBe('🔗 Article\nOpenAI · 2025');
  });

  it('restores UTF-8 that was read as cp1252 or latin-1, including text damaged twice', () => {
    expect(repairMojibake('donâ€™t â€œquoteâ€\u009d â€” cafÃ© Ã©tÃ©')).toBe('don’t “quote” — café été');
    expect(repairMojibake('Ã¢â‚¬â„¢')).toBe('’');
  });

  it('drops garbage that cannot be repaired instead of keeping it', () => {
    expect(repairMojibake('broken \u0085 byte')).toBe('broken  byte');
    expect(repairMojibake('emoji ðŸ lost')).toBe('emoji  lost');
    // The one byte cp1252 cannot show (0x9D) is lost from a closing quote; the quote is restored.
    expect(repairMojibake('â€œquoteâ€ end')).toBe('“quote” end');
  });

  it('leaves correct text alone: accents, curly quotes, bullets, emoji and real Thai', () => {
    const samples = ['naïve “ok” • café – 💡', 'ภาษาไทยเป็นภาษาที่สวยงามมากและมีประวัติยาวนาน', 'plain ASCII'];
    for (const sample of samples) expect(repairMojibake(sample)).toBe(sample);
  });

  it('is applied when files are loaded', async () => {
    const kb = await loadFiles({ 'sources.txt': 'Sources\n\nFurther reading for this topic is listed below.\n\n๐Ÿ”— Article\nOpenAI ยท 2025\n' });
    expect(kb.passages[0]!.text).toBe('Further reading for this topic is listed below.\n\n🔗 Article\nOpenAI · 2025');
  });
});
