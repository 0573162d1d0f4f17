/**
 * The bot under load, in its own process as in production: the real app (front door, fair-use limit,
 * logs at info), the real core over the default knowledge, and one real platform adapter pointed at a
 * local fake: `slack API_URL` (HTTP mode, the Bolt receiver on the app's server) or `discord API_URL`;
 * a third argument, a Redis URL, makes it a replica sharing its state there.
 * Reports `{ port }` when connected; on any message from the parent it stops and reports its memory and CPU.
 */
import { openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiscordAdapter } from '../src/adapters/discord/index.js';
import { createSlackAdapter } from '../src/adapters/slack/index.js';
import { loadConfig } from '../src/app/config/index.js';
import { createLogger } from '../src/app/logger.js';
import { startApp } from '../src/app/start.js';
import { createGuide } from '../src/core/index.js';
import { loadKnowledge } from '../src/knowledge/load/index.js';
import { receive, report } from './child.js';
import { BENCH_BOT_USER_ID, BENCH_SIGNING_SECRET } from './load.js';
import { collectGarbage, heapMb, peakRssMb } from './stats.js';

const [platform, apiUrl, redisUrl] = process.argv.slice(2);
// The app's own parser gives the production defaults (fair-use limit, logs at info); only the
// listening address differs. No watching: the benchmark measures answering, not reloads.
const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', WATCH_KNOWLEDGE: 'false', ...(redisUrl ? { REDIS_URL: redisUrl, KEY_PREFIX: 'bench:' } : {}) };
const parsed = loadConfig({ env, cwd: tmpdir(), projectRoot: join(import.meta.dirname, '..') });
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;
// Production logs one line per answer at info: pay for it, but into /dev/null.
const logger = createLogger({ level: 'info', pretty: false, secrets: [], destination: openSync('/dev/null', 'w') });

const app = await startApp(config, {
  logger,
  loadKnowledge,
  createGuide,
  processMetrics: true,
  createAdapters: (deps) =>
    platform === 'slack'
      ? [
          createSlackAdapter(
            { botToken: 'xoxb-bench', signingSecret: BENCH_SIGNING_SECRET, apiUrl, command: '/ask', commandVisibility: 'ephemeral', channels: [], botUserId: BENCH_BOT_USER_ID, botId: 'B0LAN0Z89', apiRetries: 0 },
            deps,
          ),
        ]
      : [createDiscordAdapter({ token: 'bench-bot-token', ...(apiUrl ? { apiUrl } : {}), channels: [] }, deps)],
});
const cpuAtStart = process.cpuUsage();
await report({ port: app.address.port });
await receive();
const cpu = process.cpuUsage(cpuAtStart);
await app.stop();
collectGarbage();
await report({ heapMb: heapMb(), peakRssMb: peakRssMb(), cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
process.exit(0);
