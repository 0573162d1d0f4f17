/** The report as text for a terminal: what `model-guide report` prints without --json. */
import type { Report } from './summary.js';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const when = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
const cut = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function formatReport(report: Report, location: string): string[] {
  const { totals } = report;
  const lines = [
    `Model Guide report, ${report.since} to ${report.until} (UTC), from ${location}`,
    `${totals.questions} questions, ${totals.answered} answered (${percent(totals.answeredRate)}), ${totals.unanswered} not answered; ${totals.downVotes} 👎`,
    '',
    'Top unanswered questions',
  ];
  if (report.unanswered.length === 0) lines.push('  none');
  for (const q of report.unanswered) {
    const text = q.question ? cut(q.question, 90) : `question ${q.key} (text not recorded)`;
    lines.push(`  ${String(q.count).padStart(4)}×  ${text}`);
    const more = q.alsoAsked.length ? `also asked as: ${q.alsoAsked.map((a) => `"${cut(a, 50)}"`).join(', ')}; ` : '';
    lines.push(`         ${more}last ${when(q.lastAt)} on ${q.platforms.join(', ')} (${q.channelKinds.join(', ')})`);
  }
  lines.push('', "Most 👎'd answers");
  if (report.disliked.length === 0) lines.push('  none');
  for (const a of report.disliked) {
    lines.push(`  ${String(a.count).padStart(4)}×  ${a.answer ? cut(a.answer, 90) : '(the answer was no longer known when it was voted on)'}`);
    const sources = a.sources.length ? `sources: ${a.sources.join(', ')}; ` : '';
    lines.push(`         ${sources}for: ${a.questions.map((q) => `"${cut(q, 50)}"`).join(', ')}`);
  }
  lines.push('', 'Answered rate per day');
  for (const d of report.days) {
    const bar = d.answeredRate === null ? '' : '█'.repeat(Math.round(d.answeredRate * 20));
    lines.push(`  ${d.day}  ${String(d.questions).padStart(5)} questions  ${percent(d.answeredRate).padStart(4)}  ${bar}`);
  }
  if (!report.questionsRecorded) lines.push('', 'Question text is not recorded (RECORD_QUESTIONS=false): questions show as hashes of their words.');
  return lines;
}
