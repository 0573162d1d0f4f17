/** The /admin pages as HTML: the report a person reads, and the form that asks for the token. */
import type { KnowledgeInfo } from '../../core/types.js';
import type { Report } from '../../report/summary.js';
import type { ReloadState } from '../knowledge-reload.js';
import { renderChart } from './chart.js';
import { escapeHtml as e } from './html.js';
import { STYLE } from './style.js';

export interface AdminView {
  report: Report;
  /** Where the report is read from. */
  location: string;
  /** Why nothing is being recorded, if so. */
  problem?: string;
  /** The period shown: "7d". */
  since: string;
  knowledge: KnowledgeInfo | undefined;
  reload: ReloadState | undefined;
}

export const PERIODS = ['24h', '7d', '14d', '30d'] as const;

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const when = (at: number | string) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function tile(label: string, value: string, id: string): string {
  return `<div class="tile" id="${id}"><div class="value">${e(value)}</div><div class="label">${e(label)}</div></div>`;
}

function unansweredTable(report: Report): string {
  if (report.unanswered.length === 0) return '<p class="empty">Nothing went unanswered in this period.</p>';
  const rows = report.unanswered.map((q) => {
    const text = q.question ? e(q.question) : `<code>${e(q.key)}</code> <span class="muted">(text not recorded)</span>`;
    const more = q.alsoAsked.length ? `<div class="muted">also asked as ${q.alsoAsked.map((a) => `“${e(cut(a, 80))}”`).join(', ')}</div>` : '';
    return `<tr><td class="num">${q.count}</td><td>${text}${more}</td><td>${e(q.platforms.join(', '))}<div class="muted">${e(q.channelKinds.join(', '))}</div></td><td class="nowrap">${when(q.lastAt)}</td></tr>`;
  });
  return `<table id="unanswered"><thead><tr><th>times</th><th>question</th><th>where</th><th>last asked (UTC)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function dislikedTable(report: Report): string {
  if (report.disliked.length === 0) return '<p class="empty">No answer was voted down in this period.</p>';
  const rows = report.disliked.map((a) => {
    // Escaped first; then the answer's own **bold** (the core's light Markdown) shown as bold.
    const answer = a.answer ? e(cut(a.answer, 400)).replace(/\*\*([^*]{1,200})\*\*/g, '<strong>$1</strong>') : '<span class="muted">the answer was no longer known when it was voted on</span>';
    const sources = a.sources.length ? a.sources.map((s) => `<code>${e(s)}</code>`).join(' ') : '<span class="muted">none</span>';
    const questions = a.questions.map((q) => `“${e(cut(q, 80))}”`).join(', ');
    return `<tr><td class="num">${a.count}</td><td><div class="answer">${answer}</div><div class="muted">for ${questions}</div></td><td>${sources}</td><td class="nowrap">${when(a.lastAt)}</td></tr>`;
  });
  return `<table id="disliked"><thead><tr><th>votes</th><th>answer</th><th>sources</th><th>last (UTC)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function knowledgeSection(view: AdminView): string {
  const info = view.knowledge;
  if (!info) return '<p>The knowledge is still loading.</p>';
  const reload = view.reload;
  const last = reload?.lastReload ? `${when(reload.lastReload.at)} (${e(reload.lastReload.outcome)}, ${reload.lastReload.ms} ms)` : 'none since start-up';
  const error = reload?.lastReloadError
    ? `<div class="error" id="reload-error"><strong>The last reload failed</strong> at ${when(reload.lastReloadError.at)}; the previous knowledge keeps serving.<br>${e(reload.lastReloadError.message)}${
        reload.lastReloadError.problems.length ? `<ul>${reload.lastReloadError.problems.map((p) => `<li><code>${e(p)}</code></li>`).join('')}</ul>` : ''
      }</div>`
    : '';
  return `<dl class="facts" id="knowledge">
<dt>documents</dt><dd>${info.documents}</dd><dt>passages</dt><dd>${info.passages}</dd><dt>catalog models</dt><dd>${info.models}</dd>
<dt>loaded</dt><dd>${when(info.loadedAt.getTime())} UTC</dd><dt>version</dt><dd><code>${e(info.hash.slice(0, 12))}</code></dd>
<dt>watching for changes</dt><dd>${e(reload?.watching ?? 'off')}</dd><dt>last reload</dt><dd>${last}</dd></dl>${error}`;
}

export function renderAdminPage(view: AdminView): string {
  const { report } = view;
  const periods = PERIODS.map((p) => (p === view.since ? `<strong>${p}</strong>` : `<a href="/admin?since=${p}">${p}</a>`)).join(' · ');
  const notice = view.problem ? `<div class="error" id="report-problem">${e(view.problem)}</div>` : '';
  const privacy = report.questionsRecorded ? '' : '<p class="muted">Question text is not recorded (RECORD_QUESTIONS=false): each question shows as a hash of its words.</p>';
  return page(
    "Model Guide · owners' report",
    `<header><h1>Model Guide <span class="muted">owners' report</span></h1>
<nav>${periods}<form method="post" action="/admin/logout"><button type="submit">Sign out</button></form></nav></header>
<main>${notice}
<p class="muted">${e(report.since)} to ${e(report.until)} (UTC) · from ${e(view.location)}</p>
<section class="tiles">${tile('questions', String(report.totals.questions), 'questions')}${tile('answered', percent(report.totals.answeredRate), 'answered-rate')}${tile('not answered', String(report.totals.unanswered), 'not-answered')}${tile('down-votes', String(report.totals.downVotes), 'down-votes')}</section>
<section><h2>Questions per day and the share answered</h2><div class="legend"><span class="key bar-key"></span> questions <span class="key rate-key"></span> answered</div>${renderChart(report.days)}</section>
<section><h2>Top unanswered questions</h2><p class="muted">The same question worded alike counts once. These are what to write next.</p>${unansweredTable(report)}${privacy}</section>
<section><h2>Answers most often voted down</h2><p class="muted">Each down-vote (👎) with the answer as it was given and the sources it cited.</p>${dislikedTable(report)}</section>
<section><h2>Knowledge</h2>${knowledgeSection(view)}</section></main>`,
  );
}

export function renderLoginPage(options: { error?: string; since?: string } = {}): string {
  const since = options.since ? `<input type="hidden" name="since" value="${e(options.since)}">` : '';
  return page(
    'Model Guide · sign in',
    `<main class="login"><h1>Model Guide <span class="muted">owners' report</span></h1>
<p>This page needs the admin token (<code>ADMIN_TOKEN</code>). Enter it once; this browser then stays signed in for a week.</p>
${options.error ? `<p class="error" id="login-error">${e(options.error)}</p>` : ''}
<form method="post" action="/admin/login"><label>Admin token <input type="password" name="token" autocomplete="current-password" required autofocus></label>${since}<button type="submit">Sign in</button></form></main>`,
  );
}
