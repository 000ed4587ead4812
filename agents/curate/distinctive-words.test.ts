import { describe, expect, it } from 'vitest';
import { formsOf, keepDistinctive, searchForm, termForms, unexplainedWords, type WordHits } from './distinctive-words';
import type { Candidate } from './rank';
import type { Verdict } from '../checklist/types';

const offer = (site: string, slug: string, name: string, verdicts: Verdict[] = []): Candidate => ({
  offer: { site, record: { url: `http://${site}.test/product/${slug}/`, name, price: 10, images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 1 }, productKey: slug, readInFull: false },
  verdicts,
});
const hits = (entries: Record<string, string[]>, overflow: string[] = []): WordHits =>
  new Map(Object.entries(entries).map(([form, urls]) => [form, { urls: new Set(urls), overflow: overflow.includes(form) }]));
const url = (c: Candidate) => c.offer.record.url;

describe('searchForm', () => {
  it('searches the stem where it begins the word, else the prefix the two share', () => {
    expect(searchForm('calibrates')).toBe('calibr');
    expect(searchForm('Calibration')).toBe('calibr');
    expect(searchForm('battery')).toBe('batter');
    expect(searchForm('oak')).toBe('oak');
  });
});

describe('unexplainedWords', () => {
  it('keeps the words that say something about the product, not those the rules already read', () => {
    expect(unexplainedWords('with markings that help me tune my mouse sensitivity in aim-training software', ['mouse pad']))
      .toEqual(['mark', 'tune', 'sensit', 'aim', 'train', 'softwar']);
  });
  it('drops request words, contractions and short words, and looks up at most six', () => {
    expect(unexplainedWords("that won't disturb anyone when I write, please", ['keyboard'])).toEqual(['disturb', 'write']);
    expect(unexplainedWords('one two three four five six seven eight nine', [])).toHaveLength(6);
  });
});

describe('termForms', () => {
  it('looks a model\'s terms up word by word, figures whole, nothing the request already looks up', () => {
    expect(termForms(['Rotatable plugs', 'swivel', 'IP67 rated', '360° rotation', 'of the'], formsOf(['HDMI cable whose plugs can turn'])))
      .toEqual(['rotat', 'swivel', 'ip67', 'rate', '360']);
  });
});

describe('keepDistinctive', () => {
  const pads = [
    offer('a', 'aim', 'Hone Ace Aim Lab Edition Mouse Pad'), offer('b', 'aim', 'Hone Ace Aim Lab Edition Mouse Pad'),
    offer('a', 'plain', 'Plain Mouse Pad'), offer('b', 'cloth', 'Cloth Mouse Pad, XL'), offer('a', 'rgb', 'RGB Mouse Pad'), offer('b', 'hard', 'Hard Mouse Pad'),
  ];
  it('keeps every offer of the product that states the rare word', () => {
    const kept = keepDistinctive(pads, hits({ mark: [url(pads[0]!)], softwar: [] }));
    expect(kept?.kept.map(url)).toEqual([url(pads[0]!), url(pads[1]!)]);
    expect(kept?.words).toEqual(['mark']);
  });
  it('decides nothing when the words are common to the kind, unseen, or overflow the first page', () => {
    expect(keepDistinctive(pads, hits({ pad: pads.map(url) }))).toBeUndefined();
    expect(keepDistinctive(pads, hits({ softwar: [] }))).toBeUndefined();
    expect(keepDistinctive(pads, hits({ mark: [url(pads[0]!)] }, ['mark']))).toBeUndefined();
  });
  it('never brings back a candidate that failed a hard wish', () => {
    const failed: Verdict = { itemId: 'x', kind: 'price-at-most', label: 'at most 5', hard: true, status: 'fail', reason: 'costs 10', decidedBy: 'rules' };
    const withFail = [offer('a', 'aim', 'Hone Ace Aim Lab Edition Mouse Pad', [failed]), ...pads.slice(2)];
    expect(keepDistinctive(withFail, hits({ mark: [url(withFail[0]!)] }))).toBeUndefined();
  });
  it('keeps near-equal products that differ only by an incidental word, not those with a lone common one', () => {
    const cases = [offer('a', 'n1', 'North Oak Front'), offer('b', 'n2', 'North XL Oak Front'), ...Array.from({ length: 10 }, (_, i) => offer('a', `c${i}`, `Case ${i} Mesh Front`))];
    const front = cases.slice(1).map(url);
    const kept = keepDistinctive(cases, hits({ oak: cases.slice(0, 2).map(url), front }));
    expect(kept?.kept.map(url)).toEqual(cases.slice(0, 2).map(url));
  });
});
