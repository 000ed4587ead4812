/**
 * A tiny HTML template tag: interpolated values are escaped unless they are already Html, arrays are
 * joined. Every page of the local sites is built with it, so data from the CSVs can never break markup.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup that is trusted as is: product descriptions from the shop export, JSON-LD. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON inside <script>: "</" must not end the script element early. */
export function jsonScript(value: unknown, type = 'application/ld+json'): Html {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return raw(`<script type="${type}">${json}</script>`);
}

export function documentHtml(opts: { title: string; head?: Html; body: Html; lang?: string; bodyClass?: string }): string {
  return `<!doctype html>\n${html`<html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${opts.title}</title>${opts.head}</head><body class="${opts.bodyClass ?? ''}">${opts.body}</body></html>`.value}`;
}
