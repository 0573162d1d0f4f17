import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/knowledge/types.js';
import { buildPdf, paragraph } from './office-fixtures.js';
import { loadFiles } from './temp-knowledge.js';

async function loadPdf(spec: Parameters<typeof buildPdf>[0]) {
  const kb = await loadFiles({ 'doc.pdf': await buildPdf(spec) });
  return { kb, document: kb.documents[0], passages: kb.passages };
}

const outline = (passages: readonly Passage[]) => passages.map((p) => ({ headings: p.headings, page: p.page, text: p.text }));

describe('PDF documents', () => {
  it('makes sections of the lines set larger than the body, nested by size', async () => {
    const { passages } = await loadPdf({
      pages: [[
        { text: 'Harbour guide', size: 22 },
        { text: 'Moorings', size: 15, gap: 34 },
        ...paragraph('Boats under ten metres moor on the east pontoon.'),
        { text: 'Fees', size: 12.5, gap: 30 },
        ...paragraph('A night costs twelve shells.'),
      ]],
    });
    expect(outline(passages)).toEqual([
      { headings: ['Harbour guide', 'Moorings'], page: 1, text: 'Boats under ten metres moor on the east pontoon.' },
      { headings: ['Harbour guide', 'Moorings', 'Fees'], page: 1, text: 'A night costs twelve shells.' },
    ]);
  });

  it('takes the title from the metadata, else the first heading', async () => {
    const spec = { pages: [[{ text: 'Harbour guide', size: 22 }, ...paragraph('Visiting boats report to the harbour master on arrival.')]] };
    expect((await loadPdf({ ...spec, title: 'Port rules 2025' })).document?.title).toBe('Port rules 2025');
    expect((await loadPdf(spec)).document?.title).toBe('Harbour guide');
    // Titles that tools fill in by themselves name nothing.
    expect((await loadPdf({ ...spec, title: 'Microsoft Word - Document1' })).document?.title).toBe('Harbour guide');
  });

  it('joins wrapped lines into paragraphs, mending hyphenated words, and keeps bullets as list items', async () => {
    const { passages } = await loadPdf({
      pages: [[
        { text: 'Rules', size: 16 },
        ...paragraph('Swimming in the basin is allowed only with a life-', 'jacket and a friend.'),
        ...paragraph('Second paragraph here.'),
        { text: '• keep dogs on a lead', gap: 20 },
        { text: '• no fires on the quay', gap: 14 },
      ]],
    });
    expect(passages.map((p) => p.text)).toEqual([
      'Swimming in the basin is allowed only with a lifejacket and a friend.\n\nSecond paragraph here.\n\n- keep dogs on a lead\n- no fires on the quay',
    ]);
  });

  it('cites the page each part of a section starts on, and keeps a sentence that runs onto the next page whole', async () => {
    const { passages } = await loadPdf({
      pages: [
        [{ text: 'Tides', size: 16 }, ...paragraph('High tide comes twice a day.'), ...paragraph('At spring tides the water rises')],
        [...paragraph('over the lower steps.'), ...paragraph('Neap tides are gentler.')],
      ],
    });
    expect(outline(passages)).toEqual([
      { headings: ['Tides'], page: 1, text: 'High tide comes twice a day.\n\nAt spring tides the water rises over the lower steps.' },
      { headings: ['Tides'], page: 2, text: 'Neap tides are gentler.' },
    ]);
  });

  it('uses numbered headings when the whole document is in one size', async () => {
    const { passages } = await loadPdf({
      pages: [[
        { text: '1 Scope' },
        ...paragraph('This policy covers the north yard.'),
        { text: '1.1 Visitors', gap: 24 },
        ...paragraph('Visitors wear orange vests.'),
        { text: '2 Contacts', gap: 24 },
        ...paragraph('Call the yard office.'),
      ]],
    });
    expect(passages.map((p) => p.headings)).toEqual([['1 Scope'], ['1 Scope', '1.1 Visitors'], ['2 Contacts']]);
  });

  it('makes one section per page when there are no headings at all', async () => {
    const { passages } = await loadPdf({ pages: [paragraph('The first page says one thing.'), paragraph('The second page says another.')] });
    expect(outline(passages)).toEqual([
      { headings: ['Page 1'], page: 1, text: 'The first page says one thing.' },
      { headings: ['Page 2'], page: 2, text: 'The second page says another.' },
    ]);
  });

  it('drops page numbers and the running header repeated on every page', async () => {
    const page = (n: number, body: string) => [{ text: 'Harbour guide · internal', size: 9 }, { text: `Part ${n}`, size: 16 }, ...paragraph(body), { text: String(n), size: 9, gap: 400 }];
    const { passages } = await loadPdf({ pages: [page(1, 'Cranes lift at dawn.'), page(2, 'Cargo waits in shed four.'), page(3, 'Pilots board at the buoy.')] });
    expect(passages.map((p) => [p.section, p.page, p.text])).toEqual([
      ['Part 1', 1, 'Cranes lift at dawn.'],
      ['Part 2', 2, 'Cargo waits in shed four.'],
      ['Part 3', 3, 'Pilots board at the buoy.'],
    ]);
  });
});
