import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/types.js';
import { decodeFeedback, decodeShare, decodeSuggestion, type FollowUp } from '../../../src/adapters/slack/action-values.js';
import { SLACK_LIMITS } from '../../../src/adapters/slack/blocks.js';
import { EXAMPLE_QUESTIONS, renderHelp } from '../../../src/adapters/slack/help.js';
import { renderAnswer, renderNotice, SHORTENED_NOTE } from '../../../src/adapters/slack/render.js';
import { HUGE_TEXT, PING_TEXT, SOURCES, SUGGESTIONS } from './helpers/fake-guide.js';
import { buttonsOf, contextsOf, sectionsOf } from './helpers/harness.js';

const thread: FollowUp = { key: 'C1:1700.1', to: { kind: 'post', channel: 'C1', threadTs: '1700.1' } };

function answerOf(fields: Partial<Answer> = {}): Answer {
  return { question: 'what is a reasoning model?', kind: 'definition', answered: true, text: 'A model that **thinks**.', sources: SOURCES, suggestions: SUGGESTIONS, ...fields };
}

describe('renderAnswer', () => {
  it('renders the answer, its sources, three suggestions and feedback buttons, with a text fallback', () => {
    const message = renderAnswer({ answer: answerOf(), answerId: 'ans1', followUp: thread });
    expect(message.text).toBe('A model that *thinks*.');
    expect(sectionsOf(message.blocks)).toEqual(['A model that *thinks*.']);
    expect(contextsOf(message.blocks)).toEqual([
      '📚 <https://example.org/reasoning?x=1&amp;y=2|Reasoning models › Overview> · Model catalog › o3',
    ]);
    const buttons = buttonsOf(message.blocks);
    expect(buttons.map((b) => b.text.text)).toEqual(['What is a GAN?', 'GAN vs diffusion?', 'Which model for images on-prem?', '👍', '👎']);
    expect(decodeSuggestion(buttons[1]!.value)).toEqual({ question: 'GAN vs diffusion?', followUp: thread });
    expect(decodeFeedback(buttons[3]!.value)).toEqual({
      a: 'ans1',
      q: 'what is a reasoning model?',
      h: expect.stringMatching(/^[0-9a-f]{12}$/),
      kind: 'definition',
      s: ['reasoning#overview', 'catalog:o3'],
    });
  });

  it('adds a primary Share button carrying the kept answer id and the question', () => {
    const message = renderAnswer({ answer: answerOf(), answerId: 'abc', followUp: { key: 'cmd:U1:1', to: { kind: 'respond' } }, shareable: true });
    const share = buttonsOf(message.blocks).find((b) => b.action_id === 'share_answer')!;
    expect(share.text.text).toBe('Share in channel');
    expect(share.style).toBe('primary');
    expect(decodeShare(share.value)).toEqual({
      question: 'what is a reasoning model?',
      answerId: 'abc',
      followUp: { key: 'cmd:U1:1', to: { kind: 'respond' } },
    });
  });

  it('escapes knowledge text and sources so nothing becomes a ping', () => {
    const source = { id: 'p', title: 'Escaping <!here>', section: 'A & B <@U9>', url: 'https://example.org/?a=1&b=2', path: 'p.md' };
    const message = renderAnswer({ answer: answerOf({ text: PING_TEXT, sources: [source] }), answerId: 'a1', followUp: thread });
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U123>|<@U9>/);
    expect(sectionsOf(message.blocks)[0]).toBe(
      'Heads up &lt;!channel&gt; and &lt;!here&gt;: ask &lt;@U123&gt; about Q&amp;A. See *the docs* at <https://example.org/a?b=1&amp;c=2|guide>.',
    );
    expect(contextsOf(message.blocks)[0]).toBe('📚 <https://example.org/?a=1&amp;b=2|Escaping &lt;!here&gt; › A &amp; B &lt;@U9&gt;>');
    expect(message.text).toContain('&lt;!channel&gt;');
  });

  it('credits the asker with a mention built from the Slack user id only', () => {
    const message = renderAnswer({ answer: answerOf({ question: 'why <!channel>?' }), answerId: 'a1', followUp: thread, askedBy: 'U061F7AUR' });
    expect(contextsOf(message.blocks)[0]).toBe('<@U061F7AUR> asked: why &lt;!channel&gt;?');
    const forged = renderAnswer({ answer: answerOf(), answerId: 'a1', followUp: thread, askedBy: '!channel' });
    expect(JSON.stringify(forged)).not.toContain('!channel');
  });

  it('splits an over-long answer into sections within Slack limits and says it was shortened', () => {
    const long = 'Q'.repeat(2000).replace(/Q/g, (_, i: number) => (i % 7 ? 'q' : '"'));
    const message = renderAnswer({
      answer: answerOf({ text: HUGE_TEXT, question: long, suggestions: SUGGESTIONS.map((s) => s.repeat(20)), sources: Array(40).fill(SOURCES[0]).map((s, i) => ({ ...s, section: `Part ${i}` })) }),
      followUp: { key: 'cmd:U1:1', to: { kind: 'respond' } },
      answerId: 'abcdefabcdef1',
      shareable: true,
      askedBy: 'U061F7AUR',
    });
    const sections = sectionsOf(message.blocks);
    expect(sections.length).toBeGreaterThan(1);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    expect(sections.join('').length).toBeLessThanOrEqual(SLACK_LIMITS.answerText);
    expect(sections[0]!.startsWith('Paragraph 1: diffusion models denoise step by step &amp; GANs')).toBe(true);
    expect(contextsOf(message.blocks)).toContain(SHORTENED_NOTE);
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks).length).toBeLessThan(11_000);
    for (const b of buttonsOf(message.blocks)) {
      expect(b.value.length).toBeLessThanOrEqual(2000);
      expect(b.text.text.length).toBeLessThanOrEqual(75);
    }
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(contextsOf(message.blocks).at(-1)).toMatch(/and \d+ more$/);
  });

  it('renders a notice as escaped text only', () => {
    expect(renderNotice('Too long <!here> & more')).toEqual({ text: 'Too long &lt;!here&gt; &amp; more' });
  });
});

describe('help', () => {
  it('explains the command and offers the example questions as buttons', () => {
    const message = renderHelp('/ask', { key: 'cmd:U1:2', to: { kind: 'respond' } });
    expect(message.text).toContain('`/ask <question>`: a private answer, with a button to share it in the channel');
    for (const q of EXAMPLE_QUESTIONS) expect(message.text).toContain(`• ${q}`);
    expect(buttonsOf(message.blocks).map((b) => decodeSuggestion(b.value)?.question)).toEqual([...EXAMPLE_QUESTIONS]);
  });
});
