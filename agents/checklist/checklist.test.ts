import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../intents/types';
import { buildChecklist, verifyChecklist } from '.';
import type { ChecklistItem } from './types';
import { highestVersion, measures, modelNumbers } from './text';
import { calmTrack, hdmiCable, listingOnlyCard, product, strap, track } from './fixtures';

type Bare<T> = T extends ChecklistItem ? Omit<T, 'id' | 'label' | 'hard' | 'origin'> : never;
const item = (i: Bare<ChecklistItem>): ChecklistItem => ({ id: `t:${i.kind}`, label: i.kind, hard: true, origin: 'request', ...i }) as ChecklistItem;

const only = (items: ChecklistItem[], record: Parameters<typeof verifyChecklist>[1]) => verifyChecklist(items, record)[0]!;

describe('shopping items', () => {
  it('price bounds pass and fail with the price as evidence', () => {
    expect(only([item({ kind: 'price-at-most', max: 20 })], hdmiCable)).toMatchObject({ status: 'pass', evidence: { field: 'price', value: '15.99' } });
    expect(only([item({ kind: 'price-at-most', max: 10 })], hdmiCable).status).toBe('fail');
    expect(only([item({ kind: 'price-at-least', min: 10 })], product({ name: 'x' })).status).toBe('unknown');
  });

  it('a ceiling said as "under" or "less than" leaves out an offer at exactly that price; "at most" keeps it', () => {
    const [under] = buildChecklist({ text: '', kind: 'shopping', engine: 'rules', notes: [], intents: [
      { domain: 'shopping', category: 'price', role: 'wanted', text: 'less than 15.99', price: { max: 15.99, belowMax: true }, source: 'rules' },
    ] });
    expect(under).toMatchObject({ kind: 'price-at-most', label: 'Price under 15.99' });
    expect(only([under!], hdmiCable).status).toBe('fail');
    expect(only([item({ kind: 'price-at-most', max: 15.99 })], hdmiCable).status).toBe('pass');
  });

  it('brand is / is not read the brand field, or the name when there is none', () => {
    expect(only([item({ kind: 'brand-is', brand: 'hama' })], hdmiCable)).toMatchObject({ status: 'pass', evidence: { field: 'brand' } });
    expect(only([item({ kind: 'brand-is-not', brand: 'Hama' })], hdmiCable).status).toBe('fail');
    expect(only([item({ kind: 'brand-is', brand: 'Samsung' })], listingOnlyCard)).toMatchObject({ status: 'pass', evidence: { field: 'name' } });
  });

  it('attribute present finds the words in name or description; a bare listing card is unknown, not fail', () => {
    expect(only([item({ kind: 'attribute-present', text: 'gold plated connectors' })], hdmiCable)).toMatchObject({ status: 'pass', evidence: { field: 'description' } });
    expect(only([item({ kind: 'attribute-present', text: 'braided' })], hdmiCable).status).toBe('fail');
    expect(only([item({ kind: 'attribute-present', text: 's-pen' })], listingOnlyCard).status).toBe('unknown');
    expect(only([item({ kind: 'attribute-absent', text: 'ethernet' })], hdmiCable).status).toBe('fail');
  });

  it('"SO-DIMM" is the same name as "SODIMM", either way round, in the title or anywhere', () => {
    const sodimm = product({ name: 'Acme 8GB DDR4 3200MHz SODIMM Memory' });
    expect(only([item({ kind: 'attribute-absent', text: 'SO-DIMM' })], sodimm).status).toBe('fail');
    expect(only([item({ kind: 'attribute-absent', text: 'SO-DIMM', inTitle: true })], sodimm).status).toBe('fail');
    expect(only([item({ kind: 'attribute-present', text: 'SODIMM' })], product({ name: 'Acme 8GB DDR4 SO-DIMM Memory' })).status).toBe('pass');
    expect(only([item({ kind: 'attribute-absent', text: 'SO-DIMM' })], product({ name: 'Acme 8GB DDR4 3200MHz DIMM Memory', description: 'Desktop memory for ATX boards.' })).status).toBe('pass');
  });

  it('measures compare quantities across unit spellings ("5 Metre" > 3 metres)', () => {
    const [longer] = buildChecklist({ text: '', kind: 'shopping', engine: 'rules', notes: [], intents: [
      { domain: 'shopping', category: 'attribute', role: 'wanted', text: 'longer than 3 metres', source: 'rules' },
    ] });
    expect(longer).toMatchObject({ kind: 'measure', unit: 'm', op: '>', value: 3 });
    expect(only([longer!], hdmiCable)).toMatchObject({ status: 'pass', evidence: { field: 'name', value: '5 m' } });
    expect(only([item({ kind: 'measure', unit: 'm', op: '=', value: 3 })], hdmiCable).status).toBe('fail');
  });

  it('a tablet\'s or phone\'s screen is read from the bare size its title carries after the model', () => {
    const atLeast11 = [item({ kind: 'measure', unit: 'in', op: '>=', value: 11 })];
    expect(only(atLeast11, product({ name: 'Tablet SAMSUNG Galaxy Tab A9+ 11 WiFi 8GB 128GB Gray' }))).toMatchObject({ status: 'pass', evidence: { field: 'name', value: '11 in' } });
    expect(only(atLeast11, product({ name: 'Tablet SAMSUNG Galaxy Tab A9 8.7 LTE 8GB 128GB Gray' })).status).toBe('fail');
    expect(only(atLeast11, product({ name: 'Acme Tablet Case, Black' })).status).toBe('unknown');
  });

  it('a measure missing from the name is read from a description that names one figure in its unit, never from one naming several', () => {
    const atLeast512 = item({ kind: 'measure', unit: 'gb', op: '>=', value: 512 });
    const console = product({ name: 'Games Console Bundle | White', description: '<p>512 GB | 1080p | 1 controller</p>' });
    expect(only([atLeast512], console)).toMatchObject({ status: 'pass', evidence: { field: 'description', value: '512 gb' } });
    expect(only([atLeast512], product({ name: 'Games Console', description: 'A 256GB drive.' })).status).toBe('fail');
    const caseWithParts = product({ name: 'Gaming Case', description: 'Supports GPUs up to 335 mm and radiators up to 360 mm.' });
    expect(only([item({ kind: 'measure', unit: 'mm', op: '>=', value: 330 })], caseWithParts).status).toBe('unknown');
  });

  it('counts processor cores written as figures or words', () => {
    const atLeast12 = item({ kind: 'measure', unit: 'core', op: '>=', value: 12 });
    expect(only([atLeast12], product({ name: 'Maker Core i5-13600K CPU, 1700, 3.5 GHz, 14-Core, 125W' }))).toMatchObject({ status: 'pass', evidence: { value: '14 core' } });
    expect(only([atLeast12], product({ name: 'Maker Ryzen 3 3200G CPU, Quad Core, AM4, 3.6GHz' })).status).toBe('fail');
  });

  it('options, rating and stock', () => {
    expect(only([item({ kind: 'option', name: 'colour', value: 'black' })], strap)).toMatchObject({ status: 'pass', evidence: { field: 'options.colour' } });
    expect(only([item({ kind: 'option', name: 'colour', value: 'red' })], strap).status).toBe('fail');
    expect(only([item({ kind: 'rating-at-least', min: 4 })], product({ rating: 3.5 })).status).toBe('fail');
    expect(only([item({ kind: 'in-stock' })], product({ availability: 'OutOfStock' }))).toMatchObject({ status: 'fail', evidence: { value: 'OutOfStock' } });
  });

  it('same product by model number, compatible by device family', () => {
    const ryzen = product({ name: 'AMD Ryzen 9 5900X - 3.7 GHz - 12-core' });
    expect(only([item({ kind: 'same-product', reference: 'AMD Ryzen 9 5900X' })], ryzen).status).toBe('pass');
    expect(only([item({ kind: 'same-product', reference: 'AMD Ryzen 9 5950X' })], ryzen).status).toBe('fail');
    expect(only([item({ kind: 'compatible-with', target: 'Apple Watch Series 6' })], strap)).toMatchObject({ status: 'pass', evidence: { field: 'name' } });
    expect(only([item({ kind: 'compatible-with', target: 'Garmin Fenix 7' })], strap).status).toBe('unknown');
  });

  it('meets a black wish on a page read in full that names no colour, leaves it open on a bare listing, and fails it on one that names another', () => {
    const black = item({ kind: 'attribute-present', text: 'black', defaultUnlessNamed: ['white', 'red'] });
    expect(only([black], product({ name: 'Maker Helios RGB Gaming Case, E-ATX', description: 'A case.' })).status).toBe('pass');
    expect(only([black], product({ name: 'Maker Helios RGB Gaming Case, E-ATX' })).status).toBe('unknown');
    expect(only([black], product({ name: 'Maker Helios RGB White Gaming Case, E-ATX', description: 'A case.' })).status).toBe('fail');
    expect(only([black], product({ name: 'Maker Helios RGB Gaming Case, E-ATX, Black', description: 'A case.' })).status).toBe('pass');
  });

  it('not compatible when the page names the device\'s family with another generation ("for 7th Gen Intel NUC boards")', () => {
    const target = '11th-generation Intel NUC';
    expect(only([item({ kind: 'compatible-with', target })], product({ name: 'Akasa Plato TN Slim Fanless Case for 11th Gen Intel NUC boards' })).status).toBe('pass');
    expect(only([item({ kind: 'compatible-with', target })], product({ name: 'Akasa Plato X7D Low Profile NUC Case for 7th Gen Intel NUC Boards' })).status).toBe('fail');
    expect(only([item({ kind: 'compatible-with', target })], product({ name: 'Akasa Maxwell AC Pro Fanless Case for Intel NUC 13 Pro' })).status).toBe('fail');
    expect(only([item({ kind: 'compatible-with', target: 'Apple Watch Series 6' })], product({ name: 'Sport Band for Apple Watch Series 9' })).status).toBe('fail');
    expect(only([item({ kind: 'compatible-with', target: 'Apple Watch Series 6' })], product({ name: 'Sport Band for Apple Watch Series 4/5/6/7' })).status).toBe('pass');
    expect(only([item({ kind: 'compatible-with', target: 'Apple Watch Series 6' })], product({ name: 'UAG Civilian Strap for Apple Watch Series 7 - SE - 6 - 5 - 4 ( 45mm - 44mm )' })).status).toBe('pass');
  });

  it('compatible when the page names the device\'s maker and line apart ("Asrock Rear Audio Cable for DeskMini")', () => {
    const cable = product({ name: 'Asrock Rear Audio Cable for DeskMini Mini-STX Chassis', description: 'Connect to a soundbar.' });
    expect(only([item({ kind: 'compatible-with', target: 'Asrock DeskMini' })], cable)).toMatchObject({ status: 'pass', evidence: { field: 'name' } });
    expect(only([item({ kind: 'compatible-with', target: 'Asrock DeskMini' })], product({ name: 'Asrock Front Panel Cable', description: 'For Asrock boards.' })).status).toBe('unknown');
    expect(only([item({ kind: 'compatible-with', target: 'Asrock DeskMini' })], product({ name: 'Spire USB 2.0 Cable, Male to Male' })).status).toBe('unknown');
  });

  it('free text stays unknown and says so; items for tracks do not apply to products', () => {
    const [v] = verifyChecklist([item({ kind: 'free-text', text: 'looks elegant' })], strap);
    expect(v).toMatchObject({ status: 'unknown', decidedBy: 'unverifiable' });
    expect(v!.reason).toMatch(/no rule/);
    expect(only([item({ kind: 'genre', genre: 'rock', wanted: true })], strap).reason).toMatch(/does not apply/);
  });
});

