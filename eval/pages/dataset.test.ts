import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from './dataset';

describe('charsetOf: the charset a snapshot was served in', () => {
  it('uses the charset the page declares', () => {
    const latin = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>caf\xe9</body></html>', 'latin1');
    expect(charsetOf(latin)).toBe('iso-8859-1');
    expect(decodeHtml(latin)).toContain('café');
  });

  it('reads an undeclared page as UTF-8 when its bytes are UTF-8, as the shop\'s header said', () => {
    const utf8 = Buffer.from('<html><body>商品編號：Q1 · Prix 12,00 €</body></html>', 'utf8');
    expect(charsetOf(utf8)).toBe('utf-8');
    expect(decodeHtml(utf8)).toContain('商品編號');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(charsetOf(Buffer.from([0x3c, 0x70, 0x3e, 0x80, 0xe9, 0x3c]))).toBe('windows-1252');
  });
});
