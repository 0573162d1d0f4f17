/**
 * What the owners read: the top unanswered questions (one line per question, however it was
 * worded), the answers most often voted 👎, and per day how many questions came and how many were
 * answered. Pure: the same records always make the same report.
 */
import { dayOf, type DayCount, type ReportEvent } from './types.js';

export interface UnansweredQuestion {
  /** The question's key (a hash of its normalised words). */
  key: string;
  /** The wording asked most often (absent when questions are not recorded). */
  question?: string;
  /** Every other wording seen, most frequent first (at most 5). */
  alsoAsked: string[];
  count: number;
  lastAt: number;
  platforms: string[];
  channelKinds: string[];
}

export interface DislikedAnswer {
  /** The answer as shown (absent when it was no longer known at the vote). */
  answer?: string;
  sources: string[];
  count: number;
  /** The questions it answered (wordings), or their keys when questions are not recorded. */
  questions: string[];
  lastAt: number;
  platforms: string[];
}

export interface DaySummary extends DayCount {
  questions: number;
  /** answered / questions, 0–1; null on a day without questions. */
  answeredRate: number | null;
}

export interface Report {
  since: string;
  until: string;
  /** False when question text is not recorded (RECORD_QUESTIONS=false): only keys. */
  questionsRecorded: boolean;
  totals: { questions: number; answered: number; unanswered: number; answeredRate: number | null; downVotes: number };
  unanswered: UnansweredQuestion[];
  disliked: DislikedAnswer[];
  days: DaySummary[];
}

const rate = (answered: number, questions: number) => (questions > 0 ? Math.round((answered / questions) * 1000) / 1000 : null);

/** Wordings by how often they were used, most first (ties: the latest first). */
function byFrequency(events: readonly ReportEvent[], text: (e: ReportEvent) => string | undefined): string[] {
  const counts = new Map<string, { n: number; last: number }>();
  for (const e of events) {
    const t = text(e);
    if (!t) continue;
    const c = counts.get(t) ?? { n: 0, last: 0 };
    counts.set(t, { n: c.n + 1, last: Math.max(c.last, e.at) });
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || b[1].last - a[1].last).map(([t]) => t);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort();

/** Every day from `since` to `until` (YYYY-MM-DD), days without questions included. */
function everyDay(since: string, until: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${since}T00:00:00Z`); dayOf(t) <= until; t += 86_400_000) days.push(dayOf(t));
  return days;
}

export function buildReport(input: { events: readonly ReportEvent[]; days: readonly DayCount[] }, range: { sinceMs: number; nowMs: number }, limit = 20): Report {
  const events = input.events.filter((e) => e.at >= range.sinceMs && e.at <= range.nowMs);
  const unansweredEvents = events.filter((e) => e.type === 'unanswered');
  const downEvents = events.filter((e) => e.type === 'down');
  const questionsRecorded = !events.some((e) => e.question === undefined) || events.length === 0;

  const unanswered = [...groupBy(unansweredEvents, (e) => e.questionKey)].map(([key, group]): UnansweredQuestion => {
    const [question, ...alsoAsked] = byFrequency(group, (e) => e.question);
    return {
      key,
      ...(question ? { question } : {}),
      alsoAsked: alsoAsked.slice(0, 5),
      count: group.length,
      lastAt: Math.max(...group.map((e) => e.at)),
      platforms: distinct(group.map((e) => e.platform)),
      channelKinds: distinct(group.map((e) => e.channelKind)),
    };
  });
  unanswered.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);

  // The same answer is the same text with the same sources; without its text, its sources and question.
  const answerKey = (e: ReportEvent) => (e.answer ? `a:${e.answer.replace(/\s+/g, ' ').trim()}|${e.sources.join(',')}` : `s:${e.sources.join(',')}|${e.questionKey}`);
  const disliked = [...groupBy(downEvents, answerKey).values()].map((group): DislikedAnswer => {
    const answer = group.find((e) => e.answer)?.answer;
    const questions = byFrequency(group, (e) => e.question ?? e.questionKey);
    return {
      ...(answer ? { answer } : {}),
      sources: group[0]!.sources,
      count: group.length,
      questions: questions.slice(0, 5),
      lastAt: Math.max(...group.map((e) => e.at)),
      platforms: distinct(group.map((e) => e.platform)),
    };
  });
  disliked.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);

  const since = dayOf(range.sinceMs);
  const until = dayOf(range.nowMs);
  const counted = new Map(input.days.map((d) => [d.day, d]));
  const days = everyDay(since, until).map((day): DaySummary => {
    const { answered = 0, unanswered: notAnswered = 0 } = counted.get(day) ?? {};
    const questions = answered + notAnswered;
    return { day, answered, unanswered: notAnswered, questions, answeredRate: rate(answered, questions) };
  });
  const answered = days.reduce((sum, d) => sum + d.answered, 0);
  const questions = days.reduce((sum, d) => sum + d.questions, 0);
  return {
    since,
    until,
    questionsRecorded,
    totals: { questions, answered, unanswered: questions - answered, answeredRate: rate(answered, questions), downVotes: downEvents.length },
    unanswered: unanswered.slice(0, limit),
    disliked: disliked.slice(0, limit),
    days,
  };
}