describe('music items', () => {
  it('genre, decade, instrumental and mood read the track fields', () => {
    expect(only([item({ kind: 'genre', genre: 'ambient', wanted: true })], calmTrack)).toMatchObject({ status: 'pass', evidence: { field: 'styles', value: 'Ambient' } });
    expect(only([item({ kind: 'genre', genre: 'ambient', wanted: false })], calmTrack).status).toBe('fail');
    expect(only([item({ kind: 'decade', from: 1990, to: 1999, wanted: true })], calmTrack).status).toBe('pass');
    expect(only([item({ kind: 'decade', from: 1980, to: 1989, wanted: true })], calmTrack).status).toBe('fail');
    expect(only([item({ kind: 'instrumental', wanted: true })], calmTrack)).toMatchObject({ status: 'pass', evidence: { field: 'features.instrumentalness' } });
    // Audio features decide a feel; a style name that merely suggests it ("Ambient" for chill) is noted but not counted as seen.
    expect(only([item({ kind: 'mood', mood: 'chill', wanted: true })], calmTrack)).toMatchObject({ status: 'pass', evidence: { field: 'features.energy' } });
    expect(only([item({ kind: 'mood', mood: 'chill', wanted: true })], { ...calmTrack, features: {}, activity: undefined })).toMatchObject({ status: 'unknown', evidence: { field: 'styles', value: 'Ambient' } });
    expect(only([item({ kind: 'mood', mood: 'ambient', wanted: true })], { ...calmTrack, features: {}, activity: undefined })).toMatchObject({ status: 'pass', evidence: { field: 'styles', value: 'Ambient' } });
    expect(only([item({ kind: 'mood', mood: 'sad', wanted: true })], track({ features: { valence: 0.35 } })).status).toBe('fail');
    expect(only([item({ kind: 'mood', mood: 'calm', wanted: true })], { ...calmTrack, features: { energy: 0.8 } })).toMatchObject({ status: 'fail', evidence: { field: 'features.energy' } });
    expect(only([item({ kind: 'mood', mood: 'upbeat', wanted: true })], track({ moods: ['happy', 'upbeat'], features: { valence: 0.8, energy: 0.3 } }))).toMatchObject({ status: 'pass', evidence: { field: 'moods', value: 'upbeat' } });
    expect(only([item({ kind: 'mood', mood: 'fast', wanted: true })], track({ features: { tempo: 150, energy: 0.2 } }))).toMatchObject({ status: 'pass', evidence: { field: 'features.tempo' } });
    expect(only([item({ kind: 'mood', mood: 'sleep', wanted: true })], { ...calmTrack, styles: [] })).toMatchObject({ status: 'pass', evidence: { field: 'features.energy' } });
    expect(only([item({ kind: 'mood', mood: 'workout', wanted: true })], calmTrack).status).toBe('fail');
    expect(only([item({ kind: 'mood', mood: 'happy', wanted: false })], calmTrack).status).toBe('pass');
  });

  it('activity level decides the mood when no features are shown', () => {
    const active = track({ activity: 3 });
    expect(only([item({ kind: 'mood', mood: 'energetic', wanted: true })], active)).toMatchObject({ status: 'pass', evidence: { field: 'activity' } });
    expect(only([item({ kind: 'mood', mood: 'relaxing', wanted: true })], active).status).toBe('fail');
  });

  it('similar to an artist via related artists or shared styles; not-artist rejects', () => {
    const like = { kind: 'similar-to-artist' as const, artist: 'Boards of Canada', related: ['Harbour Lights'] };
    expect(only([item(like)], calmTrack).reason).toMatch(/also like/);
    expect(only([item({ ...like, related: [], genres: ['Downtempo'] })], calmTrack)).toMatchObject({ status: 'pass', evidence: { value: 'Downtempo' } });
    expect(only([item({ ...like, related: [], genres: ['Metal'] })], calmTrack).status).toBe('fail');
    expect(only([item({ kind: 'similar-to-artist', artist: 'X' })], calmTrack).status).toBe('unknown');
    expect(only([item({ kind: 'not-artist', artist: 'harbour lights' })], calmTrack).status).toBe('fail');
  });

  it('a rejected band said with or without "the" leaves out its tracks ("without the eagles" -> Eagles)', () => {
    const eagles = track({ title: 'Hotel California', artist: 'Eagles', year: 1976 });
    expect(only([item({ kind: 'not-artist', artist: 'the eagles' })], eagles).status).toBe('fail');
    expect(only([item({ kind: 'not-artist', artist: 'beatles' })], track({ title: 'Help!', artist: 'The Beatles', year: 1965 })).status).toBe('fail');
    expect(only([item({ kind: 'not-artist', artist: 'the eagles' })], track({ title: 'Song', artist: 'The Eagles of Death Metal', year: 2004 })).status).toBe('fail');
    expect(only([item({ kind: 'not-artist', artist: 'the eagles' })], track({ title: 'Dreams', artist: 'Fleetwood Mac', year: 1977 })).status).toBe('pass');
    expect(only([item({ kind: 'not-artist', artist: 'The The' })], track({ title: 'Song', artist: 'The Beatles', year: 1965 })).status).toBe('pass');
  });

  it('a track known from a list row: what the row shows decides, a label missing from it stays unknown', () => {
    const row = track({ title: 'Song', artist: 'Band', year: 1984, styles: ['Synth Pop'], fromListRow: true });
    expect(only([item({ kind: 'decade', from: 1980, to: 1989, wanted: true })], row).status).toBe('pass');
    expect(only([item({ kind: 'genre', genre: 'synth pop', wanted: true })], row).status).toBe('pass');
    expect(only([item({ kind: 'genre', genre: 'rock', wanted: true })], row).status).toBe('unknown');
    expect(only([item({ kind: 'genre', genre: 'rock', wanted: false })], row).status).toBe('unknown');
    expect(only([item({ kind: 'mood', mood: 'cheesy', wanted: false })], row).status).toBe('unknown');
    expect(only([item({ kind: 'similar-to-artist', artist: 'X', related: [], genres: ['Metal'] })], row).status).toBe('unknown');
    // The same facts on the track's own page are the whole story.
    expect(only([item({ kind: 'genre', genre: 'rock', wanted: true })], { ...row, fromListRow: undefined }).status).toBe('fail');
    expect(only([item({ kind: 'not-artist', artist: 'Band' })], { ...row, artist: '' }).status).toBe('unknown');
  });
});

