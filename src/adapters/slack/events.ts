/**
 * Mentions in channels (answered in the thread) and direct messages (every message is a question).
 * Bot messages, message subtypes (edits, joins…) and the bot's own messages are never answered.
 */
import type { App, webApi } from '@slack/bolt';
import type { FollowUp } from './action-values.js';
import { channelKindOf } from './channel-kind.js';
import { slackToPlain } from './mrkdwn.js';
import { conversationKey, postReply, type HandlerDeps, type PostTarget } from './post.js';

/** The fields of app_mention and message events this adapter reads. */
interface IncomingMessage {
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
}

interface Incoming {
  message: IncomingMessage;
  eventId: string | undefined;
  botUserId: string | undefined;
  client: webApi.WebClient;
}

/** Answers one message at `target`, continuing the conversation `key`. */
async function answerMessage(deps: HandlerDeps, incoming: Incoming, target: PostTarget, key: string): Promise<void> {
  const { message, eventId, client } = incoming;
  const context = { channel: message.channel, eventId, user: message.user, channelKind: channelKindOf(message.channel, message.thread_ts, message.channel_type) };
  const followUp: FollowUp = { key, to: { kind: 'post', ...target } };
  await deps.door.handle(
    context,
    async () => {
      const text = slackToPlain(message.text ?? '', incoming.botUserId);
      const reply = await deps.answering.ask({ text, userId: message.user!, followUp, context });
      await postReply(client, target, reply.message, { door: deps.door, followUp });
      // A reply in the question's own thread continues the same conversation too.
      if (!target.threadTs) await deps.door.link(conversationKey(message.channel, message.ts), key);
    },
    (apology) => postReply(client, target, { text: apology }),
  );
}

/** Not from a person, or not a plain new message: skip. */
function ignorable(message: IncomingMessage, botUserId: string | undefined): boolean {
  return Boolean(message.bot_id || message.subtype || !message.user || message.user === botUserId);
}

export function registerEvents(app: App, deps: HandlerDeps): void {
  const allowed = new Set(deps.config.channels);

  app.event('app_mention', async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    // Direct messages arrive as message.im; a mention there is not a separate question.
    if (ignorable(message, context.botUserId) || message.channel_type === 'im' || message.channel.startsWith('D')) return;
    if (allowed.size > 0 && !allowed.has(message.channel)) {
      deps.log.debug({ channel: message.channel }, 'mention outside the configured channels ignored');
      return;
    }
    const threadTs = message.thread_ts ?? message.ts;
    const incoming = { message, eventId: body.event_id, botUserId: context.botUserId, client };
    await answerMessage(deps, incoming, { channel: message.channel, threadTs }, conversationKey(message.channel, threadTs));
  });

  app.event('message', async ({ event, body, context, client }) => {
    const message = event as IncomingMessage;
    if (message.channel_type !== 'im' || ignorable(message, context.botUserId)) return;
    const incoming = { message, eventId: body.event_id, botUserId: context.botUserId, client };
    const target = { channel: message.channel, threadTs: message.thread_ts };
    await answerMessage(deps, incoming, target, conversationKey(message.channel, message.thread_ts));
  });
}
