import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { fitNames, madeForItems, madeForKinds, madeForOthers, madeForStatement, namedProducts } from './made-for';

const miniPc = 'Acme Mini PC, Maker QN51 Case, Ryzen 3 5300U, 8GB 3200MHz, 256GB SSD, HDMI, DP, USB-C, No Operating System';
const tower = 'Maker Design Vista 2 (Black TG) Gaming Case w/ Clear Glass Window, ATX, 2 Fans, Mesh Front';

describe('what a part says it is made for', () => {
  it('reads the products after "for", up to a comma or "with", and whether they are the only ones', () => {
    expect(madeForStatement('Other Turing A50 Compact Fanless Case for Maker QN51 and QN50 with AMD Ryzen, Vertical')).toEqual({ text: 'Maker QN51 and QN50', only: false });
    expect(madeForStatement('Maker USB-C 10Gbps Model D Cable for Maker Pop &amp; Vista 2 Cases Only, 650mm')).toEqual({ text: 'Maker Pop & Vista 2 Cases Only', only: true });
  });

  it('finds no product in a use, a maker alone or a standard', () => {
    expect(madeForStatement('Acme Wireless Headset for Gaming, 7.1 Surround')).toBeUndefined();
    expect(madeForStatement('Other Euler Thin Mini ITX Case for Intel LGA1700, Fanless')).toBeUndefined();
    expect(madeForStatement('Other Fanless Case for Mini ITX Boards, VESA Mountable')).toBeUndefined();
    expect(namedProducts('Tinker Board 2/2S')).toEqual([['tinker', '2'], ['2s']]);
  });
});

describe('the names a part made for the quoted product would use', () => {
  it('takes the model numbers of the naming segments, a built-in part\'s too, never a socket', () => {
    expect(fitNames(miniPc)).toEqual(['QN51', '5300U']);
    expect(fitNames('Maker Core i5-12500 CPU, 1700, 3.0 GHz, 6-Core')).toEqual(['i5-12500']);
  });

  it('takes a line name with its number when the title has no model number, and nothing from a plain line word', () => {
    expect(fitNames(tower)).toEqual(['Vista 2']);
    expect(fitNames('Maker Design North Charcoal Black (Black Solid) Case, ATX, 2 Fans')).toEqual([]);
  });
});

describe('a part made for other products', () => {
  it('is one made only for others, and a case built for another board', () => {
    expect(madeForOthers('Maker USB-C Model E Cable for Maker Meshify Lite Cases Only, 1000mm', tower)).toBe(true);
    expect(madeForOthers('Other Tinker Fanless Aluminium Case for Tinker Board 2/2S, HDMI', miniPc)).toBe(true);
    expect(madeForOthers('Other Plato Low Profile Case for 7th Gen Intel NUC Boards, Fanless', miniPc)).toBe(true);
  });

  it('is not one naming the quoted product, a cable that may serve others too, or one that names nothing', () => {
    expect(madeForOthers('Maker USB-C Model D Cable for Maker Pop & Vista 2 Cases Only, 650mm', tower)).toBe(false);
    expect(madeForOthers('Other Turing A50 Compact Fanless Case for Maker QN51 and QN50 with AMD Ryzen', miniPc)).toBe(false);
    expect(madeForOthers('Acme HDMI Cable for Maker Consoles Series 5, 2m', miniPc)).toBe(false);
    expect(madeForOthers('Other Euler Thin Mini ITX Case, Fanless, Aluminium', miniPc)).toBe(false);
    expect(madeForOthers('Other Compact Case for Maker ROG Strix Boards, Mini ITX', 'Maker ROG Strix B650-I Gaming WiFi, AM5, Mini ITX')).toBe(false);
  });
});

