/** The fetch visitor against the team's local shops and music sites (eval/sites). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkedomVisitor } from '../sites/linkedom-visitor';
import type { SiteRef } from '../../agents/sites/types';
import { startSites, type RunningSites } from '../sites/index';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../..', process.env.TASTEBUD_DATA ?? '../shared/data');
const HAS_DATA = existsSync(join(DATA, 'webmall', 'shop1.csv'));
if (!HAS_DATA) console.warn(`Skipping local-site reading tests: no evaluation data at ${DATA} (set TASTEBUD_DATA).`);

describe.skipIf(!HAS_DATA)('reading the local sites through the fetch visitor', () => {
  let running: RunningSites;
  const visitor = createLinkedomVisitor();
  const ref = (id: 'shop1' | 'shop2' | 'shop4' | 'tunes' | 'archive'): SiteRef => running.sites[id] as SiteRef;

  beforeAll(async () => {
    running = await startSites({ data: DATA, only: ['shop1', 'shop2', 'shop4', 'tunes', 'archive'] });
  });
  afterAll(() => running?.close());

  it.each(['shop1', 'shop2', 'shop4'] as const)('%s: search finds priced SSDs, a next page, and product pages read fully', async (id) => {
    const listing = await visitor.search(ref(id), 'ssd');
    expect(listing.cards.length).toBeGreaterThan(3);
    expect(listing.cards.every((c) => c.price !== undefined && c.price > 0 && c.currency === 'EUR')).toBe(true);
    expect(listing.cards.some((c) => /ssd/i.test(c.name))).toBe(true);
    expect(listing.nextPageUrl).toBeDefined();
    const page2 = await visitor.search(ref(id), 'ssd', 2);
    expect(page2.cards[0]?.url).not.toBe(listing.cards[0]?.url);
    const reading = await visitor.read(listing.cards[0]!.url);
    expect(reading.kind).toBe('product');
    if (reading.kind === 'product') {
      expect(reading.product.name).toBe(listing.cards[0]!.name);
      expect(reading.product.price).toBe(listing.cards[0]!.price);
      expect(reading.product.sku).toBeTruthy();
    }
  });

  it.each(['shop1', 'shop2', 'shop4'] as const)('%s: a nonsense query is recognised as no results', async (id) => {
    const listing = await visitor.search(ref(id), 'xqzzyv unicorn');
    expect(listing).toMatchObject({ noResults: true, cards: [] });
  });

  it('tunes: a searched track reads with artist, genres, moods and features', async () => {
    const listing = await visitor.search(ref('tunes'), 'ambient');
    expect(listing.cards.length).toBeGreaterThan(0);
    const reading = await visitor.read(listing.cards[0]!.url);
    expect(reading.kind).toBe('track');
    if (reading.kind === 'track') {
      expect(reading.track.title).toBe(listing.cards[0]!.name);
      expect(reading.track.artist).not.toBe('');
      expect(reading.track.genres.length).toBeGreaterThan(0);
      expect(Object.keys(reading.track.features)).toContain('energy');
    }
  });

  it('archive: a searched release reads with artist, year, genre and style', async () => {
    const listing = await visitor.search(ref('archive'), 'ambient');
    expect(listing.cards.length).toBeGreaterThan(0);
    const reading = await visitor.read(listing.cards[0]!.url);
    expect(reading.kind).toBe('track');
    if (reading.kind === 'track') {
      expect(reading.track.artist).not.toBe('');
      expect(reading.track.year).toBeGreaterThan(1900);
      expect(reading.track.styles.length).toBeGreaterThan(0);
    }
  });
});
