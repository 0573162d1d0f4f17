/** Defaults for conversation memory: how many earlier questions to keep and for how long. */
export const DEFAULT_CONVERSATIONS = { maxTurns: 6, ttlMs: 6 * 60 * 60 * 1000, maxConversations: 10_000 } as const;

export interface ConversationStoreConfig {
  /** Earlier questions kept per conversation (default 6). */
  maxTurns: number;
  /** Idle time after which a conversation is forgotten (default 6 h). */
  ttlMs: number;
  /** Conversations kept at most; the least recently used go first (default 10 000). */
  maxConversations: number;
}

/**
 * Earlier questions per conversation (a Slack thread, a DM, a Discord reply chain).
 * `link` lets another key (e.g. the id of the bot's answer message) lead to the same conversation.
 */
export interface ConversationStore {
  history(key: string, now?: number): string[];
  append(key: string, question: string, now?: number): void;
  link(alias: string, key: string): void;
  resolve(key: string): string;
}

export function createConversationStore(config: ConversationStoreConfig = DEFAULT_CONVERSATIONS): ConversationStore {
  const turns = new Map<string, { questions: string[]; touched: number }>();
  const aliases = new Map<string, string>();

  const resolve = (key: string): string => aliases.get(key) ?? key;

  function evict(): void {
    while (turns.size > config.maxConversations) {
      const oldest = turns.keys().next().value as string;
      turns.delete(oldest);
    }
    while (aliases.size > config.maxConversations * 4) {
      aliases.delete(aliases.keys().next().value as string);
    }
  }

  return {
    resolve,
    history(key, now = Date.now()) {
      const entry = turns.get(resolve(key));
      if (!entry || now - entry.touched > config.ttlMs) return [];
      return [...entry.questions];
    },
    append(key, question, now = Date.now()) {
      const id = resolve(key);
      const entry = turns.get(id);
      const questions = entry && now - entry.touched <= config.ttlMs ? entry.questions : [];
      questions.push(question);
      if (questions.length > config.maxTurns) questions.splice(0, questions.length - config.maxTurns);
      turns.delete(id); // re-insert: Map order doubles as recency order
      turns.set(id, { questions, touched: now });
      evict();
    },
    link(alias, key) {
      aliases.set(alias, resolve(key));
      evict();
    },
  };
}
