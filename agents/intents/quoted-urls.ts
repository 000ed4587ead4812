/** Addresses of products a request quotes ("... fits this board: https://shop/product/x/ ."). */
export const URL_RE = /https?:\/\/[^\s"'<>)]+/g;

/** The request without the addresses of quoted products: their slugs are no words the shopper said. */
export function withoutUrls(text: string): string {
  return text.replace(URL_RE, ' ');
}
