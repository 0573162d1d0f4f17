/**
 * The Docker HEALTHCHECK (`node dist/app/healthcheck.js`): exits 0 when this container's /healthz answers
 * 200, 1 otherwise. Node itself does the request because the slim image has no curl or wget.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT, loadConfig } from './config/index.js';

/** Give up on a hung server after this long, so Docker records a failure rather than a timeout. */
export const HEALTHCHECK_TIMEOUT_MS = 4_000;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// The same config the app read (environment, .env, YAML), so a PORT set in any of them is honoured.
const parsed = loadConfig({ env: process.env, cwd: process.cwd(), projectRoot });
const port = parsed.ok ? parsed.config.port : Number(process.env.PORT) || DEFAULT_PORT;

try {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(HEALTHCHECK_TIMEOUT_MS) });
  process.exit(res.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
