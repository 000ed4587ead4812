import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from './items';
import { product } from './fixtures';
import { buildChecklist } from './build';
import { extractIntents } from '../intents';
import { measureFromText, shoppingItems } from './build-shopping';

describe('measure labels: how a figure reads on a result card', () => {
  it.each([
    ['1TB', '1 TB'],
    ['at least 250GB', 'At least 250 GB'],
    ['longer than 3m', 'More than 3 m'],
    ['up to 65W', 'At most 65 W'],
    ['with 6 core', '6 cores'],
    ['27in', '27 inches'],
    ['3600MHz', '3600 MHz'],
  ])('"%s" reads "%s", not the unit and an operator', (said, shown) => {
    expect(measureFromText(said, true, 'request')?.label).toBe(shown);
  });
});

describe('a rejected option', () => {
  it('"not the White one" checks that white is absent rather than wishing for white', () => {
    const items = buildChecklist({ ...extractIntents('Find all offers for the Asus TUF Gaming GT501 case, the standard edition and not the White one.'), kind: 'shopping' });
    expect(items.some((i) => i.kind === 'option' && i.value === 'white')).toBe(false);
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'white' }));
  });

  it('"rather than the 2.5-inch one" rejects that size', () => {
    const items = buildChecklist({ ...extractIntents('Find the cheapest offer for the Crucial MX500 500GB SSD, the M.2 version rather than the 2.5-inch one.'), kind: 'shopping' });
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: '2.5inch' }));
    expect(items.map((i) => i.label)).not.toContain('variation rather');
  });
});

describe('a pack size asked for', () => {
  const packItems = (text: string) => buildChecklist({ ...extractIntents(text), kind: 'shopping' }).filter((i) => i.kind === 'pack-size' || i.kind === 'free-text');
  const fan = (name: string) => product({ name, url: `http://shop.test/${name.length}`, price: 20 });
  const verdict = (text: string, name: string) => {
    const [item] = packItems(text);
    return item ? ITEM_KINDS[item.kind].verify(item as never, fan(name)).status : undefined;
  };

  it('is checked on the title, not left as a wish no rule can check', () => {
    expect(packItems('Find all offers for the Asus TUF Gaming TF120 ARGB fans as a 3-pack.').map((i) => i.label)).toEqual(['A pack of 3']);
    expect(verdict('Find all offers for the Asus TUF Gaming TF120 ARGB fans as a 3-pack.', 'Asus TUF Gaming TF120 ARGB 12cm Case Fans (3 Pack)')).toBe('pass');
    expect(verdict('Find all offers for the Asus TUF Gaming TF120 ARGB fans as a 3-pack.', 'Corsair RX140 14cm Case Fans x2')).toBe('fail');
    expect(verdict('Find all offers for the white Arctic P12 fan sold as single.', 'Arctic P12 PWM PST 12cm Case Fan, White')).toBe('pass');
    expect(verdict('Find all offers for the white Arctic P12 fan sold as single.', 'Arctic P12 Value Pack, 5 pcs')).toBe('fail');
  });

  it('reads a model\'s quantity ("3-pack", "pack of 2") as the rules\' pack size', () => {
    const item = (value: string) => shoppingItems({ domain: 'shopping', category: 'quantity', role: 'wanted', text: value, value, source: 'model' })[0]?.label;
    expect(['3-pack', 'pack of 2', '3 pcs', 'single', 'multipack', '6 bottles', '1 pcs'].map(item))
      .toEqual(['A pack of 3', 'A pack of 2', 'A pack of 3', 'Sold singly', 'A multi-pack', '6 bottles (no rule can check this)', '1 pcs (no rule can check this)']);
  });

  it('reads "three ... sold together in one box" as a pack of three, never as one sold singly', () => {
    expect(packItems('Find the cheapest three matching 12cm ARGB fans sold together in one box.').map((i) => i.label)).toEqual(['A pack of 3']);
  });
});

describe('pack sizes turned down', () => {
  it('checks "not a three-pack" as any pack size but three, and "no multi-pack" as one sold singly', () => {
    const packs = (text: string) => buildChecklist(extractIntents(text)).filter((i) => i.kind === 'pack-size').map((i) => i.label);
    expect(packs('140mm fans, not a three-pack')).toEqual(['Not a pack of 3']);
    const item = buildChecklist(extractIntents('140mm fans, not a three-pack')).find((i) => i.kind === 'pack-size')!;
    expect(ITEM_KINDS['pack-size'].verify(item as never, product({ name: 'Acme 14cm Fan' })).status).toBe('pass');
    expect(ITEM_KINDS['pack-size'].verify(item as never, product({ name: 'Acme 14cm Fans (3 Pack)' })).status).toBe('fail');
  });
});
