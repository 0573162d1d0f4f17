import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { isHelpRequest } from '../../bot/help.js';
import type { PlatformDoor } from '../../bot/types.js';
import { parseCustomId } from './actions.js';
import { ASK_COMMAND_NAME, HELP_TEXT } from './commands.js';
import { messageKey, toBodies, toReply } from './reply.js';

export const FEEDBACK_THANKS = {
  up: 'Thanks for the feedback! 👍',
  down: "Thanks for the feedback. I'll note that this answer missed the mark.",
} as const;
export const EXPIRED_BUTTON = 'That button has expired. Ask again with `/ask`.';

/** Log fields, and where it happened for the owners' report: a slash command, or a button in a DM, a server channel or a thread. */
const logContext = (i: Interaction) => ({
  guild: i.guildId,
  channel: i.channelId,
  messageId: i.id,
  channelKind: i.isChatInputCommand() ? 'command' : !i.inGuild() ? 'dm' : i.channel?.isThread() ? 'thread' : 'channel',
});

/** Slash commands and buttons; every path acknowledges within Discord's 3 s, through the front door. */
export function createInteractionHandler(door: PlatformDoor): (interaction: Interaction) => Promise<void> {
  /** Puts the answer into the deferred response (more parts as follow-ups); replies to any part continue `conversation`. */
  async function answerIn(interaction: RepliableInteraction, text: string, conversation: string): Promise<void> {
    const reply = toReply(await door.ask({ userId: interaction.user.id, text, conversation, context: logContext(interaction) }));
    for (const [i, body] of toBodies(reply).entries()) {
      const sent = i === 0 ? await interaction.editReply(body) : await interaction.followUp(body);
      await door.link(messageKey(sent.id), conversation);
    }
  }

  async function onAsk(interaction: ChatInputCommandInteraction): Promise<void> {
    const question = interaction.options.getString('question') ?? '';
    // Discord's rule: the visibility is chosen when acknowledging, so the help (private) is told apart first,
    // by the front door's own rule.
    if (isHelpRequest(question)) {
      await interaction.reply({ content: HELP_TEXT, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply();
    await answerIn(interaction, question.trim(), `ask:${interaction.id}`);
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const action = parseCustomId(interaction.customId);
    if (!action) return;
    if (action.type === 'feedback') {
      const context = { user: interaction.user.id, ...logContext(interaction), answerMessage: interaction.message.id };
      await door.vote({ answerId: action.answerId, vote: action.vote, userId: interaction.user.id, context });
      await interaction.reply({ content: FEEDBACK_THANKS[action.vote], flags: MessageFlags.Ephemeral });
      return;
    }
    const record = await door.record(action.answerId);
    const suggestion = record?.suggestions[action.index];
    if (!record || !suggestion) {
      await interaction.reply({ content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply();
    await answerIn(interaction, suggestion, record.conversation);
  }

  async function apologize(interaction: RepliableInteraction, text: string): Promise<void> {
    const body = { content: text };
    if (interaction.deferred) await interaction.editReply(body);
    else if (interaction.replied) await interaction.followUp({ ...body, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
  }

  return async (interaction) => {
    const work =
      interaction.isChatInputCommand() && interaction.commandName === ASK_COMMAND_NAME
        ? () => onAsk(interaction)
        : interaction.isButton()
          ? () => onButton(interaction)
          : undefined;
    if (!work || !interaction.isRepliable()) return;
    await door.handle(logContext(interaction), work, (text) => apologize(interaction, text));
  };
}
