/**
 * Compact spellings of "X-to-Y" kinds of generation, as people type them: "img2img", "txt2img",
 * "vid2vid", "t2i", "i2v". Spelt out ("image-to-image", "text-to-image", "image-to-video"), they
 * read as the documents write them.
 */

const MEDIA: Record<string, string> = { img: 'image', image: 'image', pic: 'image', txt: 'text', text: 'text', vid: 'video', video: 'video', speech: 'speech', audio: 'audio', t: 'text', i: 'image', v: 'video', s: 'speech', a: 'audio' };

/** "img2img", "text2video", "t2i": two media joined by a "2"; one letter each only from text ("i2v" is read too loosely). */
const COMPACT = /\b(?:(img|image|pic|txt|text|vid|video|speech|audio)2(img|image|pic|txt|text|vid|video|speech|audio)|(t)2([ivs]))\b/gi;

/** The text with every compact "X2Y" spelling written out as "X-to-Y". */
export function spellOutCompact(text: string): string {
  return text.replace(COMPACT, (whole, a?: string, b?: string, c?: string, d?: string) => {
    const [from, to] = [MEDIA[(a ?? c ?? '').toLowerCase()], MEDIA[(b ?? d ?? '').toLowerCase()]];
    return from && to ? `${from}-to-${to}` : whole;
  });
}
