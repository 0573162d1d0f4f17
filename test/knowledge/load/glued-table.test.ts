import { describe, expect, it } from 'vitest';
import { readGluedTable } from '../../../src/knowledge/load/glued-table.js';
import { collectVocabulary, KNOWN_NAMES } from '../../../src/knowledge/load/glued-words.js';

function rows(lines: string[], prose: string[] = []): string[] | undefined {
  return readGluedTable(lines, 0, collectVocabulary(prose))?.rows;
}

describe('reading tables whose separators were lost', () => {
  it('labels each cell from the header row', () => {
    expect(
      rows([
        'ModelVendorInput (per 1M tokens)Output (per 1M tokens)Notes',
        'Gemini 2.5 ProGoogle$1.25$5.00Cheapest of the frontier tier',
        'Llama 4 / open sourceMeta / self-hostHardware onlyHardware onlyNo per-token fee; you supply the GPUs',
      ]),
    ).toEqual([
      'Model: Gemini 2.5 Pro; Vendor: Google; Input (per 1M tokens): $1.25; Output (per 1M tokens): $5.00; Notes: Cheapest of the frontier tier',
      'Model: Llama 4 / open source; Vendor: Meta / self-host; Input (per 1M tokens): Hardware only; Output (per 1M tokens): Hardware only; Notes: No per-token fee; you supply the GPUs',
    ]);
  });

  it('keeps names with inner capitals or digits whole', () => {
    expect(
      rows([
        'TypeArchitectureOutputBest ForExamples',
        'Generative Adversarial Networks (GANs)Generator + discriminatorImages, tabular dataSynthetic training setsStyleGAN3, BigGAN',
        'Code Generation ModelsFine-tuned LLMCodeSoftware developmentGitHub Copilot, Code Llama',
      ]),
    ).toEqual([
      'Type: Generative Adversarial Networks (GANs); Architecture: Generator + discriminator; Output: Images, tabular data; Best For: Synthetic training sets; Examples: StyleGAN3, BigGAN',
      'Type: Code Generation Models; Architecture: Fine-tuned LLM; Output: Code; Best For: Software development; Examples: GitHub Copilot, Code Llama',
    ]);
    expect(
      rows(['ModelDeveloperTypePrimary Use', 'FLUX.1Black Forest LabsOpen SourceBest prompt fidelity', 'DALL-E 3OpenAIProprietaryChatGPT-integrated; strong']),
    ).toEqual([
      'Model: FLUX.1; Developer: Black Forest Labs; Type: Open Source; Primary Use: Best prompt fidelity',
      'Model: DALL-E 3; Developer: OpenAI; Type: Proprietary; Primary Use: ChatGPT-integrated; strong',
    ]);
  });

  it('learns names from the document prose', () => {
    expect(KNOWN_NAMES).not.toContain('ZetaCorp');
    const table = ['ModelDeveloperKey Strength', 'Zeta 1ZetaCorpFast answers'];
    expect(rows(table, ['ZetaCorp builds models for many different customers around the world.'])).toEqual([
      'Model: Zeta 1; Developer: ZetaCorp; Key Strength: Fast answers',
    ]);
  });

  it('still separates the words of a row that does not match the header', () => {
    expect(rows(['ModelDeveloperKey Strength', 'Veo 3GoogleBest human action', 'Sora 2OpenAI'])).toEqual([
      'Model: Veo 3; Developer: Google; Key Strength: Best human action',
      'Sora 2 OpenAI',
    ]);
  });

  it('does not take ordinary lines for a table', () => {
    expect(rows(['OpenAI and DeepSeek', 'GPT-5 is a model from OpenAI.'])).toBeUndefined();
    expect(rows(['Top large language models', 'Some of the best LLMs are closed while others ship open weights.'])).toBeUndefined();
  });
});