describe('buildChecklist', () => {
  const parsed: ParsedRequest = {
    text: 'chill 80s synthwave like Kavinsky, no vocals, not Daft Punk', kind: 'music', engine: 'rules', notes: [],
    intents: [
      { domain: 'music', category: 'mood', role: 'wanted', text: 'chill', source: 'rules' },
      { domain: 'music', category: 'decade', role: 'wanted', text: '80s', source: 'rules' },
      { domain: 'music', category: 'named_entity', role: 'referential', text: 'Kavinsky', entityKind: 'artist', source: 'rules' },
      { domain: 'music', category: 'instrument', role: 'wanted', text: 'no vocals', source: 'rules' },
      { domain: 'music', category: 'named_entity', role: 'rejected', text: 'Daft Punk', source: 'rules' },
    ],
  };

  it('maps each intent to a typed item; references are soft, rejections hard', () => {
    const items = buildChecklist(parsed);
    expect(items.map((i) => i.kind)).toEqual(['mood', 'decade', 'similar-to-artist', 'instrumental', 'not-artist']);
    expect(items.find((i) => i.kind === 'decade')).toMatchObject({ from: 1980, to: 1989, hard: true });
    expect(items.find((i) => i.kind === 'similar-to-artist')!.hard).toBe(false);
    expect(items.find((i) => i.kind === 'not-artist')!.hard).toBe(true);
  });

  it('adds the profile as soft items', () => {
    const shopping: ParsedRequest = { text: 'running shoes under 100', kind: 'shopping', engine: 'rules', notes: [], intents: [
      { domain: 'shopping', category: 'price', role: 'wanted', text: 'under 100', price: { max: 100 }, source: 'rules' },
    ] };
    const items = buildChecklist(shopping, { likes: ['breathable'], dislikes: [], brandsLiked: [], brandsAvoided: ['Nike'], sizes: { shoe: '43' } });
    expect(items.filter((i) => i.origin === 'profile').map((i) => [i.kind, i.hard])).toEqual([
      ['attribute-present', false], ['brand-is-not', false], ['option', false],
    ]);
    expect(items[0]).toMatchObject({ kind: 'price-at-most', max: 100, hard: true });
  });
});

