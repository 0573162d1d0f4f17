/**
 * Conversation memory in the state store: the earlier questions of a Slack thread, a DM or a Discord
 * reply chain, shared by every replica. An alias (the id of a message the bot posted) leads to the
 * conversation it belongs to, so replying to that message continues it.
 */
import type { StateStore } from '../state/store.js';

/** Defaults: 6 earlier questions, forgotten after 6 hours without a question; aliases last a day. */
export const DEFAULT_CONVERSATIONS = { maxTurns: 6, ttlMs: 6 * 60 * 60 * 1000, aliasTtlMs: 24 * 60 * 60 * 1000 } as const;

export interface ConversationConfig {
  /** Earlier questions kept per conversation (default 6). */
  maxTurns: number;
  /** Idle time after which a conversation is forgotten (default 6 h). */
  ttlMs: number;
  /** How long a message keeps leading to its conversation (default 24 h). */
  aliasTtlMs: number;
}

export interface Conversations {
  /** The conversation `key` stands for: the one it was linked to, or itself. */
  resolve(platform: string, key: string): Promise<string>;
  /** Earlier questions, oldest first. */
  history(platform: string, conversation: string): Promise<string[]>;
  append(platform: string, conversation: string, question: string): Promise<void>;
  /** Makes `alias` lead to `key`'s conversation. */
  link(platform: string, alias: string, key: string): Promise<void>;
  /** The conversation `alias` was linked to, if any. */
  linked(platform: string, alias: string): Promise<string | undefined>;
}

export function createConversations(store: StateStore, config: ConversationConfig = DEFAULT_CONVERSATIONS): Conversations {
  const aliasKey = (platform: string, alias: string) => `alias:${platform}:${alias}`;
  const turnsKey = (platform: string, conversation: string) => `conv:${platform}:${conversation}`;
  const linked = (platform: string, alias: string) => store.get(aliasKey(platform, alias));
  const resolve = async (platform: string, key: string) => (await linked(platform, key)) ?? key;
  return {
    resolve,
    linked,
    history: (platform, conversation) => store.list(turnsKey(platform, conversation)),
    append: (platform, conversation, question) => store.pushCapped(turnsKey(platform, conversation), question, config.maxTurns, config.ttlMs),
    async link(platform, alias, key) {
      const target = await resolve(platform, key);
      if (target !== alias) await store.set(aliasKey(platform, alias), target, config.aliasTtlMs);
    },
  };
}
