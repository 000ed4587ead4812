/** Addresses of products a request quotes ("... fits this board: https://shop/product/x/ ."). */
export const URL_RE = /https?:\/\/[^\s"'<>)]+/g;

/** The addresses a request quotes, each once, without the sentence's stop or comma after it ("... this board: URL ."). */
export function quotedUrls(text: string): string[] {
  return [...new Set((text.match(URL_RE) ?? []).map((u) => u.replace(/[.,;]+$/, '')))];
}

/** The request without the addresses of quoted products: their slugs are no words the shopper said. */
// ("... PC on <url>/. Which processor ...": the sentence's own stop after the address stays.)
export function withoutUrls(text: string): string {
  return text.replace(URL_RE, (url) => ` ${/[.,;]+$/.exec(url)?.[0] ?? ''}`);
}
