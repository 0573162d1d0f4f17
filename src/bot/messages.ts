/** What the front door says instead of an answer, the same words on every platform. */

/** Questions longer than this are refused with a short message, never processed. */
export const MAX_QUESTION_CHARS = 2000;

export const messages = {
  tooLong: (limit: number) =>
    `That question is too long for me: please keep it under ${limit.toLocaleString('en-US')} characters.`,
  rateLimited: (seconds: number) =>
    `You're asking faster than I can keep up with. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  unavailable: 'Model Guide is restarting right now. Please ask again in a moment.',
  error: "Sorry, something went wrong on my side while answering. Please try again in a moment.",
} as const;
