/**
 * The slash command (`/ask` by default): ack at once, then answer through the command's response_url:
 * privately with a "Share in channel" button, or publicly when `commandVisibility` is `in_channel`.
 */
import { randomUUID } from 'node:crypto';
import type { App, RespondFn } from '@slack/bolt';
import type { FollowUp } from './action-values.js';
import { slackToPlain } from './mrkdwn.js';
import type { HandlerDeps } from './post.js';

export interface RespondInput {
  text: string;
  userId: string;
  followUp: FollowUp;
  context: Record<string, unknown>;
}

/**
 * Answers through a response_url (slash commands, clicks on their answers). Answers follow the configured
 * visibility; help and notices (too long, rate limited…) are always private.
 */
export async function respondWithAnswer(deps: HandlerDeps, respond: RespondFn, input: RespondInput): Promise<void> {
  const isPublic = deps.config.commandVisibility === 'in_channel';
  const reply = await deps.answering.ask({
    ...input,
    ...(isPublic ? { askedBy: input.userId } : { shareable: true }),
  });
  await respond({
    response_type: reply.answer && isPublic ? 'in_channel' : 'ephemeral',
    replace_original: false,
    ...reply.message,
  });
}

export function registerCommand(app: App, deps: HandlerDeps): void {
  app.command(deps.config.command, async ({ command, ack, respond }) => {
    await ack();
    const context = { channel: command.channel_id, eventId: command.trigger_id, user: command.user_id, channelKind: 'command' };
    // Each command starts a conversation; its suggestion buttons carry this key to continue it.
    const followUp: FollowUp = { key: `cmd:${command.user_id}:${randomUUID().slice(0, 8)}`, to: { kind: 'respond' } };
    await deps.door.handle(
      context,
      () =>
        respondWithAnswer(deps, respond, {
          text: slackToPlain(command.text ?? ''),
          userId: command.user_id,
          followUp,
          context,
        }),
      (apology) => respond({ response_type: 'ephemeral', text: apology }),
    );
  });
}
