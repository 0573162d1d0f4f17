/** What `/ask`, `/ask help`, an empty mention or "help" in a DM shows (the front door decides when): what the bot does and example questions. */
import { encodeSuggestion, type FollowUp } from './action-values.js';
import { actions, button, section, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { ACTION_IDS } from './render.js';

import { EXAMPLE_QUESTIONS } from '../../core/index.js';

/** Example questions shown in the help (the core's), each also a button that asks it. */
export { EXAMPLE_QUESTIONS };

/** The help message; `command` is the configured slash command (e.g. `/ask`). */
export function renderHelp(command: string, followUp: FollowUp): SlackMessage {
  const cmd = escapeMrkdwn(command);
  const intro =
    '*Model Guide* answers questions about AI models: what they are, how they compare, which one fits a job, ' +
    'and what they cost. Every answer comes from a curated knowledge base and names its sources.';
  const usage = [
    `• \`${cmd} <question>\`: a private answer, with a button to share it in the channel`,
    '• Mention me in a channel: I answer in the thread; mention me again there for a follow-up',
    '• Send me a direct message: every message is a question',
  ].join('\n');
  const examples = EXAMPLE_QUESTIONS.map((q) => `• ${escapeMrkdwn(q)}`).join('\n');
  const text = `${intro}\n\n${usage}\n\n*Try one of these:*\n${examples}`;
  return {
    text,
    blocks: [
      section(intro),
      section(usage),
      section(`*Try one of these:*\n${examples}`),
      actions(
        'examples',
        EXAMPLE_QUESTIONS.map((q, i) => button(`${ACTION_IDS.suggest}_${i}`, q, encodeSuggestion(q, followUp))),
      ),
    ],
  };
}
