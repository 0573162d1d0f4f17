/** The hook for recording outcomes (the owners' report), as start-up wires it: given the app's state store. */
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/bot/index.js';
import { startApp } from '../../src/app/start.js';
import type { StateStore } from '../../src/state/store.js';
import { captureLogger, fakeAdapter, fakeGuide, fakeKnowledgeBase, tempProject, testConfig } from './helpers.js';

describe('recording outcomes', () => {
  it('hands the hook the app\'s store and tells it about unanswered questions and votes, not answered ones', async () => {
    const { knowledgeDir } = tempProject();
    const { logger } = captureLogger();
    const heard: Outcome[] = [];
    let given: StateStore | undefined;
    const guide = fakeGuide();
    const unsure = { ...guide, ask: (q: { text: string }) => ({ ...guide.ask(q), ...(q.text.includes('weather') ? { answered: false, kind: 'no_answer' as const } : {}) }) };
    let platform: ReturnType<typeof fakeAdapter> | undefined;
    const app = await startApp(testConfig(knowledgeDir), {
      logger,
      loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
      createGuide: () => unsure,
      createAdapters: (deps) => [(platform = fakeAdapter(deps))],
      processMetrics: false,
      recordOutcomes: (store) => {
        given = store;
        return async (outcome) => {
          heard.push(outcome);
          await store.appendLog('report', JSON.stringify({ type: outcome.type, question: outcome.question }), outcome.at, 60_000);
        };
      },
    });
    await platform!.ask('What is a reasoning model?');
    await platform!.ask('What is the weather in Oslo?');
    await app.frontDoor.forPlatform('fake').vote({ answerId: undefined, vote: 'down', userId: 'U1', about: { question: 'from a button' } });
    await app.frontDoor.drain(1000);
    expect(given).toBe(app.store);
    expect(heard.map((o) => [o.type, o.question])).toEqual([['unanswered', 'What is the weather in Oslo?'], ['vote', 'from a button']]);
    expect(await app.store.readLog('report', 0)).toHaveLength(2);
    await app.stop();
  });
});
