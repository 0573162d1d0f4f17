/**
 * Writes a knowledge base of realistic Markdown of about `megabytes` MB into a folder: many files with
 * front matter, headings, paragraphs and lists that mix model names, figures, AI vocabulary and the
 * made-up names real team notes are full of. Deterministic: the same seed writes the same bytes.
 * The default knowledge (catalog, synonyms, articles) is copied in too, as a team would extend it.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARKS, CONCEPTS, createLexicon, createRandom, figure, MODELS, TEAMS, VERBS, type Random } from './kb-words.js';

export interface GeneratedKnowledge {
  dir: string;
  files: number;
  bytes: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One sentence of team notes (exported for the generated PDFs). */
export function sentence(rng: Random, name: () => string): string {
  const m = () => rng.pick(MODELS);
  const c = () => rng.pick(CONCEPTS);
  switch (rng.int(0, 8)) {
    case 0:
      return `${m()} ${rng.pick(VERBS)} ${m()} on ${rng.pick(BENCHMARKS)} in our ${rng.pick(TEAMS)} tests, reaching ${figure(rng)}.`;
    case 1:
      return `For ${name()}, the ${rng.pick(TEAMS)} team chose ${m()} because of its ${c()} and ${figure(rng)}.`;
    case 2:
      return `${capital(c())} matters once ${name()} serves ${rng.int(5, 900)} requests a second; we measured ${figure(rng)} with ${m()}.`;
    case 3:
      return `The ${c()} of ${m()} gives ${figure(rng)}, which ${name()} relies on for ${c()}.`;
    case 4:
      return `We moved ${name()} from ${m()} to ${m()} after problems with ${c()}; the monthly bill fell by ${rng.int(3, 70)}%.`;
    case 5:
      return `${name()} from the ${name()} account asked whether ${m()} supports ${c()}: it does, with ${figure(rng)}.`;
    case 6:
      return `In ${rng.pick(MONTHS)} ${rng.int(2023, 2026)}, ${m()} shipped with ${figure(rng)} and better ${c()}.`;
    case 7:
      return `Keep ${c()} in mind before rolling ${m()} out to ${name()}: ${figure(rng)} is typical, not guaranteed.`;
    default:
      return `${capital(c())} and ${c()} are the two things ${name()} reviewers ask about first when ${m()} is proposed.`;
  }
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(rng: Random, name: () => string): string {
  return Array.from({ length: rng.int(3, 7) }, () => sentence(rng, name)).join(' ');
}

function document(rng: Random, name: () => string, index: number): { title: string; text: string } {
  const model = rng.pick(MODELS);
  const concept = rng.pick(CONCEPTS);
  const team = rng.pick(TEAMS);
  const project = name();
  const title = rng.pick([
    `${model} for ${concept}: ${team} team evaluation`,
    `Notes on ${concept} with ${model} in ${project}`,
    `${project} post-mortem: ${concept}`,
    `Choosing a model for ${project} (${concept})`,
  ]);
  const tags = [...new Set([concept, rng.pick(CONCEPTS), team, model.toLowerCase()])];
  const lines = [
    '---',
    `title: "${title}"`,
    `tags: [${tags.map((t) => `"${t}"`).join(', ')}]`,
    'sources:',
    `  - title: "${capital(team)} team notes #${index}"`,
    `    publisher: ${project} wiki`,
    `    url: https://wiki.example.com/${team.replace(/ /g, '-')}/${index}`,
    `    date: "${rng.int(2023, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}"`,
    '---',
    '',
    `# ${title}`,
    '',
    paragraph(rng, name),
    '',
  ];
  for (let s = rng.int(4, 11); s > 0; s--) {
    lines.push(`## ${capital(rng.pick(CONCEPTS))} ${rng.pick(['with', 'for', 'versus', 'in'])} ${rng.pick(MODELS)}`, '');
    for (let p = rng.int(1, 3); p > 0; p--) lines.push(paragraph(rng, name), '');
    if (rng.next() < 0.4) {
      lines.push(`### ${capital(rng.pick(CONCEPTS))} checklist`, '');
      for (let i = rng.int(2, 5); i > 0; i--) lines.push(`- **${capital(rng.pick(CONCEPTS))}**: ${sentence(rng, name)}`);
      lines.push('');
    }
  }
  return { title, text: lines.join('\n') };
}

/** Writes the knowledge base into `dir` (created if needed). */
export function generateKnowledge(dir: string, megabytes: number, options: { seed?: number; defaultKnowledge?: string } = {}): GeneratedKnowledge {
  const rng = createRandom(options.seed ?? 42);
  const lexicon = createLexicon(rng, 20_000);
  const name = () => lexicon[rng.zipf(lexicon.length)]!;
  mkdirSync(dir, { recursive: true });
  if (options.defaultKnowledge) cpSync(options.defaultKnowledge, join(dir, 'default'), { recursive: true });
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let files = 0;
  while (bytes < target) {
    const folder = join(dir, 'team-notes', rng.pick(TEAMS).replace(/ /g, '-'), String(Math.floor(files / 250)).padStart(3, '0'));
    const doc = document(rng, name, files);
    const slug = doc.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(files).padStart(6, '0')}-${slug}.md`), doc.text);
    bytes += Buffer.byteLength(doc.text);
    files += 1;
  }
  return { dir, files, bytes };
}
