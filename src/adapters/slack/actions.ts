/**
 * Button clicks on answers: a suggested follow-up (answered in the same place with the conversation's
 * history), "Share in channel" (posts the private answer publicly, credited to the sharer) and 👍/👎.
 */
import type { App, BlockAction, ButtonAction, RespondFn } from '@slack/bolt';
import { decodeFeedback, decodeShare, decodeSuggestion } from './action-values.js';
import { clickedWhere } from './channel-kind.js';
import { respondWithAnswer } from './commands.js';
import { postReply, type EventContext, type HandlerDeps } from './post.js';
import { ACTION_IDS } from './render.js';

/** What the person who clicked 👍 or 👎 sees (only them). */
export const FEEDBACK_THANKS = {
  up: 'Thanks for the feedback! Glad it helped.',
  down: "Thanks for the feedback. I've noted that this answer missed the mark.",
} as const;

/** A click whose button value cannot be read: a bug or a tampered payload, reported like any error. */
class BadButtonValueError extends Error {
  constructor(actionId: string) {
    super(`unreadable value on button "${actionId}"`);
    this.name = 'BadButtonValueError';
  }
}

interface Click {
  button: ButtonAction;
  userId: string;
  context: EventContext;
  respond: RespondFn;
}

function clickOf(body: BlockAction, action: unknown, respond: RespondFn): Click {
  const button = action as ButtonAction;
  const channel = body.channel?.id ?? (body.container['channel_id'] as string | undefined);
  return { button, userId: body.user.id, context: { channel, eventId: button.action_ts, user: body.user.id, channelKind: clickedWhere(body) }, respond };
}

/** Only the clicker sees it; the message clicked stays as it is. */
function whisper(respond: RespondFn, text: string) {
  return respond({ response_type: 'ephemeral', replace_original: false, text });
}

export function registerActions(app: App, deps: HandlerDeps): void {
  const run = (click: Click, work: () => Promise<void>) =>
    deps.door.handle(click.context, work, (apology) => whisper(click.respond, apology));

  app.action({ type: 'block_actions', action_id: new RegExp(`^${ACTION_IDS.suggest}_\\d+$`) }, async (args) => {
    await args.ack();
    const click = clickOf(args.body, args.action, args.respond);
    await run(click, async () => {
      const suggestion = decodeSuggestion(click.button.value);
      if (!suggestion) throw new BadButtonValueError(click.button.action_id);
      const { question, followUp } = suggestion;
      const input = { text: question, userId: click.userId, followUp, context: click.context };
      if (followUp.to.kind === 'respond') return respondWithAnswer(deps, click.respond, input);
      const target = { channel: followUp.to.channel, threadTs: followUp.to.threadTs };
      const reply = await deps.answering.ask(input);
      await postReply(args.client, target, reply.message, { door: deps.door, followUp });
    });
  });

  app.action({ type: 'block_actions', action_id: ACTION_IDS.share }, async (args) => {
    await args.ack();
    const click = clickOf(args.body, args.action, args.respond);
    await run(click, async () => {
      const share = decodeShare(click.button.value);
      if (!share) throw new BadButtonValueError(click.button.action_id);
      const reply = await deps.answering.share({ ...share, userId: click.userId, context: click.context });
      if (!reply.answer) return void (await whisper(click.respond, reply.message.text));
      await click.respond({ response_type: 'in_channel', replace_original: false, ...reply.message });
      // The private copy is now redundant; failing to remove it is harmless.
      await click.respond({ delete_original: true }).catch((error: unknown) => {
        deps.log.debug({ err: error, ...click.context }, 'could not delete the private answer after sharing');
      });
    });
  });

  app.action({ type: 'block_actions', action_id: /^feedback_(up|down)$/ }, async (args) => {
    await args.ack();
    const click = clickOf(args.body, args.action, args.respond);
    await run(click, async () => {
      const vote = click.button.action_id === ACTION_IDS.feedbackUp ? 'up' : 'down';
      const feedback = decodeFeedback(click.button.value);
      await deps.door.vote({
        answerId: feedback?.a,
        vote,
        userId: click.userId,
        context: click.context,
        about: { question: feedback?.q, questionHash: feedback?.h, kind: feedback?.kind, sources: feedback?.s },
      });
      await whisper(click.respond, FEEDBACK_THANKS[vote]);
    });
  });
}
