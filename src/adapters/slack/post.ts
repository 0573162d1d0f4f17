import type { AskFlow } from '../shared/ask-flow.js';
/** What every Slack handler gets, and posting a reply into a channel or thread. */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ConversationStore } from '../shared/conversations.js';
import type { ChannelKind } from '../../report/types.js';
import type { FollowUp } from './action-values.js';
import type { AnswerCache } from './answer-cache.js';
import type { Answering } from './answering.js';
import type { SlackMessage } from './blocks.js';
import type { SlackConfig } from './config.js';
import type { Edge } from './edge.js';

export interface HandlerDeps {
  config: SlackConfig;
  answering: Answering;
  conversations: ConversationStore;
  edge: Edge;
  log: Logger;
  /** For logging a question the way LOG_QUESTIONS allows, and reporting votes. */
  flow: Pick<AskFlow, 'questionFields' | 'vote'>;
  /** Recent private answers (for Share), so a 👎 on one can record what it said. */
  answers: AnswerCache;
}

/** What kind of place a Slack channel id (and thread) is, for the owners' report. */
export function channelKindOf(channel: string | undefined, threadTs?: string): ChannelKind {
  if (channel?.startsWith('D')) return 'dm';
  return threadTs ? 'thread' : 'channel';
}

/** Where a posted reply goes: a channel, in a thread when `threadTs` is set. */
export interface PostTarget {
  channel: string;
  threadTs?: string | undefined;
}

/** The conversation of a message in `channel`: its thread when it is in one, else the channel itself (a DM). */
export function conversationKey(channel: string, threadTs?: string): string {
  return threadTs ? `${channel}:${threadTs}` : channel;
}

/**
 * Posts `message`; when it is not in a thread, links the new message's thread to `followUp`'s conversation,
 * so replying in that thread later continues it.
 */
export async function postReply(
  client: webApi.WebClient,
  target: PostTarget,
  message: SlackMessage,
  conversations?: { store: ConversationStore; followUp: FollowUp },
): Promise<void> {
  const result = await client.chat.postMessage({
    channel: target.channel,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
  if (conversations && !target.threadTs && result.ts) {
    conversations.store.link(conversationKey(target.channel, result.ts), conversations.followUp.key);
  }
}
