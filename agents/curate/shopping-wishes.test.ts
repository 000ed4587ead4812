import { describe, expect, it } from 'vitest';
import { extractIntents } from '../intents';
import type { ParsedRequest } from '../intents/types';
import { curateShopping } from './shopping';
import { fakeCard as card, fakeShopRef as ref, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';

const ask = (text: string): ParsedRequest => ({ text, kind: 'shopping', intents: [], engine: 'rules', notes: [] });
const cheapest = (what: string) => ask(`Find the cheapest offer for ${what}. If multiple offers share the lowest price, return all of them.`);
const run = async (sites: FakeSite[], request: ParsedRequest, pages: ConstructorParameters<typeof FakeSiteVisitorTestDouble>[1] = {}) => {
  const visitor = new FakeSiteVisitorTestDouble(sites, pages);
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

describe('curateShopping: needs, looks and bundles said in other words than the titles use', () => {
  it('finds "something that lets my case fan\'s cable reach a header too far away" as a fan extension cable', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'usb', 'Acme USB 3.0 Extension Cable, 2m', 4),
      card('a', 'fan', 'Acme 12cm PWM Case Fan, 4-pin', 6),
      card('a', 'ext', 'Bolt PWM Fan Extension Cable, 30cm', 9.99),
    ] };
    const { picked } = await run([shop], cheapest("something that lets my case fan's cable reach a motherboard header that is too far away"));
    expect(picked).toEqual(['Bolt PWM Fan Extension Cable, 30cm']);
  });

  it('takes only the desktop PC whose title shows Windows and "KB & Mouse" for one usable straight out of the box with both', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'noos', 'Acme MATX Tower PC, Ryzen 5 5600G, 16GB, 1TB SSD, No Optical, KB & Mouse, No Operating System', 350),
      card('a', 'tiny', 'Acme M60E Tiny SFF PC, i3, 8GB, 256GB SSD, No Optical, Wi-Fi, Windows 11 Pro', 378),
      card('a', 'win', 'Acme MATX Tower PC, i5-12400, 16GB, 512GB SSD, No Optical, KB & Mouse, Windows 11 Pro', 494.57),
    ] };
    const { picked } = await run([shop], cheapest('a desktop PC I can use for office work straight out of the box, with Windows installed and a keyboard and mouse included'));
    expect(picked).toEqual(['Acme MATX Tower PC, i5-12400, 16GB, 512GB SSD, No Optical, KB & Mouse, Windows 11 Pro']);
  });

  it('reads "shaped like a games console" on the page, description included, and drops the reason after it', async () => {
    const page = (slug: string, name: string, description: string) => ({ [`http://a.test/product/${slug}/`]: { kind: 'product' as const, product: { url: `http://a.test/product/${slug}/`, name, price: 100, description, images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 1 } } });
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'tower', 'Acme Focus Gaming Case, ATX, 2 Fans', 80),
      card('a', 'slim', 'Bolt Slab SFF Case, Mini ITX, Horizontal', 120),
    ] };
    const pages = { ...page('tower', 'Acme Focus Gaming Case, ATX, 2 Fans', 'A mid tower with a mesh front.'),
      ...page('slim', 'Bolt Slab SFF Case, Mini ITX, Horizontal', 'A slim console-style case for the living room.') };
    const { visitor, picked } = await run([shop], ask('Find all offers for PC cases shaped like a games console, so that my computer can sit under the TV.'), pages);
    expect(picked).toEqual(['Bolt Slab SFF Case, Mini ITX, Horizontal']);
    // The look's word is looked up with the kind ("case console", word-searches.ts); the reason's words never are.
    expect(visitor.searches.some((s) => /shaped|\btv\b|\bsit\b/i.test(s))).toBe(false);
  });
});

describe('curateShopping: an offer condition the shopper refuses', () => {
  it('leaves a refurbished listing out when the request says it does not want one', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'new', 'Acme Watch Series 8 GPS 41mm Silver Case with White Band', 300),
      card('a', 'refurb', 'Refurbished Acme Watch Series 8 GPS 41mm Graphite Case with Black Band', 250),
    ] };
    const text = 'Find all offers for a new Acme Watch Series 8 with a 41mm case. I do not want a refurbished one.';
    const { picked } = await run([shop], { ...ask(text), intents: extractIntents(text, { domain: 'shopping' }).intents });
    expect(picked).toEqual(['Acme Watch Series 8 GPS 41mm Silver Case with White Band']);
  });
});

describe('a maker demanded, a package of two kinds, a line named without its kind', () => {
  it('answers "everything on my desk to be Asus ... a keyboard and mouse that come together as a set" with Asus sets only', async () => {
    const text = 'I want everything on my office desk to be Asus. Find all offers for a wired keyboard and mouse that come together as a set.';
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'asus-set', 'Asus CW100 Wired Keyboard and Mouse Set, USB', 29.99),
      card('a', 'logi-set', 'Logitech MK120 Wired Keyboard and Mouse Set, USB', 19.99),
      card('a', 'asus-mouse', 'Asus ROG Harpe Ace Gaming Mouse, Wireless', 99.99),
      card('a', 'asus-keyboard', 'Asus ROG Falchion Ace Wired Keyboard', 109.99),
    ] };
    const { picked } = await run([shop], { ...ask(text), intents: extractIntents(text).intents });
    expect(picked).toEqual(['Asus CW100 Wired Keyboard and Mouse Set, USB']);
  });

  it('answers "the Fractal Design Torrent in the White Clear TG edition" with that edition of the plain Torrent', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'clear', 'Fractal Design Torrent (White Clear TG) Gaming Case w/ Clear Glass Windows, E-ATX, 5 Fans', 171.38),
      card('a', 'compact', 'Fractal Design Torrent Compact (White TG) Gaming Case w/ Clear Glass Window, E-ATX, 2 Fans', 139.99),
      card('a', 'compact-clear', 'Fractal Design Torrent Compact (White Clear TG) Gaming Case w/ Clear Glass Window, E-ATX, 2 Fans', 149.99),
      card('a', 'rgb', 'Fractal Design Torrent (White RGB TG) Gaming Case w/ Clear Glass Window, E-ATX, 5 ARGB Fans', 199.99),
    ] };
    const { picked } = await run([shop], ask('Find all offers for the Fractal Design Torrent in the White Clear TG edition.'));
    expect(picked).toEqual(['Fractal Design Torrent (White Clear TG) Gaming Case w/ Clear Glass Windows, E-ATX, 5 Fans']);
  });
});

describe('curateShopping: a quality said of the machine, not of the case (session 28)', () => {
  it('asks no "continuous operation" of a case for "a workstation that runs day and night", and still of a drive', async () => {
    const shop: FakeSite = { ref: ref('a'), cards: [
      card('a', 'quiet', 'Acme Define R6 Black Solid Gaming Case, E-ATX, Sound Dampening', 120),
      card('a', 'glass', 'Acme Define R6 Black TG Gaming Case, E-ATX, Glass Window', 130),
    ] };
    const { result } = await run([shop], ask('Case requirements for a workstation that runs day and night in my study: made by Acme; takes an E-ATX board; no glass window. Find all offers for cases that meet all of them.'));
    expect(result.checklist.map((i) => i.id)).not.toContain('quality:continuous');
    const drives: FakeSite = { ref: ref('b'), cards: [card('b', 'nas', 'Bolt 4TB NAS Hard Drive, 24/7 Operation', 99)] };
    const drive = await run([drives], ask('Find all offers for a hard drive for my server that runs day and night.'));
    expect(drive.result.checklist.map((i) => i.id)).toContain('quality:continuous');
  });
});
