import { describe, expect, it } from 'vitest';
import { buildDocx } from './office-fixtures.js';
import { loadFiles, problemLines } from './temp-knowledge.js';

async function loadPage(html: string, name = 'page.html') {
  const kb = await loadFiles({ [name]: html });
  return { kb, document: kb.documents[0], passages: kb.passages };
}

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('HTML documents', () => {
  it('drops navigation, site header and footer, scripts, styles, hidden parts and cookie banners', async () => {
    const { passages } = await loadPage(
      page(
        '<title>Moving desks</title><style>body { color: red }</style>',
        `<header class="site-header"><a href="/">Intranet</a></header>
        <div id="onetrust-consent-sdk"><p>We use cookies to improve your visit.</p><button>Accept all</button></div>
        <div class="breadcrumbs">Home › Facilities</div>
        <h1>Moving desks</h1><p>Ask facilities two days ahead to move a desk.</p>
        <p hidden>Draft note nobody should see.</p><div style="display: none">Also hidden.</div>
        <aside>Related pages</aside><script>window.track("visit")</script><noscript>Enable scripts</noscript>
        <footer>Contact the web team</footer>`,
      ),
    );
    expect(passages.map((p) => p.text)).toEqual(['Ask facilities two days ahead to move a desk.']);
  });

  it('reads only the main content of a page that marks it, keeping its own header', async () => {
    const { document, passages } = await loadPage(
      page(
        '<title>Space : Release checklist</title>',
        `<div id="main-header"><div id="breadcrumb-section">Space / Engineering</div></div>
        <div id="main-content" class="wiki-content"><h2>Before</h2><p>Freeze the branch on Tuesday.</p><h2>After</h2><p>Post the notes in the channel.</p></div>
        <div id="footer">Printed by the wiki</div>`,
      ),
    );
    expect(document?.title).toBe('Space : Release checklist');
    expect(passages.map((p) => [p.section, p.text])).toEqual([
      ['Before', 'Freeze the branch on Tuesday.'],
      ['After', 'Post the notes in the channel.'],
    ]);
  });

  it('takes the first h1 as the title when <title> only adds a site name to it, and reads a lone <article>', async () => {
    const { document, passages } = await loadPage(
      page('<title>Parental leave | People Hub</title>', '<nav>Menu</nav><article class="page"><header><h1 class="page-title">Parental leave</h1></header><div class="page-body"><p>Twenty weeks, paid in full.</p></div></article>'),
    );
    expect(document?.title).toBe('Parental leave');
    expect(passages.map((p) => [p.headings, p.text])).toEqual([[['Parental leave'], 'Twenty weeks, paid in full.']]);
  });

  it('cites the canonical link, with the anchor of the nearest heading that has one', async () => {
    const { document, passages } = await loadPage(
      page(
        '<title>Setup</title><link rel="canonical" href="https://docs.example.org/guide/setup">',
        '<p>Intro before any heading.</p><h2 id="install">Install</h2><p>Run the installer.</p><h3>On Linux</h3><p>Use the tarball.</p><h2><a name="upgrade"></a>Upgrade</h2><p>Back up first.</p>',
      ),
    );
    expect(document?.url).toBe('https://docs.example.org/guide/setup');
    expect(passages.map((p) => [p.section, p.url])).toEqual([
      ['Setup', 'https://docs.example.org/guide/setup'],
      ['Install', 'https://docs.example.org/guide/setup#install'],
      ['On Linux', 'https://docs.example.org/guide/setup#install'],
      ['Upgrade', 'https://docs.example.org/guide/setup#upgrade'],
    ]);
  });

  it('turns lists into one item a line and tables into rows labelled by their headers', async () => {
    const { passages } = await loadPage(
      page(
        '',
        `<h1>Rooms</h1><ul><li>Ask at reception</li><li><p>Bring your badge</p></li></ul><ol><li>Book</li><li>Confirm</li></ol>
        <table><thead><tr><th>Room</th><th>Seats</th></tr></thead><tbody><tr><td>Puffin</td><td>8</td></tr><tr><td>Gannet</td><td>14</td></tr></tbody></table>`,
      ),
    );
    expect(passages.map((p) => p.text)).toEqual(['- Ask at reception\n- Bring your badge\n\n1. Book\n2. Confirm\n\nRoom: Puffin; Seats: 8\nRoom: Gannet; Seats: 14']);
  });

  it('keeps bold terms, so a paragraph opening with one defines it', async () => {
    const { passages } = await loadPage(page('', '<h1>Glossary</h1><p><strong>Gull time</strong> is the quiet hour after lunch.</p>'));
    expect(passages[0]?.text).toBe('**Gull time** is the quiet hour after lunch.');
    expect(passages[0]?.defines).toContain('gull time');
  });

  it('reports a page that is empty or all navigation, and never stops on odd markup', async () => {
    const kb = await loadFiles({
      'blank.html': '<html><body>   </body></html>',
      'odd.htm': '<p>Unclosed <b>tags <i>everywhere<div>and a stray </span> end',
      'keep.md': '# Keep\n\nText.\n',
    });
    expect(problemLines(kb)).toEqual(['warning: blank.html: no text to index; skipped']);
    // Read as a browser shows it: the unclosed <b> carries on into the <div>.
    expect(kb.passages.find((p) => p.path === 'odd.htm')?.text).toBe('Unclosed **tags everywhere**\n\n**and a stray end**');
  });
});

describe('Word documents', () => {
  it('reads headings from Word heading styles and the title from the file properties, else the first heading', async () => {
    const blocks = [
      { heading: 1 as const, text: 'Travel' },
      { text: 'Trains over four hours may be first class.' },
      { heading: 2 as const, text: 'Hotels' },
      { bold: 'A partner hotel', text: ' is one the travel desk has a rate with.' },
    ];
    const withTitle = await loadFiles({ 'policy.docx': await buildDocx({ title: 'Travel policy', blocks }) });
    expect(withTitle.documents[0]?.title).toBe('Travel policy');
    expect(withTitle.passages.map((p) => [p.headings, p.text])).toEqual([
      [['Travel'], 'Trains over four hours may be first class.'],
      [['Travel', 'Hotels'], '**A partner hotel** is one the travel desk has a rate with.'],
    ]);
    expect(withTitle.passages[1]?.defines).toContain('partner hotel');
    const untitled = await loadFiles({ 'policy.docx': await buildDocx({ blocks }) });
    expect(untitled.documents[0]?.title).toBe('Travel');
  });
});
