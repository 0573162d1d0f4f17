import { describe, expect, it } from 'vitest';
import { createGuide } from '../../../src/core/index.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { buildDocx, buildPdf, paragraph } from './office-fixtures.js';
import { loadFiles } from './temp-knowledge.js';

/** A team's folder: one file of each format, each the only place its answer is written. */
async function teamFolder(): Promise<KnowledgeBase> {
  const manual = await buildPdf({
    title: 'Quokka lantern field manual',
    pages: [
      [{ text: 'Quokka lantern field manual', size: 20 }, { text: 'Charging', size: 14, gap: 36 }, ...paragraph('Charge the quokka lantern for nine hours before', 'its first trip into the hills.')],
      [{ text: 'Storage', size: 14 }, ...paragraph('Store the quokka lantern in a dry cupboard, below twenty', 'degrees, with the battery half full.')],
    ],
  });
  const handbook = await buildDocx({
    title: 'Office handbook',
    blocks: [
      { heading: 1, text: 'Visitors' },
      { bold: 'The heron ledger', text: ' is the paper book every visitor signs at the front desk.' },
      { heading: 1, text: 'Kitchen' },
      { text: 'The kitchen closes at four on Fridays for a deep clean.' },
    ],
  });
  const expenses = `<!doctype html><html><head><title>Expenses · Finance wiki</title>
    <link rel="canonical" href="https://wiki.example.com/finance/expenses"></head><body>
    <nav><a href="/">Home</a> <a href="/finance">Finance</a></nav>
    <main><h1>Expenses</h1><p>How to claim money back.</p>
    <h2 id="travel">Travel</h2><p>Train tickets for client visits are refunded in full when booked in second class.</p>
    <h2 id="meals">Meals</h2><p>A client dinner is covered up to forty euros a head.</p></main>
    <footer>Finance team</footer></body></html>`;
  return loadFiles({
    'manual.pdf': manual,
    'handbook.docx': handbook,
    'finance/expenses.html': expenses,
    'finance/old-rules.htm': '<html><body><h1>Old rules</h1><p>Fax machines were retired in the spring of the lynx year.</p></body></html>',
    'parking.markdown': '# Parking\n\nBicycles go in the basement cage behind the blue door.\n',
  });
}

function ask(kb: KnowledgeBase, question: string) {
  const answer = createGuide(kb).ask({ text: question });
  const passages = answer.sources.map((s) => kb.passages.find((p) => p.id === s.id));
  return { answer, first: answer.sources[0], passage: passages[0] };
}

describe('a folder of PDF, HTML, Word and Markdown files', () => {
  it('loads every file as a document with its own title', async () => {
    const kb = await teamFolder();
    expect(kb.problems).toEqual([]);
    expect(kb.documents.map((d) => [d.path, d.format, d.title])).toEqual([
      ['finance/expenses.html', 'html', 'Expenses'],
      ['finance/old-rules.htm', 'html', 'Old rules'],
      ['handbook.docx', 'docx', 'Office handbook'],
      ['manual.pdf', 'pdf', 'Quokka lantern field manual'],
      ['parking.markdown', 'markdown', 'Parking'],
    ]);
  });

  it('answers from a PDF, citing its section and the page the answer is on', async () => {
    const kb = await teamFolder();
    const { answer, first, passage } = ask(kb, 'Where should I store the quokka lantern?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('dry cupboard');
    expect(first).toMatchObject({ path: 'manual.pdf', title: 'Quokka lantern field manual', section: 'Storage', page: 2 });
    expect(passage?.page).toBe(2);

    const charging = ask(kb, 'How long do I charge the quokka lantern before its first trip?');
    expect(charging.answer.text).toContain('nine hours');
    expect(charging.first).toMatchObject({ path: 'manual.pdf', section: 'Charging' });
    expect(charging.passage?.page).toBe(1);
  });

  it("answers from an HTML export, citing the section's canonical link with its anchor", async () => {
    const kb = await teamFolder();
    const { answer, first } = ask(kb, 'Are train tickets for client visits refunded?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('second class');
    expect(first).toMatchObject({ path: 'finance/expenses.html', section: 'Travel', url: 'https://wiki.example.com/finance/expenses#travel' });
    expect(ask(kb, 'How much of a client dinner is covered?').first?.url).toBe('https://wiki.example.com/finance/expenses#meals');
  });

  it('answers from a Word file, by the section its heading style starts', async () => {
    const kb = await teamFolder();
    const { answer, first } = ask(kb, 'What is the heron ledger?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('front desk');
    expect(first).toMatchObject({ path: 'handbook.docx', title: 'Office handbook', section: 'Visitors' });
    expect(ask(kb, 'When does the kitchen close on Fridays?').first).toMatchObject({ path: 'handbook.docx', section: 'Kitchen' });
  });

  it('reads .htm and .markdown files as HTML and Markdown', async () => {
    const kb = await teamFolder();
    expect(ask(kb, 'When were fax machines retired?').first).toMatchObject({ path: 'finance/old-rules.htm', section: 'Old rules' });
    expect(ask(kb, 'Where do bicycles go?').first).toMatchObject({ path: 'parking.markdown', section: 'Parking' });
  });

  it('leaves navigation and footers out of what it can answer from', async () => {
    const kb = await teamFolder();
    const text = kb.passages.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Home|Finance team/);
  });
});
