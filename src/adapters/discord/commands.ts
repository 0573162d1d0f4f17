import { EXAMPLE_QUESTIONS } from '../../core/index.js';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Routes,
  type REST,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../bot/messages.js';

export const ASK_COMMAND_NAME = 'ask';

/** Example questions for the help text: the core's own. */
export { EXAMPLE_QUESTIONS };

/** Every command the bot has; registered by bulk overwrite, so this list is the whole truth. */
export const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    type: ApplicationCommandType.ChatInput,
    name: ASK_COMMAND_NAME,
    description: 'Ask Model Guide a question about AI models',
    // In servers and in direct messages with the bot.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. "what is a reasoning model?" (leave empty for help)',
        // Optional: `/ask` alone shows the help text.
        required: false,
        max_length: MAX_QUESTION_CHARS,
      },
    ],
  },
];

export const HELP_TEXT = [
  '**Model Guide** answers questions about AI models and cites its sources.',
  'Use `/ask question:<your question>`, mention me with a question, or send me a direct message.',
  'Reply to one of my answers to ask a follow-up.',
  '',
  'Try:',
  ...EXAMPLE_QUESTIONS.map((q) => `- ${q}`),
].join('\n');

export interface RegisterTarget {
  applicationId: string;
  /** Register to this server only (updates at once); globally when absent. */
  guildId?: string;
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  route: string;
  names: string[];
}

/** Bulk-overwrites the application's commands with COMMANDS (one PUT; Discord drops any others). */
export async function registerCommands(rest: REST, target: RegisterTarget): Promise<RegisterResult> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const saved = (await rest.put(route, { body: COMMANDS })) as Array<{ name: string }>;
  return { scope: target.guildId ? 'guild' : 'global', route, names: saved.map((c) => c.name) };
}
