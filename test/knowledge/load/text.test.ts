import { describe, expect, it } from 'vitest';
import { loadFiles, passagesOf } from './temp-knowledge.js';

describe('loading plain text', () => {
  it('takes a short first line as the title and splits at heading-like lines', async () => {
    const text = [
      'What is a model?',
      '',
      'A model is a program whose behaviour was learned from data.',
      '',
      'What is a "model family"?',
      '',
      'A training run produces one base model, released in several sizes.',
      'How a Model Learns',
      'Training shows the model examples. The error is measured by a loss function.',
      'Type 2: Diffusion models',
      'Diffusion models remove noise step by step.',
    ].join('\n');
    const kb = await loadFiles({ 'model.txt': text });
    expect(kb.documents[0]).toMatchObject({ title: 'What is a model?', format: 'text' });
    expect(passagesOf(kb, 'model.txt').map((p) => [p.headings, p.text, p.defines])).toEqual([
      [['What is a model?'], 'A model is a program whose behaviour was learned from data.', ['model']],
      [['What is a model?', 'What is a "model family"?'], 'A training run produces one base model, released in several sizes.', ['model family']],
      [['What is a model?', 'How a Model Learns'], 'Training shows the model examples. The error is measured by a loss function.', []],
      [['What is a model?', 'Type 2: Diffusion models'], 'Diffusion models remove noise step by step.', ['diffusion models']],
    ]);
  });

  it('does not take sentences, list items or lines ending with a colon for headings', async () => {
    const text = [
      'Notes on training',
      '',
      'Roughly, one step of training goes like this:',
      '- The network guesses an answer',
      '- The guess gets scored',
      'Do that again and again.',
      'Every nudge stays small.',
    ].join('\n');
    const passages = passagesOf(await loadFiles({ 'notes.txt': text }), 'notes.txt');
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe(
      'Roughly, one step of training goes like this:\n\n- The network guesses an answer\n- The guess gets scored\n\nDo that again and again.\n\nEvery nudge stays small.',
    );
  });

  it('nests sentence-case headings under Title Case ones', async () => {
    const text = [
      'A Guide',
      '',
      'What Are Generative AI Models?',
      '',
      'They produce new content.',
      '',
      'How generative models differ from traditional ones',
      '',
      'Traditional models classify.',
      '',
      'How Do You Choose?',
      '',
      'Start from the output type.',
    ].join('\n');
    const passages = passagesOf(await loadFiles({ 'guide.txt': text }), 'guide.txt');
    expect(passages.map((p) => p.headings)).toEqual([
      ['A Guide', 'What Are Generative AI Models?'],
      ['A Guide', 'What Are Generative AI Models?', 'How generative models differ from traditional ones'],
      ['A Guide', 'How Do You Choose?'],
    ]);
  });

  it('joins hard-wrapped lines back into paragraphs instead of reading them as headings', async () => {
    const text = 'Wrapped\n\nBig text models learn by reading huge piles of\nwritten material and guessing each next word.\n\nSecond paragraph.\n';
    const [passage] = passagesOf(await loadFiles({ 'wrapped.txt': text }), 'wrapped.txt');
    expect(passage!.text).toBe('Big text models learn by reading huge piles of written material and guessing each next word.\n\nSecond paragraph.');
  });

  it('splits a text without headings into paragraph chunks, titled after the file', async () => {
    const paragraph = (n: number) => `Paragraph ${n} ${'text '.repeat(100).trim()}.`;
    const text = Array.from({ length: 6 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const kb = await loadFiles({ 'plain-notes': text });
    expect(kb.documents[0]).toMatchObject({ title: 'Plain notes', format: 'text' });
    const passages = passagesOf(kb, 'plain-notes');
    expect(passages.length).toBe(3);
    expect(passages.every((p) => p.headings.length === 0 && p.section === 'Plain notes')).toBe(true);
    expect(passages.map((p) => p.text.slice(0, 12))).toEqual(['Paragraph 1 ', 'Paragraph 3 ', 'Paragraph 5 ']);
  });

  it('turns pipe tables with a broken separator into labelled rows kept with their heading', async () => {
    const text = [
      'Parameters',
      '',
      'The Parameters Inside Every Model',
      'Each parameter is a number.',
      '| Model Size | Parameters | Typical Use Case |',
      '|---|',
      '| Tiny | under 1B | Phones, quick replies, short digests |',
      '| Frontier | 200B+ | Labs |',
      'A larger model is not a better fit for every job.',
    ].join('\n');
    const [passage] = passagesOf(await loadFiles({ 'p.txt': text }), 'p.txt');
    expect(passage!.section).toBe('The Parameters Inside Every Model');
    expect(passage!.text).toBe(
      [
        'Each parameter is a number.',
        'Model Size: Tiny; Parameters: under 1B; Typical Use Case: Phones, quick replies, short digests\nModel Size: Frontier; Parameters: 200B+; Typical Use Case: Labs',
        'A larger model is not a better fit for every job.',
      ].join('\n\n'),
    );
  });

  it('gives run-together table cells their word boundaries back and labels them from the header', async () => {
    const text = [
      'Leading models',
      '',
      'Top large language models',
      '',
      'OpenAI and DeepSeek publish models. GPT-5 and DeepSeek v3.2 are examples named here.',
      '',
      'ModelDeveloperTypeContext WindowEnterprise API SharePrimary Strength',
      'GPT-5OpenAIProprietary128K tokens27%Careful multi-step reasoning; top AIME 2025 score',
      'Claude 4.5 SonnetAnthropicProprietary200K tokens40%#1 for team coding; 70.6% SWE-bench',
      'DeepSeek v3.2DeepSeekOpen Source128K tokensN/APopular open weights; 9.4M HF pulls/month',
    ].join('\n');
    const [passage] = passagesOf(await loadFiles({ 'llms.txt': text }), 'llms.txt');
    expect(passage!.section).toBe('Top large language models');
    expect(passage!.text.split('\n\n')[1]!.split('\n')).toEqual([
      'Model: GPT-5; Developer: OpenAI; Type: Proprietary; Context Window: 128K tokens; Enterprise API Share: 27%; Primary Strength: Careful multi-step reasoning; top AIME 2025 score',
      'Model: Claude 4.5 Sonnet; Developer: Anthropic; Type: Proprietary; Context Window: 200K tokens; Enterprise API Share: 40%; Primary Strength: #1 for team coding; 70.6% SWE-bench',
      'Model: DeepSeek v3.2; Developer: DeepSeek; Type: Open Source; Context Window: 128K tokens; Enterprise API Share: N/A; Primary Strength: Popular open weights; 9.4M HF pulls/month',
    ]);
  });

  it('drops share buttons, calls to action and repeated lines from web pages', async () => {
    const text = 'Title Here\n\nBody sentence one.\n\n[Get a Free Review]\n\n  • Facebook\n  • Twitter\nBody sentence two.\nBody sentence two.\n';
    const [passage] = passagesOf(await loadFiles({ 'web.txt': text }), 'web.txt');
    expect(passage!.text).toBe('Body sentence one.\n\nBody sentence two.');
  });
});