describe('text: model codes and Wi-Fi generations', () => {
  it('reads a figure hyphenated onto letters as a model code, not a quantity ("IB-1817M" is no 1817 m)', () => {
    expect(measures('Icy Box IB-1817M-C31 M.2 NVMe SSD Enclosure')).toEqual([]);
    expect(modelNumbers('Icy Box IB-1817M-C31')).toContain('ib1817m');
    expect(measures('HDMI Cable, 2m')).toEqual([{ value: 2, unit: 'm' }]);
  });

  it('reads Wi-Fi generations from their speed class and IEEE name', () => {
    expect(highestVersion('TP-Link Omada AC1750 Dual Band Access Point', 'Wi-Fi')?.parts).toEqual([5]);
    expect(highestVersion('AX3000 Wall Plate Access Point', 'Wi-Fi')?.parts).toEqual([6]);
    expect(highestVersion('supports 802.11ax and 802.11ac', 'Wi-Fi')?.parts).toEqual([6]);
    expect(highestVersion('Wi-Fi 6E router', 'Wi-Fi')).toMatchObject({ parts: [6], suffix: 'e' });
    expect(highestVersion('Universal Laptop Power Adapter, AC100-240V', 'Wi-Fi')).toBeUndefined();
  });
});

describe('text: dimensions with one unit after them', () => {
  it('reads every figure of "930 x 400 mm" in millimetres, so a desk mat 90 cm wide is found wide enough', () => {
    expect(measures('Acme XXL Desk Mat, 930 x 400 mm')).toEqual([{ value: 930, unit: 'mm' }, { value: 400, unit: 'mm' }]);
    expect(measures('Acme Mouse Pad 508x420mm')).toEqual([{ value: 508, unit: 'mm' }, { value: 420, unit: 'mm' }]);
    const wide = item({ kind: 'measure', unit: 'cm', op: '>=', value: 90 });
    expect(only([wide], product({ name: 'Acme XXL Desk Mat, 930 x 400 mm' })).status).toBe('pass');
    expect(only([wide], product({ name: 'Acme Mouse Pad, 508 x 420 mm' })).status).toBe('fail');
  });

  it('reads battery hours, and no hours out of a processor model ending in H', () => {
    expect(measures('Acme Laptop 4, Up to 19 Hours Run Time')).toEqual([{ value: 19, unit: 'hr' }]);
    expect(measures('Acme V15 Laptop, i5-13420H, 16GB')).toEqual([{ value: 16, unit: 'gb' }]);
    expect(modelNumbers('Acme V15 Laptop, i5-13420H')).toContain('13420h');
  });

  it('keeps a count before a size a count ("2 x 120mm fans" is no 2 mm)', () => {
    expect(measures('Acme Cooler, 2 x 120mm fans')).toEqual([{ value: 120, unit: 'mm' }]);
    expect(measures('16GB Kit (2 x 8GB)')).toEqual([{ value: 16, unit: 'gb' }, { value: 8, unit: 'gb' }]);
  });
});

describe('text: a slot named after a model number', () => {
  it('keeps "800" a word of its own in "Legend 800 M.2" (no 800 metres)', () => {
    expect(measures('Acme 2TB Legend 800 M.2 NVMe SSD').map((m) => m.unit)).not.toContain('m');
  });
});
