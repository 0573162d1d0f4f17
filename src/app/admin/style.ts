/** The /admin page's look: one inline stylesheet (the page loads nothing else). */
export const STYLE = `
:root { --ink: #1d2433; --muted: #667085; --line: #e4e7ec; --bar: #7c9ce6; --rate: #1f9d63; --bad: #b42318; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
body { margin: 0; background: #f7f8fa; }
header { display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 12px; padding: 14px 28px; background: #fff; border-bottom: 1px solid var(--line); }
header h1, .login h1 { font-size: 20px; margin: 0; }
nav { display: flex; gap: 14px; align-items: center; }
nav form { margin: 0; }
main { max-width: 1040px; margin: 0 auto; padding: 18px 28px 40px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 16px 0; }
h2 { font-size: 16px; margin: 0 0 10px; }
.muted { color: var(--muted); font-weight: normal; font-size: 13px; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; background: none; border: 0; padding: 0; }
.tile { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px; }
.tile .value { font-size: 28px; font-weight: 600; }
.tile .label { color: var(--muted); font-size: 13px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th { text-align: left; color: var(--muted); font-weight: 500; border-bottom: 1px solid var(--line); padding: 6px 8px; }
td { border-bottom: 1px solid var(--line); padding: 8px; vertical-align: top; }
td.num { font-weight: 600; width: 3em; }
.nowrap { white-space: nowrap; }
.answer { white-space: pre-wrap; }
code { font-size: 12px; background: #f2f4f7; padding: 1px 4px; border-radius: 4px; }
.empty { color: var(--muted); }
.error { color: var(--bad); background: #fef3f2; border: 1px solid #fecdca; border-radius: 8px; padding: 10px 14px; }
.chart { width: 100%; height: auto; }
.chart .bar { fill: var(--bar); }
.chart .rate { fill: none; stroke: var(--rate); stroke-width: 2.5; }
.chart .rate-dot { fill: var(--rate); }
.chart .grid { stroke: var(--line); }
.chart .axis { fill: var(--muted); font-size: 11px; }
.legend { font-size: 13px; color: var(--muted); margin-bottom: 6px; }
.key { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin-left: 10px; }
.bar-key { background: var(--bar); } .rate-key { background: var(--rate); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0 0 10px; font-size: 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.login { max-width: 460px; margin: 80px auto; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 24px 28px; }
.login form { display: flex; flex-direction: column; gap: 12px; }
.login input { display: block; width: 100%; box-sizing: border-box; margin-top: 6px; padding: 8px; font-size: 15px; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid var(--line); background: #fff; cursor: pointer; }
.login button { background: var(--ink); color: #fff; border: 0; padding: 9px; }
@media (max-width: 700px) { .tiles { grid-template-columns: repeat(2, 1fr); } }
`;
