import { attributeLabels, detectAttribute, detectSuperlative, statesValue, type Attribute } from '../catalog/attributes.js';
import { readConstraints, satisfies } from '../catalog/constraints.js';
import { matchStat, modelFact, modelProfile, numericValue } from '../catalog/facts.js';
import type { CatalogEntry } from '../../knowledge/types.js';
import type { AnswerContext, Draft } from './context.js';
import { answerFromPassages } from './general.js';
import { splitUnits } from './units.js';

function cite(ctx: AnswerContext, models: CatalogEntry[]) {
  return models.map((m) => ctx.modelPassage(m)).filter((p) => p !== undefined);
}

/** "Which provider has the largest enterprise API share?": rank the catalog on a figure. */
function superlative(ctx: AnswerContext, question: string, attribute: Attribute | undefined): Draft | undefined {
  const direction = detectSuperlative(question);
  if (!direction) return undefined;
  const constraints = readConstraints(question);
  const measures: Array<Attribute | 'stat'> = attribute ? [attribute] : ['stat'];
  for (const measure of measures) {
    const ranked = ctx.kb.models
      .filter((m) => satisfies(m, { ...constraints, cheap: false }))
      .map((m) => ({ m, v: numericValue(m, measure, question) }))
      .filter((x): x is { m: CatalogEntry; v: number } => x.v !== undefined)
      .sort((a, b) => (direction === 'max' ? b.v - a.v : a.v - b.v));
    if (ranked.length === 0) continue;
    const facts = ranked.slice(0, 3).map(({ m }) => modelFact(m, measure === 'stat' ? undefined : measure, question) ?? modelProfile(m));
    const [top, ...rest] = facts;
    const text = `**${ranked[0]!.m.name}**${ranked[0]!.m.developer ? ` (${ranked[0]!.m.developer})` : ''} ranks first. ${top}${rest.length ? `\n\nNext: ${rest.join(' ')}` : ''}`;
    return { kind: 'fact', answered: true, text, passages: cite(ctx, ranked.slice(0, 3).map((r) => r.m)), models: ranked.slice(0, 3).map((r) => r.m) };
  }
  return undefined;
}

/** Facts about named models come from the catalog; anything else from the documents. */
export function answerFact(ctx: AnswerContext, question: string): Draft {
  const attribute = detectAttribute(question);
  const models = ctx.matcher.find(question).map((m) => m.model).slice(0, 3);
  if (models.length > 0 && (attribute || models.some((m) => matchStat(m, question)))) {
    const facts = models.map((m) => ({ m, fact: modelFact(m, attribute, question) }));
    const known = facts.filter((f) => f.fact !== undefined);
    if (known.length > 0) {
      const prose = answerFromPassages(ctx, question, 'fact');
      // Supporting sentences from the documents, minus those that only repeat the catalog's figures.
      const stated = known.map((k) => k.fact!).join(' ');
      const figures = (s: string) => s.match(/\d[\d.,]*/g) ?? [];
      const adds = prose.answered ? splitUnits(prose.text).filter((u) => !figures(u.text).every((f) => stated.includes(f))) : [];
      const support = adds.length > 0 && prose.text.length < 420 ? `\n\n${adds.map((u) => u.text).join(' ')}` : '';
      return {
        kind: 'fact',
        answered: true,
        text: known.map((k) => k.fact).join('\n') + support,
        passages: [...cite(ctx, known.map((k) => k.m)), ...(support ? prose.passages : [])],
        models: known.map((k) => k.m),
      };
    }
    // The catalog does not record it: the documents may still state it next to the model's name.
    const prose = answerFromPassages(ctx, question, 'fact');
    const stated = splitUnits(prose.text).some(
      (u) => statesValue(attribute, u.text) && ctx.matcher.find(u.text).some((m) => models.includes(m.model)),
    );
    if (prose.answered && stated) return { ...prose, models };
    const label = attribute ? attributeLabels[attribute] : 'that figure';
    const names = models.map((m) => m.name).join(' or ');
    const about = models.map((m) => modelProfile(m)).join(' ');
    return {
      kind: 'fact',
      answered: false,
      text: `My sources don't state the ${label} of ${names}, so I won't guess. What they do say: ${about}`,
      passages: cite(ctx, models),
      models,
    };
  }
  const ranked = ctx.kb.models.length > 0 && models.length === 0 ? superlative(ctx, question, attribute) : undefined;
  if (ranked) {
    const prose = answerFromPassages(ctx, question, 'fact');
    return prose.answered ? { ...ranked, text: `${ranked.text}\n\n${prose.text}`, passages: [...ranked.passages, ...prose.passages] } : ranked;
  }
  return answerFromPassages(ctx, question, 'fact');
}
