import type { CatalogEntry } from '../../knowledge/types.js';

/** What a recommendation question requires of a model, read from its wording. */
export interface Constraints {
  categories: string[];
  access?: 'open' | 'proprietary';
  frontier: boolean;
  cheap: boolean;
  /** Human-readable reasons, e.g. "open weights (self-hostable, fine-tunable)". */
  reasons: string[];
}

const CATEGORY_CUES: Array<[string, RegExp, string]> = [
  ['video', /\bvideos?\b|\bfootage\b|\bclips?\b|\bmovies?\b|\banimation\b/i, 'video generation'],
  ['image', /\bimages?\b|\bpictures?\b|\bphotos?\b|\bimagery\b|\billustrations?\b|\bvisuals?\b|\bproduct shots?\b|\bartwork\b|\blogos?\b/i, 'image generation'],
  ['code', /\bcode\b|\bcoding\b|\bprogramming\b|\brepos?\b|\brepository\b|\bcodebases?\b|\bsoftware engineering\b|\bcopilot\b/i, 'code'],
  ['audio', /\baudio\b|\bmusic\b|\bsongs?\b|\bspeech\b|\bvoice\b|\bpodcasts?\b/i, 'audio'],
  ['gan', /\btabular\b|\bsynthetic (?:data|records|datasets?)\b|\bfake (?:records|data|transactions)\b|\btransaction records\b/i, 'synthetic (tabular) data'],
  ['vae', /\bmolecul\w*\b|\bdrug discovery\b|\banomal\w*\b/i, 'structured, controllable generation'],
  ['multimodal', /\bmultimodal\b|\bmulti-modal\b|\bscanned\b|\binvoices?\b|\bmixed (?:media|inputs?)\b|\btext,? (?:tables?|images?) and\b/i, 'mixed inputs (multimodal)'],
];

const OPEN = /\bon[- ]?prem\w*|\bself[- ]?host\w*|\bopen[- ]?(?:source|weights?)\b|\bown (?:servers|infrastructure|hardware|gpus?)\b|\bcan'?t (?:be )?(?:shared?|sen[dt])\b|\bcannot (?:be )?(?:shared?|sen[dt])\b|\bwithout sending\b|\bprivate (?:data|repos?|codebases?|infrastructure)\b|\bno (?:third[- ]party|vendor)\b|\bdata (?:privacy|residency|sovereignty)\b|\bair[- ]?gapped\b|\bfine[- ]?tun\w* (?:it )?on (?:our|private|internal)\b|\bfree\b|\bin[- ]house\b|\blocally\b/i;
const PROPRIETARY = /\bproprietary\b|\bclosed(?:[- ]source)?\b|\bmanaged api\b|\bno infrastructure\b/i;

export function readConstraints(question: string): Constraints {
  const categories: string[] = [];
  const reasons: string[] = [];
  for (const [category, cue, label] of CATEGORY_CUES) {
    if (cue.test(question) && !categories.includes(category)) {
      categories.push(category);
      reasons.push(label);
    }
  }
  const access = OPEN.test(question) ? 'open' : PROPRIETARY.test(question) ? 'proprietary' : undefined;
  if (access === 'open') reasons.push('open weights you can self-host and fine-tune');
  if (access === 'proprietary') reasons.push('a managed proprietary API');
  const frontier = /\bfrontier\b/i.test(question);
  if (frontier) reasons.push('frontier tier');
  const cheap = /\bcheap\w*|\bbudget\b|\blow[- ]cost\b|\bleast expensive\b|\baffordable\b|\bhigh[- ]volume\b|\bcost[- ]?(?:efficient|effective)\b/i.test(question);
  if (cheap) reasons.push('low price per token');
  return { categories, ...(access ? { access } : {}), frontier, cheap, reasons };
}

/** True when a model meets every hard constraint (category, access, frontier). */
export function satisfies(model: CatalogEntry, c: Constraints): boolean {
  if (c.categories.length > 0 && !c.categories.some((cat) => model.categories.includes(cat as never))) return false;
  if (c.access && model.access !== c.access) return false;
  if (c.frontier && !model.frontier) return false;
  return true;
}
