/** What kind of place a Slack message or click is in, for the owners' report (passed in the event's context). */
import type { BlockAction } from '@slack/bolt';
import type { ChannelKind } from '../../report/types.js';

/** A channel id (D… is a direct message) and the thread the message is in, if any. */
export function channelKindOf(channel: string | undefined, threadTs?: string, channelType?: string): ChannelKind {
  if (channelType === 'im' || channel?.startsWith('D')) return 'dm';
  return threadTs ? 'thread' : 'channel';
}

/** Where the clicked message was shown: a private slash-command answer, a DM, a thread or a channel. */
export function clickedWhere(body: BlockAction): ChannelKind {
  if (body.container['is_ephemeral'] === true) return 'command';
  const channel = body.channel?.id ?? (body.container['channel_id'] as string | undefined);
  return channelKindOf(channel, (body.container['thread_ts'] as string | undefined) ?? body.message?.thread_ts);
}
