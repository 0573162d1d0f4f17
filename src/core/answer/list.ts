import { accessLabel } from '../../knowledge/catalog-text.js';
import { readConstraints, satisfies } from '../catalog/constraints.js';
import type { AnswerContext, Draft } from './context.js';
import { answerFromPassages } from './general.js';

const ASKS_FOR_MODELS = /\bmodels?\b|\btools?\b|\boptions\b|\bllms\b|\bgenerators?\b/i;

/** Lists: models of a category from the catalog, anything else from the documents' lists. */
export function answerList(ctx: AnswerContext, question: string): Draft {
  const c = readConstraints(question);
  const wantsModels = ASKS_FOR_MODELS.test(question) && (c.categories.length > 0 || c.access !== undefined) && !/\btypes?\b|\bkinds?\b/i.test(question);
  const prose = answerFromPassages(ctx, question, 'list');
  if (!wantsModels) return prose;
  const models = ctx.kb.models.filter((m) => satisfies(m, c)).slice(0, 8);
  if (models.length === 0) return prose;
  const items = models.map((m) => {
    const access = m.access === 'open' ? 'open source' : m.access === 'proprietary' ? 'proprietary' : undefined;
    const meta = [m.developer, access].filter(Boolean).join(', ');
    const strength = m.strengths[0] ?? m.use_cases[0] ?? accessLabel(m) ?? '';
    return `- **${m.name}**${meta ? ` (${meta})` : ''}${strength ? `: ${strength}` : ''}`;
  });
  const heading = `${models.length} model${models.length === 1 ? '' : 's'} match${models.length === 1 ? 'es' : ''}${c.reasons.length ? ` (${c.reasons.join(', ')})` : ''}:`;
  return {
    kind: 'list',
    answered: true,
    text: `${heading}\n${items.join('\n')}`,
    passages: models.slice(0, 3).map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined),
    models,
  };
}
