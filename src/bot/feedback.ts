/** 👍/👎 on an answer: counted per answer in the state store, logged, and handed to the outcome hook. */
import type { Parts } from './parts.js';
import type { VoteInput } from './types.js';

export function createVote(parts: Parts): (platform: string, input: VoteInput) => Promise<void> {
  return async (platform, input) => {
    const { answerId, vote } = input;
    const context = input.context ?? {};
    const record = answerId ? await parts.answers.record(answerId) : undefined;
    // Counted only for an answer still remembered: a stale or forged id must not grow the store. The
    // count this vote made is exact even when another replica counts a vote at the same moment.
    let votes: Record<string, number> | undefined;
    if (record && answerId) {
      const count = await parts.store.incrementField(`feedback:${answerId}`, vote);
      votes = { ...(await parts.store.fields(`feedback:${answerId}`)), [vote]: count };
    }
    const question = record?.question ?? input.about?.question;
    parts.log.info(
      {
        platform,
        vote,
        ...context,
        ...(question ? parts.questionFields(question) : { questionHash: input.about?.questionHash }),
        kind: record?.kind ?? input.about?.kind,
        sources: record?.sources ?? input.about?.sources,
        answerId,
        ...(votes ? { votes } : { expired: true }),
      },
      'feedback',
    );
    parts.report({ type: 'vote', platform, userId: input.userId, vote, answerId, record, question, at: Date.now(), context });
  };
}
