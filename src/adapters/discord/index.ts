import { Events, type Client } from 'discord.js';
import { createConversationStore } from '../shared/conversations.js';
import type { Adapter, AdapterDeps, AdapterStatus } from '../types.js';
import { createActionStore } from './actions.js';
import { createAnswerer } from './answerer.js';
import { createDiscordClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';

export type { DiscordConfig } from './config.js';
export { COMMANDS, registerCommands } from './commands.js';

/** How long stop() waits for answers in flight before disconnecting anyway. */
export const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/** The Discord bot: mentions, replies to its answers, DMs, /ask and the answer buttons, over the gateway. */
export function createDiscordAdapter(config: DiscordConfig, deps: AdapterDeps): Adapter {
  const log = deps.logger.child({ module: 'discord' });
  const answerer = createAnswerer({ flow: deps.flow, conversations: createConversationStore(), actions: createActionStore() });
  const pending = new Set<Promise<void>>();
  let client: Client | undefined;
  let status: AdapterStatus = 'stopped';
  let accepting = false;

  /** Runs a handler unless stopping, remembering it so stop() can wait for it. */
  function run(handler: () => Promise<void>): void {
    if (!accepting) return;
    // Handlers catch their own errors; this catch is the last guard against an unhandled rejection.
    const work = handler()
      .catch((err: unknown) => log.error({ err }, 'unexpected error in a Discord handler'))
      .finally(() => pending.delete(work));
    pending.add(work);
  }

  function wire(c: Client): void {
    const onMessage = createMessageHandler({ client: c, answerer, flow: deps.flow, logger: log, channels: config.channels });
    const onInteraction = createInteractionHandler({ answerer, flow: deps.flow, logger: log });
    c.on(Events.MessageCreate, (message) => run(() => onMessage(message)));
    c.on(Events.InteractionCreate, (interaction) => run(() => onInteraction(interaction)));
    c.on(Events.ClientReady, (ready) => {
      status = 'connected';
      log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord');
    });
    c.on(Events.ShardReconnecting, (shard) => {
      if (!accepting) return; // our own destroy() in stop() closes the socket too
      status = 'disconnected';
      log.warn({ shard }, 'gateway connection dropped; reconnecting');
    });
    c.on(Events.ShardResume, (shard, replayed) => {
      status = 'connected';
      log.info({ shard, replayed }, 'gateway session resumed');
    });
    c.on(Events.ShardReady, () => {
      if (c.isReady()) status = 'connected';
    });
    c.on(Events.ShardDisconnect, (event, shard) => {
      status = 'disconnected';
      log.error({ shard, code: event.code }, 'gateway closed for good (check DISCORD_TOKEN and intents)');
    });
    // Without these listeners an 'error' event would throw and take the process down.
    c.on(Events.Error, (err) => log.error({ err }, 'discord.js error'));
    c.on(Events.ShardError, (err, shard) => log.warn({ err, shard }, 'gateway connection error'));
  }

  return {
    name: 'discord',
    routes: [],
    status: () => status,
    async start() {
      if (client) return;
      status = 'starting';
      accepting = true;
      const c = createDiscordClient(config);
      client = c;
      wire(c);
      const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
      try {
        await c.login(config.token);
        await ready;
      } catch (error) {
        status = 'stopped';
        accepting = false;
        client = undefined;
        await c.destroy();
        throw error;
      }
    },
    async stop() {
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, DEFAULT_STOP_TIMEOUT_MS)));
      await Promise.race([Promise.allSettled([...pending]), timeout]);
      clearTimeout(timer);
      await client?.destroy();
      client = undefined;
      status = 'stopped';
    },
  };
}
