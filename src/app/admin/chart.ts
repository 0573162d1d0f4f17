/**
 * The /admin chart as inline SVG (no script, nothing fetched): a bar per day for the questions asked,
 * and a line for the share of them answered, on its own 0–100 % scale at the right.
 */
import type { DaySummary } from '../../report/summary.js';
import { escapeHtml } from './html.js';

const W = 760;
const H = 240;
const PAD = { left: 44, right: 48, top: 16, bottom: 34 };

export function renderChart(days: readonly DaySummary[]): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const most = Math.max(1, ...days.map((d) => d.questions));
  const step = plotW / Math.max(1, days.length);
  const barW = Math.max(2, Math.min(36, step * 0.6));
  const x = (i: number) => PAD.left + step * i + step / 2;
  const yCount = (n: number) => PAD.top + plotH - (n / most) * plotH;
  const yRate = (r: number) => PAD.top + plotH - r * plotH;
  const labelEvery = Math.ceil(days.length / 10);

  const bars = days.map((d, i) => {
    const y = yCount(d.questions);
    const rate = d.answeredRate === null ? 'no questions' : `${Math.round(d.answeredRate * 100)}% answered`;
    return `<rect class="bar" x="${(x(i) - barW / 2).toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${(PAD.top + plotH - y).toFixed(1)}"><title>${escapeHtml(`${d.day}: ${d.questions} questions, ${rate}`)}</title></rect>`;
  });
  const points = days.flatMap((d, i) => (d.answeredRate === null ? [] : [[x(i), yRate(d.answeredRate)] as const]));
  const line = points.length > 1 ? `<polyline class="rate" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>` : '';
  const dots = points.map(([px, py]) => `<circle class="rate-dot" cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5"/>`);
  const dayLabels = days.flatMap((d, i) => (i % labelEvery === 0 ? [`<text class="axis" x="${x(i).toFixed(1)}" y="${H - 14}" text-anchor="middle">${d.day.slice(5)}</text>`] : []));
  const countTicks = [0, Math.ceil(most / 2), most].map((n) => `<text class="axis" x="${PAD.left - 8}" y="${(yCount(n) + 4).toFixed(1)}" text-anchor="end">${n}</text>`);
  const rateTicks = [0, 0.5, 1].map((r) => `<text class="axis rate-axis" x="${W - PAD.right + 8}" y="${(yRate(r) + 4).toFixed(1)}">${r * 100}%</text>`);
  const grid = [0, 0.5, 1].map((r) => `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${yRate(r).toFixed(1)}" y2="${yRate(r).toFixed(1)}"/>`);

  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="Questions per day (bars) and the share answered (line)" xmlns="http://www.w3.org/2000/svg">
${grid.join('')}${bars.join('')}${line}${dots.join('')}${dayLabels.join('')}${countTicks.join('')}${rateTicks.join('')}
</svg>`;
}
