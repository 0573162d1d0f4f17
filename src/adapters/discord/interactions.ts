import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { ChannelKind } from '../../report/types.js';
import { messages as flowMessages, type AskFlow } from '../shared/ask-flow.js';
import { parseCustomId } from './actions.js';
import type { Answerer } from './answerer.js';
import { ASK_COMMAND_NAME, HELP_TEXT, isHelpRequest } from './commands.js';
import type { AnswerMessage } from './render.js';

export interface InteractionHandlerDeps {
  answerer: Answerer;
  flow: AskFlow;
  logger: Logger;
}

export const FEEDBACK_THANKS = {
  up: 'Thanks for the feedback! 👍',
  down: "Thanks for the feedback. I'll note that this answer missed the mark.",
} as const;
export const EXPIRED_BUTTON = 'That button has expired. Ask again with `/ask`.';

const logContext = (i: Interaction) => ({ guild: i.guildId, channel: i.channelId, messageId: i.id });
/** Where a button was clicked: a server's channel or thread, or a DM. */
const placeOf = (i: Interaction): ChannelKind => (!i.inGuild() ? 'dm' : i.channel?.isThread() ? 'thread' : 'channel');

/** Slash commands and buttons; every path acknowledges within Discord's 3 s, never throws. */
export function createInteractionHandler(deps: InteractionHandlerDeps): (interaction: Interaction) => Promise<void> {
  const { answerer, flow } = deps;
  const log = deps.logger;

  /** Puts the answer into the deferred response (more parts as follow-ups); replies to any part continue `conversation`. */
  async function answerIn(interaction: RepliableInteraction, text: string, conversation: string, channelKind: ChannelKind): Promise<void> {
    const reply = await answerer.answer({ userId: interaction.user.id, text, conversation, context: logContext(interaction), channelKind });
    const bodies: ReadonlyArray<{ content: string } | AnswerMessage> =
      reply.type === 'text' ? [{ content: reply.content }] : reply.messages;
    for (const [i, body] of bodies.entries()) {
      const sent = i === 0 ? await interaction.editReply(body) : await interaction.followUp(body);
      answerer.remember(conversation, [sent.id]);
    }
  }

  async function onAsk(interaction: ChatInputCommandInteraction): Promise<void> {
    const question = interaction.options.getString('question') ?? '';
    if (isHelpRequest(question)) {
      await interaction.reply({ content: HELP_TEXT, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply();
    await answerIn(interaction, question.trim(), `discord:ask:${interaction.id}`, 'command');
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    const record = answerer.record(action.answerId);
    if (action.type === 'feedback') {
      const answer = record
        ? { ...flow.questionFields(record.question), kind: record.kind, sources: record.sources }
        : { expired: true }; // the answer was forgotten (restart or old button): log what is known
      log.info(
        { feedback: action.vote, ...answer, user: interaction.user.id, ...logContext(interaction), answerMessage: interaction.message.id },
        'feedback',
      );
      flow.vote({
        platform: 'discord',
        channelKind: placeOf(interaction),
        vote: action.vote,
        ...(record ? { question: record.question, kind: record.kind, answer: record.text } : {}),
        sources: record?.sources ?? [],
      });
      await interaction.reply({ content: FEEDBACK_THANKS[action.vote], flags: MessageFlags.Ephemeral });
      return;
    }
    const suggestion = record?.suggestions[action.index];
    if (!record || !suggestion) {
      await interaction.reply({ content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply();
    await answerIn(interaction, suggestion, record.conversation, placeOf(interaction));
  }

  async function apologize(interaction: RepliableInteraction): Promise<void> {
    const body = { content: flowMessages.error };
    if (interaction.deferred) await interaction.editReply(body);
    else if (interaction.replied) await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
  }

  async function handleSafely(interaction: RepliableInteraction, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      flow.reportError('discord', error, logContext(interaction));
      try {
        await apologize(interaction);
      } catch (apologyError) {
        log.warn({ err: apologyError, ...logContext(interaction) }, 'could not send the apology');
      }
    }
  }

  return async (interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === ASK_COMMAND_NAME) {
      await flow.track(handleSafely(interaction, () => onAsk(interaction)));
    } else if (interaction.isButton()) {
      await flow.track(handleSafely(interaction, () => onButton(interaction)));
    }
  };
}
