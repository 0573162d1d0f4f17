/** Block Kit for answers, help and short notices, built from the core's Answer value. */
import { hashQuestion } from '../../bot/log-fields.js';
import type { Answer, Source } from '../../core/types.js';
import { encodeFeedback, encodeShare, encodeSuggestion, type FollowUp } from './action-values.js';
import { actions, button, context, section, SLACK_LIMITS, type Button, type KnownBlock, type SlackMessage } from './blocks.js';
import { escapeMrkdwn, link, markdownToMrkdwn } from './mrkdwn.js';
import { splitMrkdwn, truncateMrkdwn, truncatePlain } from './split.js';
import { sourceLabel } from '../source-label.js';

export type { SlackMessage } from './blocks.js';

/** Action ids of the answer's buttons; suggestion buttons are `suggest_0`, `suggest_1`… */
export const ACTION_IDS = {
  suggest: 'suggest',
  share: 'share_answer',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
} as const;

export interface AnswerView {
  answer: Answer;
  /** The conversation the suggestion buttons continue, and where their answers go. */
  followUp: FollowUp;
  /** The answer's id in the front door's memory: its Share and 👍/👎 buttons carry it. */
  answerId: string;
  /** Offer "Share in channel" (the answer is kept whole for a while). */
  shareable?: boolean;
  /** Slack user id credited in an "asked" line (answers shown publicly). */
  askedBy?: string;
}

export const SHORTENED_NOTE = '_The answer was shortened to fit in Slack._';

/** "title › section" for each distinct source, linked when its url is known, within the context budget. */
export function renderSources(sources: readonly Source[]): string | undefined {
  const distinct = new Map<string, Source>();
  for (const source of sources) {
    const label = sourceLabel(source);
    if (!distinct.has(label)) distinct.set(label, source);
  }
  const parts: string[] = [];
  let length = 0;
  for (const [label, source] of distinct) {
    const part = link(source.url, escapeMrkdwn(truncatePlain(label, 150)));
    if (length + part.length > SLACK_LIMITS.contextText - 40) {
      parts.push(`and ${distinct.size - parts.length} more`);
      break;
    }
    parts.push(part);
    length += part.length + 3;
  }
  return parts.length ? `📚 ${parts.join(' · ')}` : undefined;
}

function suggestionButtons(questions: readonly string[], followUp: FollowUp): KnownBlock | undefined {
  const buttons = questions
    .slice(0, 3)
    .map((q, i) => button(`${ACTION_IDS.suggest}_${i}`, q, encodeSuggestion(q, followUp)));
  return buttons.length ? actions('suggestions', buttons) : undefined;
}

function answerButtons(view: AnswerView): KnownBlock {
  const { answer } = view;
  const feedback = encodeFeedback({
    answerId: view.answerId,
    question: answer.question,
    questionHash: hashQuestion(answer.question),
    kind: answer.kind,
    sourceIds: answer.sources.map((s) => s.id),
  });
  const buttons: Button[] = [];
  if (view.shareable) {
    const share = button(ACTION_IDS.share, 'Share in channel', encodeShare(answer.question, view.answerId, view.followUp));
    buttons.push({ ...share, style: 'primary' });
  }
  buttons.push(button(ACTION_IDS.feedbackUp, '👍', feedback), button(ACTION_IDS.feedbackDown, '👎', feedback));
  return actions('answer_actions', buttons);
}

/** "<@U…> asked: …" — the user id is Slack's own, the question is escaped. */
function askedLine(userId: string, question: string): KnownBlock | undefined {
  if (!/^[UW][A-Z0-9]+$/.test(userId)) return undefined;
  return context(`<@${userId}> asked: ${escapeMrkdwn(truncatePlain(question, 300))}`);
}

/**
 * The answer as Block Kit: answer sections (split at 3,000 characters, shortened past the budget),
 * a sources line, up to three suggestion buttons, share and 👍/👎 buttons, and a plain `text` fallback.
 */
export function renderAnswer(view: AnswerView): SlackMessage {
  const { answer } = view;
  const body = markdownToMrkdwn(answer.text).trim() || escapeMrkdwn(answer.question);
  const shortened = body.length > SLACK_LIMITS.answerText;
  const pieces = splitMrkdwn(shortened ? truncateMrkdwn(body, SLACK_LIMITS.answerText) : body, SLACK_LIMITS.sectionText);
  const blocks = [
    view.askedBy ? askedLine(view.askedBy, answer.question) : undefined,
    ...pieces.slice(0, SLACK_LIMITS.blocks - 6).map(section),
    shortened ? context(SHORTENED_NOTE) : undefined,
    ((s) => (s ? context(s) : undefined))(renderSources(answer.sources)),
    suggestionButtons(answer.suggestions, view.followUp),
    answerButtons(view),
  ].filter((b): b is KnownBlock => b !== undefined);
  return { text: truncateMrkdwn(body, SLACK_LIMITS.fallbackText), blocks };
}

/** A short message (limits, apologies) as plain escaped text. */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeMrkdwn(text) };
}
