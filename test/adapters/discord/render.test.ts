import { describe, expect, it } from 'vitest';
import { feedbackCustomId, parseCustomId, suggestionCustomId } from '../../../src/adapters/discord/actions.js';
import { DISCORD_LIMITS, splitText } from '../../../src/adapters/discord/limits.js';
import { embedLength, MAX_ANSWER_MESSAGES, renderAnswer, renderSources, sourceLine, TRIMMED_NOTE } from '../../../src/adapters/discord/render.js';
import type { Answer } from '../../../src/core/types.js';

const answer = (text: string, extra: Partial<Answer> = {}): Answer => ({
  question: 'q',
  kind: 'explanation',
  answered: true,
  text,
  sources: [],
  suggestions: [],
  ...extra,
});

function expectWithinLimits(messages: ReturnType<typeof renderAnswer>): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(message.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    for (const embed of message.embeds) {
      expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
      for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
  }
}

describe('Discord rendering', () => {
  it('splits text at paragraph, then line, then word breaks, never over the limit', () => {
    expect(splitText('aaa\n\nbbb ccc', 8)).toEqual(['aaa', 'bbb ccc']);
    expect(splitText('aaaa bbbb\ncccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(splitText('', 10)).toEqual(['']);
  });

  it('never cuts an emoji in half', () => {
    const chunks = splitText(`${'a'.repeat(9)}😀`, 10);
    expect(chunks).toEqual(['a'.repeat(9), '😀']);
  });

  it('writes sources as Markdown links when they have a web address, else "title › section"', () => {
    expect(sourceLine({ id: '1', title: 'Reasoning [models]', section: 'Cost', url: 'https://x.org/a (b)', path: 'a.md' })).toBe(
      '[Reasoning \\[models\\] › Cost](https://x.org/a%20%28b%29)',
    );
    expect(sourceLine({ id: '2', title: 'Catalog', section: '', path: 'c.yaml' })).toBe('Catalog');
    expect(sourceLine({ id: '3', title: 'Catalog', section: 'Pricing', url: 'javascript:alert(1)', path: 'c.yaml' })).toBe('Catalog › Pricing');
  });

  it('names the page of a PDF source', () => {
    expect(sourceLine({ id: '4', title: 'Handbook', section: 'Storage', page: 2, path: 'handbook.pdf' })).toBe('Handbook › Storage (p. 2)');
  });

  it('cuts a long list of sources and says how many were left out', () => {
    const sources = Array.from({ length: 80 }, (_, i) => ({ id: `${i}`, title: `Source number ${i} with a fairly long title`, section: 'Section', path: `${i}.md` }));
    const fields = renderSources(sources);
    const text = fields.map((f) => f.value).join('\n');
    const shown = text.split('\n').filter((l) => l.startsWith('- Source')).length;
    expect(text).toContain(`- … and ${80 - shown} more`);
    expect(fields[0]!.name).toBe('Sources');
  });

  it('keeps a 15 000-character answer with 60 sources within every Discord limit, nothing lost', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}. ${'word '.repeat(95)}`.trim()).join('\n\n');
    const sources = Array.from({ length: 60 }, (_, i) => ({ id: `${i}`, title: `Title ${i}`, section: 'S', url: `https://e.org/${i}`, path: 'p' }));
    const messages = renderAnswer(answer(text, { sources, suggestions: ['a?', 'b?'] }), 'abc');
    expect(messages.length).toBeGreaterThan(1);
    expectWithinLimits(messages);
    const joined = messages.map((m) => m.embeds[0]!.description).join(' ');
    expect(joined.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(messages.slice(0, -1).every((m) => m.components.length === 0 && !m.embeds[0]!.footer)).toBe(true);
    expect(messages.at(-1)!.components).toHaveLength(2);
  });

  it(`trims an answer that would need more than ${MAX_ANSWER_MESSAGES} messages, and says so`, () => {
    const messages = renderAnswer(answer('word '.repeat(10_000)), 'abc');
    expect(messages).toHaveLength(MAX_ANSWER_MESSAGES);
    expectWithinLimits(messages);
    expect(messages.at(-1)!.embeds[0]!.description!.endsWith(TRIMMED_NOTE)).toBe(true);
  });

  it('renders at most three suggestion buttons, with labels cut to 80 characters', () => {
    const long = `${'very '.repeat(30)}long question?`;
    const [message] = renderAnswer(answer('hi', { suggestions: [long, 'b?', 'c?', 'd?'] }), 'abc');
    const [suggestions, feedback] = message!.components;
    expect(suggestions!.components).toHaveLength(3);
    const first = suggestions!.components[0] as { label: string };
    expect(first.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    expect(first.label.endsWith('…')).toBe(true);
    expect(feedback!.components).toHaveLength(2);
  });

  it('round-trips button ids and reads no other bot\'s', () => {
    expect(parseCustomId(suggestionCustomId('AbC-_9', 2))).toEqual({ type: 'suggestion', answerId: 'AbC-_9', index: 2 });
    expect(parseCustomId(feedbackCustomId('AbC-_9', 'down'))).toEqual({ type: 'feedback', answerId: 'AbC-_9', vote: 'down' });
    expect(parseCustomId('other-bot:thing')).toBeNull();
    expect(parseCustomId('mg:s:AbC:x')).toBeNull();
  });
});
