import { describe, expect, it } from 'vitest';
import { htmlDoc } from '../test-support/parse';
import { readLayout } from './layout';

describe('readLayout', () => {
  it('finds the product name its <title> gives when the page has no heading, and a buy link named buy_btn', () => {
    const doc = htmlDoc(`<html><head><title>Pork jerky, pick any 10 packs - Fresh Shop</title></head><body>
      <div class="menu"><a href="/">Fresh Shop</a></div>
      <div class="item"><div class="name">Pork jerky, pick any 10 packs</div><div class="deal">from $<span>99</span> a pack</div><a id="buy_btn" href="#"><div class="buy_btn"></div></a></div></body></html>`);
    const layout = readLayout(doc);
    expect(layout.title?.className).toBe('name');
    expect(layout.buyButton?.id).toBe('buy_btn');
  });

  it('takes no element for the title when nothing on the page is the name', () => {
    const doc = htmlDoc(`<html><head><title>Fresh Shop</title></head><body><div>Welcome</div></body></html>`);
    expect(readLayout(doc).title).toBeUndefined();
  });
});