describe('a fit confirmed by the part\'s own word', () => {
  const verdict = (items: ReturnType<typeof madeForItems>, name: string) => verifyChecklist(items, product({ name, description: 'A part.' }))[0]!.status;

  it('confirms a case naming the mini PC\'s board, and leaves one that does not say unconfirmed, not failed', () => {
    const items = madeForItems(miniPc, ['fanless cases']);
    expect(items.map((i) => i.label)).toEqual(['Made for QN51']);
    expect(verdict(items, 'Other Turing A50 Compact Fanless Case for Maker QN51 and QN50 with AMD Ryzen')).toBe('pass');
    expect(verdict(items, 'Other Euler Thin Mini ITX Case, Fanless, Aluminium')).toBe('unknown');
  });

  it('confirms a front-panel cable naming the case\'s line, not a phone cable', () => {
    const items = madeForItems(tower, ['cables']);
    expect(verdict(items, 'Maker USB-C 10Gbps Model D Cable for Maker Pop & Vista 2 Cases Only, 650mm')).toBe('pass');
    expect(verdict(items, 'Acme Charging/Data USB-C to Lightning Cable, 480Mbps, 3 Metre, Black')).toBe('unknown');
  });

  it('asks nothing of the quoted product\'s own kind, nor without a name to look for', () => {
    expect(madeForItems(miniPc, ['mini PCs'])).toEqual([]);
    expect(madeForItems('Maker Design North Charcoal Black (Black Solid) Case, ATX, 2 Fans', ['fans'])).toEqual([]);
  });
});


describe('standards named beside products, from the one vocabulary (standards.ts)', () => {
  it('drops a form factor, a memory module or a wireless standard from the products a statement names', () => {
    expect(namedProducts('Maker PN51 Mini-STX')).toEqual([['maker', 'pn51']]);
    expect(namedProducts('DeskMini Mini-STX Chassis')).toEqual([]);
    expect(namedProducts('Maker QN51 Wi-Fi and Maker QN50 SO-DIMM')).toEqual([['maker', 'qn51'], ['maker', 'qn50']]);
  });
});

describe('the products a quoted part names, when the ones asked for are of the kind it names', () => {
  const cable = 'Maker USB-C 10Gbps Model E Cable for Maker Vista Lite Cases Only, 1000mm';

  it('takes only cases carrying every word of a named one, a model number between them or not, and searches them', () => {
    const made = madeForKinds(cable, ['case'])!;
    expect(made.queries).toEqual(['maker vista lite']);
    expect(made.wish.met('Maker Design Vista 2 Lite (Black TG) Gaming Case w/ Light Tint Glass Window, E-ATX')).toBe(true);
    expect(made.wish.met('Maker Design Vista 2 (Black TG) Gaming Case w/ Dark Tint Glass Window, E-ATX, USB-C')).toBe(false);
    expect(made.wish.met('Other Lite Gaming Case, ATX')).toBe(false);
  });

  it('says nothing of kinds the statement does not name, nor of a part made for no named product', () => {
    expect(madeForKinds(cable, ['fan'])).toBeUndefined();
    expect(madeForKinds('Acme Wireless Headset for Gaming, 7.1 Surround', ['case'])).toBeUndefined();
  });
});

describe('madeForKinds: asked for what the quoted part is made for', () => {
  const akasa = 'Akasa Turing A50 MKII Compact Fanless Case for ASUS PN51 and PN50 with AMD Ryzen, Vertical/Horizontal';
  it('keeps the mini PCs the case names when the request asks for those "this case is made for"', () => {
    const found = madeForKinds(akasa, ['pc'], 'Find all offers for barebone mini PCs whose board this fanless case is made for: URL .');
    expect(found?.wish.met('Asus Mini PC PN51 Barebone, Ryzen 5 5500U, DDR4 SO-DIMM')).toBe(true);
    expect(found?.wish.met('Asus Mini PC PN64 Barebone, i3-1220P, DDR5 SO-DIMM')).toBe(false);
    // Without the request asking for what it is made for, a statement naming no kind asks nothing.
    expect(madeForKinds(akasa, ['pc'])).toBeUndefined();
  });
});

describe('madeForItems: a holder is made for devices, not devices for it', () => {
  it('asks no monitor to be made for the arm that holds it', () => {
    expect(madeForItems('Arctic X1 Single Monitor Arm, Up to 43" Monitors / 49" Ultrawide', ['monitors'])).toEqual([]);
  });
});
