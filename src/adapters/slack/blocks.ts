/** Small Block Kit builders and Slack's message limits. Texts passed in must already be escaped mrkdwn. */
import type { types } from '@slack/bolt';
import { truncatePlain } from './split.js';

export type KnownBlock = types.KnownBlock;
export type Button = types.Button;

/** A message as the Web API and response_url take it: blocks plus the plain `text` fallback. */
export interface SlackMessage {
  text: string;
  blocks?: KnownBlock[];
}

/** Slack's Block Kit limits, and the budgets this adapter keeps to stay well under them. */
export const SLACK_LIMITS = {
  /** Blocks per message (Slack: 50). */
  blocks: 50,
  /** Characters in one section's text (Slack: 3,000). */
  sectionText: 3000,
  /** Answer text across all sections; the rest of ~12k goes to sources and buttons. */
  answerText: 5000,
  /** The sources line. */
  contextText: 800,
  /** A button label (Slack: 75). */
  buttonText: 75,
  /** The plain `text` fallback (notifications, screen readers). */
  fallbackText: 2900,
} as const;

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncatePlain(text, SLACK_LIMITS.sectionText) } };
}

export function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncatePlain(text, SLACK_LIMITS.sectionText) }] };
}

export function actions(blockId: string, elements: Button[]): KnownBlock {
  return { type: 'actions', block_id: blockId, elements };
}

/** A button; the label is plain text (never parsed by Slack), cut to Slack's 75 characters. */
export function button(actionId: string, label: string, value: string): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncatePlain(label, SLACK_LIMITS.buttonText), emoji: true },
    value,
  };
}
