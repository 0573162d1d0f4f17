import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, link, markdownToMrkdwn, slackToPlain } from '../../../src/adapters/slack/mrkdwn.js';
import { splitMrkdwn, truncateMrkdwn } from '../../../src/adapters/slack/split.js';

describe('escapeMrkdwn', () => {
  it('defuses broadcast and user mentions and ampersands', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> Q&A')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; Q&amp;A');
  });
});

describe('markdownToMrkdwn', () => {
  it('converts bold, italic, strikethrough and headings', () => {
    expect(markdownToMrkdwn('**bold** and *italic* and ~~gone~~')).toBe('*bold* and _italic_ and ~gone~');
    expect(markdownToMrkdwn('## Pricing')).toBe('*Pricing*');
  });

  it('turns Markdown links into <url|text>, escaping the text before adding the link syntax', () => {
    expect(markdownToMrkdwn('see [Q&A <!here>](https://example.org/a?b=1&c=2)')).toBe(
      'see <https://example.org/a?b=1&amp;c=2|Q&amp;A &lt;!here&gt;>',
    );
  });

  it('leaves underscores and asterisks inside link targets alone', () => {
    expect(markdownToMrkdwn('[x](https://example.org/a_b_c*d)')).toBe('<https://example.org/a_b_c*d|x>');
  });

  it('does not turn links to other schemes into Slack links', () => {
    expect(markdownToMrkdwn('[run](javascript:alert(1))')).toBe('[run](javascript:alert(1))');
  });

  it('turns "- " and "* " list items into bullets, keeping nesting', () => {
    expect(markdownToMrkdwn('- one\n  - two\n* three\n1. four')).toBe('• one\n  • two\n• three\n1. four');
  });

  it('keeps code spans and fenced blocks as they are, but escaped', () => {
    expect(markdownToMrkdwn('`**x** <y>`')).toBe('`**x** &lt;y&gt;`');
    expect(markdownToMrkdwn('```\n- **a** <b>\n```')).toBe('```\n- **a** &lt;b&gt;\n```');
  });

  it('cannot be tricked by placeholder characters in the input', () => {
    expect(markdownToMrkdwn('a\u00000\u0000b **c**')).toBe('a0b *c*');
  });
});

describe('link', () => {
  it('links only usable http(s) urls', () => {
    expect(link('https://example.org/?a=1&b=2', 'Docs')).toBe('<https://example.org/?a=1&amp;b=2|Docs>');
    expect(link('https://example.org/a|b', 'Docs')).toBe('Docs');
    expect(link(undefined, 'Docs')).toBe('Docs');
  });
});

describe('slackToPlain', () => {
  it('drops the bot mention and reads the rest as typed', () => {
    expect(slackToPlain('<@UBOT> is Q&amp;A &lt;fast&gt;?', 'UBOT')).toBe('is Q&A <fast>?');
  });

  it('turns other mentions, channels and links into readable text', () => {
    expect(slackToPlain('ask <@U1|ann> in <#C1|general> about <https://x.org|docs> and <!here>')).toBe(
      'ask @ann in #general about docs and @here',
    );
    expect(slackToPlain('<!subteam^S1|@ml-team> see <https://x.org>')).toBe('@ml-team see https://x.org');
  });
});

describe('splitMrkdwn', () => {
  it('splits at paragraph boundaries into pieces within the limit', () => {
    const text = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60)].join('\n\n');
    expect(splitMrkdwn(text, 130)).toEqual([`${'a'.repeat(60)}\n\n${'b'.repeat(60)}`, 'c'.repeat(60)]);
  });

  it('never cuts inside a link or an entity', () => {
    const text = `${'word '.repeat(18)}<https://example.org/${'p'.repeat(30)}|docs> &amp; more`;
    for (const piece of splitMrkdwn(text, 100)) {
      expect(piece.length).toBeLessThanOrEqual(100);
      expect((piece.match(/</g) ?? []).length).toBe((piece.match(/>/g) ?? []).length);
      expect(piece).not.toMatch(/&[a-z]*$/);
    }
    expect(splitMrkdwn(text, 100).join(' ')).toBe(text);
  });

  it('hard-cuts a single word longer than the limit', () => {
    expect(splitMrkdwn('x'.repeat(250), 100).map((p) => p.length)).toEqual([100, 100, 50]);
  });

  it('truncates with an ellipsis within the limit', () => {
    const cut = truncateMrkdwn('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
  });
});
