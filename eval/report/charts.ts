/** Inline SVG charts as strings: no script, no external file, so a report opens offline anywhere. */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fmt = (v: number, digits = 2) => (Number.isInteger(v) ? String(v) : v.toFixed(digits));

/** Horizontal bars of values in 0..1 (one row per label), with an optional target line. */
export function barChart(title: string, bars: { label: string; value: number }[], opts: { target?: number; width?: number } = {}): string {
  const width = opts.width ?? 560;
  const labelWidth = 210;
  const rowHeight = 22;
  const plot = width - labelWidth - 50;
  const height = bars.length * rowHeight + 34;
  const rows = bars.map((bar, i) => {
    const y = 26 + i * rowHeight;
    const w = Math.max(0, Math.min(1, bar.value)) * plot;
    const colour = opts.target !== undefined && bar.value < opts.target ? '#d9822b' : '#2b8a3e';
    return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"/>` +
      `<text x="${labelWidth + w + 4}" y="${y + 14}">${fmt(bar.value)}</text>`;
  });
  const target = opts.target === undefined ? '' :
    `<line x1="${labelWidth + opts.target * plot}" x2="${labelWidth + opts.target * plot}" y1="22" y2="${height - 4}" stroke="#c92a2a" stroke-dasharray="4 3"/>` +
    `<text x="${labelWidth + opts.target * plot + 3}" y="20" fill="#c92a2a">target ${fmt(opts.target)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" font-family="sans-serif" font-size="12">` +
    `<text x="0" y="14" font-weight="bold">${escapeHtml(title)}</text>${rows.join('')}${target}</svg>`;
}

/** Bucket edges for a histogram of seconds: about eight equal buckets from 0 to the maximum. */
export function histogramBuckets(values: readonly number[], buckets = 8): { from: number; to: number; count: number }[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const step = max <= 0 ? 1 : Math.ceil((max / buckets) * 10) / 10 || 0.1;
  const result = Array.from({ length: buckets }, (_, i) => ({ from: +(i * step).toFixed(1), to: +((i + 1) * step).toFixed(1), count: 0 }));
  for (const v of values) result[Math.min(buckets - 1, Math.floor(v / step))]!.count++;
  return result;
}

/** Vertical bars of how many tasks took how long. */
export function timeHistogram(title: string, seconds: readonly number[], width = 560): string {
  const buckets = histogramBuckets(seconds);
  const height = 170;
  const plotTop = 24;
  const plotHeight = height - plotTop - 30;
  const maxCount = Math.max(1, ...buckets.map((b) => b.count));
  const barWidth = buckets.length ? (width - 20) / buckets.length : 0;
  const bars = buckets.map((b, i) => {
    const h = (b.count / maxCount) * plotHeight;
    const x = 10 + i * barWidth;
    return `<rect x="${x.toFixed(1)}" y="${(plotTop + plotHeight - h).toFixed(1)}" width="${(barWidth - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="#1971c2"/>` +
      `<text x="${(x + barWidth / 2 - 2).toFixed(1)}" y="${(plotTop + plotHeight - h - 3).toFixed(1)}" text-anchor="middle">${b.count || ''}</text>` +
      `<text x="${(x + barWidth / 2 - 2).toFixed(1)}" y="${height - 14}" text-anchor="middle">${b.from}–${b.to}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" font-family="sans-serif" font-size="11">` +
    `<text x="0" y="14" font-weight="bold" font-size="12">${escapeHtml(title)}</text>${bars.join('')}` +
    `<text x="${width / 2}" y="${height - 1}" text-anchor="middle">seconds per task</text></svg>`;
}
