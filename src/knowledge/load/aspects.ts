/**
 * The aspect a heading announces and the subject it names: "How VAEs work (encoder, decoder)" →
 * { aspect: 'how', topic: 'VAEs' }. Any team's headings work ("Limitations of X", "X use cases",
 * "Why X …"), so answers can go to the section that says what was asked, not just the one that
 * names the subject.
 */
import type { Aspect } from '../types.js';

export interface HeadingAspect {
  aspect: Aspect;
  /** The subject, as written; empty when the heading names none ("Limitations"). */
  topic: string;
}

/** Numbering in front of a heading: "Type 2:", "Step 1 -", "3.", "2)". */
const NUMBERING = /^(?:(?:type|step|part|chapter|section|stage|level|phase)\s+\d+[a-z]?\s*[:.)\-–—]\s*|\d+(?:\.\d+)*[.)]?\s+)/i;
const ARTICLE = /^(?:a|an|the)\s+/i;

type Rule = [Aspect, RegExp];

/** Patterns with the subject in group 1; first match wins. */
const RULES: Rule[] = [
  ['comparison', /^(.+?)\s+(?:vs\.?|versus|compared (?:with|to))\s+(.+)$/i],
  ['comparison', /^(?:what is |what are )?(?:the )?differences? between (.+?) and (.+)$/i],
  ['comparison', /^(?:what|how) (?:actually |really )?(?:differs|is different|are different) between (.+)$/i],
  ['cost', /^how much (?:do|does|did|will|would)\s+(?:it\s+)?(.+?)\s+cost\b/i],
  ['choosing', /^how (?:do|should|can) (?:you|we|i|teams?) (?:choose|pick|select|evaluate|compare|decide)\b\s*(.*)$/i],
  ['how', /^what happens (?:when|during|in|inside) (.+)$/i],
  ['types', /^what (?:are|is) the (?:\w+ )?(?:types|kinds|categories|classes|families) of (.+)$/i],
  ['choosing', /^what (?:are|is) the best practices? (?:for|of|in) (.+)$/i],
  ['examples', /^what (?:are|is) the (?:best|top|leading|most popular) (.+)$/i],
  ['choosing', /^when (.+?) is the (?:right|best|better) (?:choice|option|fit)$/i],
  ['choosing', /^(?:recommendations?|advice|guidance):\s*(.+)$/i],
  ['choosing', /^how to (?:choose|pick|select|reduce|avoid|prevent|stop|improve|fix|decide|get|build on|use) (.+)$/i],
  ['comparison', /^how (.+?) (?:differ|compare)\b/i],
  ['how', /^how (?:do|does|did|is|are|can)?\s*(.+?)\s+(?:work|works|learn|learns|think|thinks|reason|reasons|generate|generates|create|creates|produce|produces|process|processes|operate|operates|function|functions|predict|predicts)\b/i],
  ['how', /^how (?:do|does|is|are)?\s*(.+?)\s+(?:get |are |is )?(?:built|trained|made|created|developed|improve|improves|get better)\b/i],
  ['how', /^how (.+?) (?:is|are) (?:built|trained|made|created)\b/i],
  ['how', /^(?:inside|under the hood of|the mechanics of|anatomy of) (.+)$/i],
  ['how', /^(.+?):?\s+(?:under the hood|how (?:it|they) works?|mechanism)$/i],
  ['uses', /^what (?:can )?(.+?) (?:is|are|can be)? ?(?:used|good|useful) for\b/i],
  ['uses', /^what (.+?) (?:can )?do\b/i],
  ['uses', /^(?:uses|applications|use cases|usage) (?:of|for) (.+)$/i],
  ['uses', /^(.+?) (?:uses|use cases|applications|in practice)$/i],
  ['uses', /^where (.+?) (?:is|are) used\b/i],
  ['limitations', /^(?:limitations|limits|drawbacks|downsides|weaknesses|challenges|risks|problems|pitfalls|shortcomings)(?: and (?:risks|challenges|limitations|downsides))? (?:of|with|for) (.+)$/i],
  ['limitations', /^(.+?) (?:limitations|limits|drawbacks|downsides|weaknesses|challenges|risks|pitfalls)$/i],
  ['limitations', /^(?:what|where) (.+?) (?:struggles?|fails?|falls? short)\b/i],
  ['limitations', /^(?:the )?(?:main )?limitation of (.+)$/i],
  ['tradeoffs', /^(.+?)(?::| -)? (?:trade-?offs?|pros and cons|benefits and drawbacks|advantages and disadvantages)$/i],
  ['tradeoffs', /^(?:trade-?offs?|pros and cons) (?:of|in|for) (.+)$/i],
  ['examples', /^(?:examples?|instances) of (.+)$/i],
  ['examples', /^(.+?) examples$/i],
  ['examples', /^(?:leading|top|best|popular|notable|example|well-known) (.+)$/i],
  ['history', /^(?:the )?(?:history|origins?|evolution|timeline|rise|fall|decline) of (.+)$/i],
  ['history', /^(.+?) (?:history|timeline|over time)$/i],
  ['types', /^(?:the )?(?:\w+ )?(?:types|kinds|categories|classes|families|variants) of (.+)$/i],
  ['types', /^(.+?) (?:types|variants|categories)$/i],
  ['choosing', /^(?:how to (?:choose|pick|select)|choosing|picking|selecting) (.+)$/i],
  ['choosing', /^when (?:to|should you) (?:use|choose|pick) (.+)$/i],
  ['choosing', /^when (.+?) makes? (?:more )?sense$/i],
  ['choosing', /^(?:should you|which) (.+)$/i],
  ['why', /^why (?:do|does|did|is|are|was|were)?\s*(.+)$/i],
  ['cost', /^(?:the )?(?:cost|costs|price|prices|pricing) (?:of|for) (.+)$/i],
  ['cost', /^(.+?) (?:cost|costs|pricing|prices)$/i],
  ['definition', /^what (?:exactly |actually |really )?(?:is|are) (.+)$/i],
  ['definition', /^what (.+?) (?:is|are|means?)$/i],
];

