import { describe, expect, it } from 'vitest';
import { loadFiles, passagesOf } from './temp-knowledge.js';

describe('loading plain text', () => {
  it('takes a short first line as the title and splits at heading-like lines', async () => {
    const text = [
      'What is a model?',
      '',
      'A model is a trained neural network.',
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
      [['What is a model?'], 'A model is a trained neural network.', ['model']],
      [['What is a model?', 'What is a "model family"?'], 'A training run produces one base model, released in several sizes.', ['model family']],
      [['What is a model?', 'How a Model Learns'], 'Training shows the model examples. The error is measured by a loss function.', []],
      [['What is a model?', 'Type 2: Diffusion models'], 'Diffusion models remove noise step by step.', ['diffusion models']],
    ]);
  });

  it('does not take sentences, list items or lines ending with a colon for headings', async () => {
    const text = [
      'Notes on training',
      '',
      'Here is what happens during training, simplified:',
      '- The model makes a prediction',
      '- The error is measured',
      'Repeat billions of times.',
      'Each adjustment is tiny.',
    ].join('\n');
    const passages = passagesOf(await loadFiles({ 'notes.txt': text }), 'notes.txt');
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toBe(
      'Here is what happens during training, simplified:\n\n- The model makes a prediction\n- The error is measured\n\nRepeat billions of times.\n\nEach adjustment is tiny.',
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
    const text = 'Wrapped\n\nLarge language models are trained on massive\ntext corpora using a self-supervised objective.\n\nSecond paragraph.\n';
    const [passage] = passagesOf(await loadFiles({ 'wrapped.txt': text }), 'wrapped.txt');
    expect(passage!.text).toBe('Large language models are trained on massive text corpora using a self-supervised objective.\n\nSecond paragraph.');
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
      '| Small | 1B - 7B | Mobile apps, fast responses, summarization |',
      '| Frontier | 200B+ | Research |',
      'Bigger is not always better.',
    ].join('\n');
    const [passage] = passagesOf(await loadFiles({ 'p.txt': text }), 'p.txt');
    expect(passage!.section).toBe('The Parameters Inside Every Model');
    expect(passage!.text).toBe(
      [
        'Each parameter is a number.',
        'Model Size: Small; Parameters: 1B - 7B; Typical Use Case: Mobile apps, fast responses, summarization\nModel Size: Frontier; Parameters: 200B+; Typical Use Case: Research',
        'Bigger is not always better.',
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
      'GPT-5OpenAIProprietary128K tokens27%Frontier reasoning; 100% AIME 2025',
      'Claude 4.5 SonnetAnthropicProprietary200K tokens40%#1 enterprise coding; 70.6% SWE-bench',
      'DeepSeek v3.2DeepSeekOpen Source128K tokensN/AStrong open-weight; 9.4M HF downloads/month',
    ].join('\n');
    const [passage] = passagesOf(await loadFiles({ 'llms.txt': text }), 'llms.txt');
    expect(passage!.section).toBe('Top large language models');
    expect(passage!.text.split('\n\n')[1]!.split('\n')).toEqual([
      'Model: GPT-5; Developer: OpenAI; Type: Proprietary; Context Window: 128K tokens; Enterprise API Share: 27%; Primary Strength: Frontier reasoning; 100% AIME 2025',
      'Model: Claude 4.5 Sonnet; Developer: Anthropic; Type: Proprietary; Context Window: 200K tokens; Enterprise API Share: 40%; Primary Strength: #1 enterprise coding; 70.6% SWE-bench',
      'Model: DeepSeek v3.2; Developer: DeepSeek; Type: Open Source; Context Window: 128K tokens; Enterprise API Share: N/A; Primary Strength: Strong open-weight; 9.4M HF downloads/month',
    ]);
  });

  it('drops share buttons, calls to action and repeated lines from web pages', async () => {
    const text = 'Title Here\n\nBody sentence one.\n\n[Get a Free Review]\n\n  • Facebook\n  • Twitter\nBody sentence two.\nBody sentence two.\n';
    const [passage] = passagesOf(await loadFiles({ 'web.txt': text }), 'web.txt');
    expect(passage!.text).toBe('Body sentence one.\n\nBody sentence two.');
  });
});
