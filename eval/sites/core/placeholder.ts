import { escapeHtml } from './html';

/**
 * A generated SVG standing in for a product or cover image, so no page ever references the internet.
 * The colour follows the label, so different products look different.
 */
export function placeholderSvg(label: string, width = 400, height = 400): string {
  let hash = 0;
  for (const ch of label) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  const text = escapeHtml(label.slice(0, 28));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="hsl(${hue},45%,82%)"/><text x="50%" y="50%" font-family="sans-serif" font-size="20" text-anchor="middle" fill="#333">${text}</text></svg>`;
}