/** "(encoder, decoder and latent space)" asides and trailing punctuation go; quotes come off. */
function tidy(topic: string): string {
  return topic
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/["“”‘’?!:]+|'(?!s\b)|\.(?!\d)/g, ' ')
    .replace(ARTICLE, '')
    .replace(/\b(?:actually|exactly|really)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The aspect and subject of a heading, or undefined when it is a plain name ("Diffusion models"). */
export function aspectOfHeading(heading: string): HeadingAspect | undefined {
  const text = heading.replace(/\*\*|__|`/g, '').replace(NUMBERING, '').trim();
  if (!text) return undefined;
  // The aside often says the aspect itself: "Generative AI vs LLMs (is generative AI the same as an LLM?)".
  const bare = text.replace(/\s*\([^)]*\)\s*$/, '').trim() || text;
  for (const [aspect, pattern] of RULES) {
    const m = pattern.exec(bare);
    if (!m) continue;
    const topic = m[2] !== undefined ? `${tidy(m[1]!)} vs ${tidy(m[2])}` : tidy(m[1] ?? '');
    return { aspect, topic };
  }
  // "Limitations", "History": an aspect word alone, about the document's subject.
  const lone = /^(limitations|uses|use cases|applications|examples|history|trade-?offs|pros and cons|types|pricing|costs?)$/i.exec(bare)?.[1]?.toLowerCase();
  if (lone) {
    const aspect: Aspect = /limit/.test(lone) ? 'limitations' : /use|applic/.test(lone) ? 'uses' : /exam/.test(lone) ? 'examples' : /hist/.test(lone) ? 'history' : /trade|pros/.test(lone) ? 'tradeoffs' : /type/.test(lone) ? 'types' : 'cost';
    return { aspect, topic: '' };
  }
  return undefined;
}

/** The two sides of a comparison topic ("GANs vs diffusion models" → ["GANs", "diffusion models"]). */
export function comparisonSides(topic: string): string[] {
  return topic.split(/\s+vs\s+/).map((s) => s.trim()).filter(Boolean);
}
