/** Tests read HTML through linkedom, the same DOM the Node tools use. */
import { parseHTML } from 'linkedom';

export function htmlDoc(html: string): Document {
  return parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
