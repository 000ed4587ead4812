/** The self-contained HTML report of one suite: summary, charts and a per-task table. Pure. */
import { barChart, escapeHtml, timeHistogram } from './charts';
import type { SuiteSummary, TaskRow } from './types';

const pct = (v: number | undefined) => (v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
const num = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(2));

function link(url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(url.replace(/^https?:\/\/[^/]+/, ''))}</a>`;
}

function taskTable(rows: readonly TaskRow[], metricNames: string[]): string {
  const head = ['task', 'category', 'status', ...metricNames, 's', 'pages', 'answer (what the agent returned)', 'expected', 'panel'];
  const body = rows.map((r) => {
    const cells = [
      `<strong>${escapeHtml(r.id)}</strong><div class="req">${escapeHtml(r.request)}</div>${r.notes.map((n) => `<div class="note">${escapeHtml(n)}</div>`).join('')}${r.error ? `<div class="err">${escapeHtml(r.error)}</div>` : ''}`,
      escapeHtml(r.category),
      `<span class="${r.passed ? 'ok' : 'bad'}">${escapeHtml(r.status)}${r.passed ? ' ✓' : ' ✗'}</span>`,
      ...metricNames.map((m) => num(r.metrics[m])),
      r.seconds.toFixed(1),
      r.pagesLoaded === undefined ? '–' : String(r.pagesLoaded),
      r.answer.map(link).join('<br>') || '<em>nothing</em>',
      (r.expected ?? []).map(link).join('<br>'),
      (r.screenshot ? `<a href="${escapeHtml(r.screenshot)}">screenshot</a>` : '') +
        (r.panelText ? `<details><summary>panel text</summary><pre>${escapeHtml(r.panelText)}</pre></details>` : ''),
    ];
    return `<tr class="${r.passed ? 'pass' : 'fail'}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

export function renderReport(summary: SuiteSummary, rows: readonly TaskRow[]): string {
  const metricNames = Object.keys(summary.overall.means);
  const categories = Object.entries(summary.byCategory);
  const charts = summary.targets.map((t) =>
    barChart(`${t.label} per category`, categories.map(([c, s]) => ({ label: `${c} (${s.tasks})`, value: s.means[t.metric] ?? 0 })), { target: t.target }));
  const overall = `<table class="summary"><tr><th></th><th>tasks</th>${metricNames.map((m) => `<th>${escapeHtml(m)}</th>`).join('')}<th>passed</th><th>median s</th><th>mean s</th></tr>` +
    [['overall', summary.overall] as const, ...categories].map(([name, s]) =>
      `<tr><td>${escapeHtml(name)}</td><td>${s.tasks}</td>${metricNames.map((m) => `<td>${num(s.means[m])}</td>`).join('')}<td>${pct(s.passRate)}</td><td>${s.medianSeconds.toFixed(1)}</td><td>${s.meanSeconds.toFixed(1)}</td></tr>`).join('') +
    '</table>';
  const targets = summary.targets.map((t) => {
    const value = summary.overall.means[t.metric];
    const met = value !== undefined && value >= t.target;
    return `<li class="${met ? 'ok' : 'bad'}">${escapeHtml(t.label)}: ${num(value)} (target ${t.target}) ${met ? 'met' : 'not met'}</li>`;
  }).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tastebud benchmark: ${escapeHtml(summary.suite)}</title>
<style>body{font:14px sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
tr.fail{background:#fff4e6}.ok{color:#2b8a3e}.bad{color:#c92a2a}.req{color:#555;max-width:420px}.note{color:#666;font-size:12px}.err{color:#c92a2a;font-size:12px}.charts svg{margin:8px 24px 8px 0}code{background:#f1f3f5;padding:2px 4px}</style></head>
<body><h1>Tastebud benchmark: ${escapeHtml(summary.suite)}</h1>
<p>Generated ${escapeHtml(summary.generatedAt)} by <code>${escapeHtml(summary.command)}</code>.</p>
<ul>${targets}</ul>${overall}
<div class="charts">${charts.join('')}${timeHistogram('Time distribution', rows.map((r) => r.seconds))}</div>
<h2>Tasks</h2>${taskTable(rows, metricNames)}</body></html>
`;
}
