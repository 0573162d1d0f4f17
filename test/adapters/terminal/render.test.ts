import { describe, expect, it } from 'vitest';
import { renderAnswer, toPlainText } from '../../../src/adapters/terminal/render.js';
import type { Answer } from '../../../src/core/types.js';

describe('terminal rendering', () => {
  it('turns light Markdown into plain text', () => {
    const markdown = [
      '## Reasoning models',
      'A **reasoning model** thinks *before* it answers; see [the article](https://example.com/a).',
      '- `o3` by OpenAI',
      '* Claude 4.5 Sonnet',
    ].join('\n');
    expect(toPlainText(markdown)).toBe(
      [
        'Reasoning models',
        'A reasoning model thinks before it answers; see the article (https://example.com/a).',
        '• o3 by OpenAI',
        '• Claude 4.5 Sonnet',
      ].join('\n'),
    );
  });

  it('leaves snake_case words and lone asterisks alone', () => {
    expect(toPlainText('context_window is 200k * 2')).toBe('context_window is 200k * 2');
  });

  it('shows the answer, then its sources, then numbered follow-ups', () => {
    const answer: Answer = {
      question: 'What is a reasoning model?',
      kind: 'definition',
      answered: true,
      text: 'A **reasoning model** plans before answering.',
      sources: [
        { id: 'a#1', title: 'Model types', section: 'Reasoning models', path: 'model-types.md', url: 'https://example.com/types' },
        { id: 'b#1', title: 'Glossary', section: 'Glossary', path: 'glossary.md' },
      ],
      suggestions: ['Which reasoning models are there?', 'What does a reasoning model cost?'],
    };
    expect(renderAnswer(answer)).toBe(
      [
        'A reasoning model plans before answering.',
        '',
        'Sources:',
        '  Model types › Reasoning models (https://example.com/types)',
        '  Glossary (glossary.md)',
        '',
        'You could also ask (type the number):',
        '  1. Which reasoning models are there?',
        '  2. What does a reasoning model cost?',
      ].join('\n'),
    );
  });

  it('shows only the text when there are no sources or follow-ups', () => {
    const answer: Answer = { question: 'x', kind: 'no_answer', answered: false, text: "I don't know that one.", sources: [], suggestions: [] };
    expect(renderAnswer(answer)).toBe("I don't know that one.");
  });
});
