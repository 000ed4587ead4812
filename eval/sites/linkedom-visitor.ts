/** The fetch visitor with linkedom as its HTML parser: how Node tests and dev proxies read the local sites. */
import { parseHTML } from 'linkedom';
import { createFetchVisitor } from '../../agents/sites/fetch-visitor';
import type { SiteVisitor } from '../../agents/sites/types';

export function createLinkedomVisitor(): SiteVisitor {
  return createFetchVisitor({ parseHtml: (html) => parseHTML(html).document as unknown as Document });
}
