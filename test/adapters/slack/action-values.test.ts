import { describe, expect, it } from 'vitest';
import {
  BUTTON_VALUE_MAX,
  decodeFeedback,
  decodeShare,
  decodeSuggestion,
  encodeShare,
  encodeSuggestion,
} from '../../../src/adapters/slack/action-values.js';

describe('button values', () => {
  it('round-trips a suggestion answered in a thread', () => {
    const followUp = { key: 'C1:1700.1', to: { kind: 'post' as const, channel: 'C1', threadTs: '1700.1' } };
    expect(decodeSuggestion(encodeSuggestion('GAN vs diffusion?', followUp))).toEqual({ question: 'GAN vs diffusion?', followUp });
  });

  it('stays within Slack’s 2,000 characters even for questions full of characters JSON escapes', () => {
    const question = '"\\'.repeat(1000);
    const value = encodeShare(question, 'id', { key: 'cmd:U1:1', to: { kind: 'respond' } });
    expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
    expect(decodeShare(value)?.question.startsWith('"\\"\\')).toBe(true);
  });

  it('reads malformed or forged values as nothing rather than throwing', () => {
    for (const value of [undefined, '', 'not json', '{}', '{"q":""}', '{"q":"x","k":"' + 'k'.repeat(300) + '"}', '[1]']) {
      expect(decodeSuggestion(value)).toBeUndefined();
      expect(decodeShare(value)).toBeUndefined();
      expect(decodeFeedback(value)).toBeUndefined();
    }
  });
});
