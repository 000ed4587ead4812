import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../intents/types';
import { curateShopping } from './shopping';
import { fakeCard as card, fakeShopRef as ref, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';

const ask = (text: string): ParsedRequest => ({ text, kind: 'shopping', intents: [], engine: 'rules', notes: [] });
const cheapest = (what: string) => ask(`Find the cheapest offer for ${what}. If multiple offers share the lowest price, return all of them.`);
const run = async (sites: FakeSite[], request: ParsedRequest) => {
  const visitor = new FakeSiteVisitorTestDouble(sites);
  const result = await curateShopping({ request, sites: sites.map((s) => s.ref), visitor });
  return { visitor, result, picked: result.picks.map((p) => p.offer.record.name) };
};

describe('curateShopping: pack sizes, included and installed parts, kinds and needs', () => {
  it('reads "a single fan" as a pack size: never searched, and multi-packs and expansion kits are no single fan', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'pack', 'Acme 12cm ARGB Case Fans x3, Rifle Bearing', 12),
      card('a', 'kit', 'Acme RX120 12cm Case Fan, 8 ARGB LEDs, Single Fan Expansion Kit', 14),
      card('a', 'one', 'Bolt P12 12cm PWM ARGB Case Fan, 0-2000 RPM', 16),
      card('a', 'big', 'Bolt P14 14cm PWM ARGB Case Fan', 9),
    ] };
    const { visitor, picked } = await run([shop], cheapest('a single 12cm ARGB case fan'));
    expect(picked).toEqual(['Bolt P12 12cm PWM ARGB Case Fan, 0-2000 RPM']);
    expect(visitor.searches.some((s) => /single/i.test(s))).toBe(false);
  });

  it('searches on past a query whose cards are all of another kind, and checks the kind\'s spec words', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'caddy', 'Acme ED600 2.5" SATA Drive Caddy with 8-port gigabit network switch button', 8),
      card('a', 'five', 'Bolt LS105G 5-Port Gigabit Desktop Switch', 15),
      card('a', 'fast', 'Bolt LS108 8-Port 10/100 Desktop Switch', 12),
      card('a', 'eight', 'Bolt LS1008G 8-Port Gigabit Unmanaged Desktop Switch, Plastic Case', 29.99),
    ] };
    const { visitor, picked } = await run([shop], cheapest('an 8-port gigabit network switch'));
    expect(picked).toEqual(['Bolt LS1008G 8-Port Gigabit Unmanaged Desktop Switch, Plastic Case']);
    expect(visitor.searches).toContain('a:switch:1');
  });

  it('finds a camera sold as a kit with a lens by its name, and leaves the body alone out', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'body', 'Acme EOS Z50 Mirrorless Vlogging Camera (Body Only/Black)', 600),
      card('a', 'kit1', 'Acme EOS Z50 with RF-S 18-45mm', 700),
      card('a', 'kit2', 'Acme EOS Z50 With RF-S 18-45 f/4.5-6.3 Lens - Black', 749),
    ] };
    const { visitor, result, picked } = await run([shop], ask('Find all offers for the Acme EOS Z50 sold as a kit together with a lens.'));
    expect(picked.sort()).toEqual(['Acme EOS Z50 With RF-S 18-45 f/4.5-6.3 Lens - Black', 'Acme EOS Z50 with RF-S 18-45mm']);
    expect(visitor.searches[0]?.toLowerCase()).toBe('a:acme eos z50:1');
    expect(result.decisions.map((d) => d.what).join('\n')).toMatch(/titles must show: Comes with a lens/);
  });

  it('takes "ready to use, with memory and storage installed" as a complete mini PC, not a cheaper barebone', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'bare', 'Acme DeskMeet X300 Barebone Mini PC, AM4 - No CPU, RAM, Storage or O/S', 195),
      card('a', 'tiny', 'Bolt ThinkBox M60E Tiny SFF PC, i3, 8GB, 256GB SSD, Windows 11 Pro', 378),
    ] };
    const { picked } = await run([shop], cheapest('a mini PC that is ready to use out of the box, with memory and storage already installed'));
    expect(picked).toEqual(['Bolt ThinkBox M60E Tiny SFF PC, i3, 8GB, 256GB SSD, Windows 11 Pro']);
  });

  it('searches a generic "device" by the kind its need asks for, and checks the need on the title', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'dp', 'Acme DisplayPort Male to HDMI Female Converter Cable, Black device', 3),
      card('a', 'car', 'Acme Bluetooth Hands-Free Receiver for Cars, 3.5mm Jack for AUX-In', 10),
      card('a', 'ha100', 'Bolt (HA100) Bluetooth & NFC Music Receiver, Wireless Connectivity to your Stereo', 21),
    ] };
    const { visitor, picked } = await run([shop], cheapest('a device that lets me play music from my phone on my old home stereo without cables'));
    expect(picked).toEqual(['Bolt (HA100) Bluetooth & NFC Music Receiver, Wireless Connectivity to your Stereo']);
    expect(visitor.searches.some((s) => /device/.test(s))).toBe(false);
  });
});
