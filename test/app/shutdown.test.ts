import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/bot/messages.js';
import { installShutdown, type SignalSource } from '../../src/app/shutdown.js';
import { startApp } from '../../src/app/start.js';
import { captureLogger, fakeAdapter, fakeGuide, fakeKnowledgeBase, gate, settle, tempProject, testConfig } from './helpers.js';

async function running(beforeReply: () => Promise<void>) {
  const { knowledgeDir } = tempProject();
  const { logger } = captureLogger();
  let platform: ReturnType<typeof fakeAdapter> | undefined;
  const app = await startApp(testConfig(knowledgeDir), {
    logger,
    loadKnowledge: async (dir) => fakeKnowledgeBase(dir),
    createGuide: () => fakeGuide(),
    createAdapters: (d) => [(platform = fakeAdapter(d, { beforeReply }))],
    processMetrics: false,
  });
  const signals = new EventEmitter() as EventEmitter & SignalSource;
  const events = platform!.events;
  const exits: number[] = [];
  const exited = gate();
  const stop = async () => {
    await app.stop();
    events.push('http closed');
  };
  installShutdown({ stop, logger, signals, exit: (code) => (exits.push(code), events.push(`exit ${code}`), exited.open()) });
  return { app, platform: platform!, signals, events, exits, exited };
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the answer in flight, then disconnects and exits 0', async () => {
    const reply = gate();
    const run = await running(() => reply.promise);
    const inFlight = run.platform.ask('What is a reasoning model?');
    await settle();
    expect(run.app.frontDoor.inFlight()).toBe(1);

    run.signals.emit('SIGTERM');
    await settle();
    expect(run.events).toEqual([]);
    expect(run.app.readiness().status).toBe('stopping');

    reply.open();
    await inFlight;
    await run.exited.promise;
    expect(run.events).toEqual(['replied: guide answers "What is a reasoning model?"', 'adapter stopped', 'http closed', 'exit 0']);
  });

  it('refuses questions that arrive after SIGINT with the restart message', async () => {
    const run = await running(async () => {});
    run.signals.emit('SIGINT');
    await run.platform.ask('Too late?');
    await run.exited.promise;
    expect(run.platform.replies).toEqual([messages.unavailable]);
    expect(run.exits).toEqual([0]);
  });

  it('exits 1 at once on a second signal while stopping', async () => {
    const reply = gate();
    const run = await running(() => reply.promise);
    void run.platform.ask('Slow one');
    await settle();
    run.signals.emit('SIGTERM');
    run.signals.emit('SIGTERM');
    expect(run.exits).toEqual([1]);
    reply.open();
  });
});
