/**
 * The names a sentence must hold to speak of an aspect's subject: each of the subject's names, and the
 * name without its head noun ("diffusion" for "diffusion model"), unless what is left is a word that
 * describes anything ("small" of "small model" is in "a small chunk of text").
 */
const DESCRIBES_ANYTHING = new Set(['small', 'medium', 'large', 'big', 'tiny', 'huge', 'base', 'open', 'general', 'new', 'old', 'fast', 'slow', 'good', 'best', 'frontier', 'simple', 'single', 'custom']);

export function subjectNames(names: readonly string[]): string[] {
  return names.flatMap((n) => {
    const short = n.replace(/\s+(?:models?|networks?|systems?)$/i, '');
    return short === n || DESCRIBES_ANYTHING.has(short.toLowerCase()) ? [n] : [n, short];
  });
}
