import { Events, type Client } from 'discord.js';
import type { Adapter, AdapterDeps, AdapterStatus } from '../types.js';
import { createDiscordClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { createInteractionHandler } from './interactions.js';
import { createMessageHandler } from './messages.js';
import { PLATFORM } from './reply.js';

export type { DiscordConfig } from './config.js';
export { COMMANDS, registerCommands } from './commands.js';

/** How long stop() waits for answers in flight before disconnecting anyway. */
export const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/**
 * The Discord bot: mentions, replies to its answers, DMs, /ask and the answer buttons, over the
 * gateway, on the shards the config names. Connected while every one of its shards is.
 */
export function createDiscordAdapter(config: DiscordConfig, deps: AdapterDeps): Adapter {
  const log = deps.logger.child({ module: PLATFORM });
  const door = deps.frontDoor.forPlatform(PLATFORM);
  const down = new Set<number>();
  let client: Client | undefined;
  let ready = false;
  let stopping = false;

  function status(): AdapterStatus {
    if (!client) return 'stopped';
    if (!ready) return 'starting';
    return down.size > 0 ? 'disconnected' : 'connected';
  }

  function wire(c: Client): void {
    const onMessage = createMessageHandler({ client: c, door, channels: config.channels });
    const onInteraction = createInteractionHandler(door);
    // Handlers run through the front door, which catches; this is the last guard against an unhandled rejection.
    const guard = (work: Promise<void>) => void work.catch((err: unknown) => door.reportError(err, { stage: 'dispatch' }));
    c.on(Events.MessageCreate, (message) => guard(onMessage(message)));
    c.on(Events.InteractionCreate, (interaction) => guard(onInteraction(interaction)));
    c.on(Events.ClientReady, (r) => {
      ready = true;
      log.info({ user: r.user.tag, guilds: r.guilds.cache.size, shards: c.ws.shards.map((s) => s.id), shardCount: c.options.shardCount }, 'connected to Discord');
    });
    c.on(Events.ShardReconnecting, (shard) => {
      if (stopping) return; // our own destroy() in stop() closes the sockets too
      down.add(shard);
      log.warn({ shard }, 'gateway connection dropped; reconnecting');
    });
    c.on(Events.ShardResume, (shard, replayed) => {
      down.delete(shard);
      log.info({ shard, replayed }, 'gateway session resumed');
    });
    c.on(Events.ShardReady, (shard) => void down.delete(shard));
    c.on(Events.ShardDisconnect, (event, shard) => {
      if (stopping) return;
      down.add(shard);
      log.error({ shard, code: event.code }, 'gateway closed for good (check DISCORD_TOKEN, intents and the shard settings)');
    });
    // Without these listeners an 'error' event would throw and take the process down.
    c.on(Events.Error, (err) => log.error({ err }, 'discord.js error'));
    c.on(Events.ShardError, (err, shard) => log.warn({ err, shard }, 'gateway connection error'));
  }

  return {
    name: PLATFORM,
    routes: [],
    status,
    async start() {
      if (client) return;
      stopping = false;
      ready = false;
      door.startAccepting();
      const c = createDiscordClient(config);
      client = c;
      wire(c);
      const isReady = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
      try {
        await c.login(config.token);
        await isReady;
      } catch (error) {
        client = undefined;
        await c.destroy();
        throw error;
      }
    },
    async stop() {
      stopping = true;
      door.stopAccepting();
      await door.drain(DEFAULT_STOP_TIMEOUT_MS);
      await client?.destroy();
      client = undefined;
      down.clear();
    },
  };
}
