/** What every Slack handler gets, and posting a reply into a channel or thread. */
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { PlatformDoor } from '../../bot/types.js';
import type { ChannelKind } from '../../report/types.js';
import type { FollowUp } from './action-values.js';
import type { Answering } from './answering.js';
import type { SlackMessage } from './blocks.js';
import type { SlackConfig } from './config.js';

export interface HandlerDeps {
  config: SlackConfig;
  answering: Answering;
  /** The front door, as Slack's: runs handlers (tracked, errors apologised for), links threads, takes votes. */
  door: PlatformDoor;
  log: Logger;
}

// A type (not an interface) so it passes as the front door's Record<string, unknown> log context.
export type EventContext = {
  channel?: string | undefined;
  /** Slack's event_id for events; the trigger id or action ts for commands and clicks. */
  eventId?: string | undefined;
  user?: string | undefined;
  /** Where it happened (a DM, a channel, a thread, a slash command), for the owners' report. */
  channelKind?: ChannelKind | undefined;
};

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
 * so replying in that thread later continues it (on any replica).
 */
export async function postReply(
  client: webApi.WebClient,
  target: PostTarget,
  message: SlackMessage,
  continues?: { door: PlatformDoor; followUp: FollowUp },
): Promise<void> {
  const result = await client.chat.postMessage({
    channel: target.channel,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
  if (continues && !target.threadTs && result.ts) {
    await continues.door.link(conversationKey(target.channel, result.ts), continues.followUp.key);
  }
}
