import { describe, expect, it } from 'vitest';
import type { PageReading } from '../page/types';
import type { SiteVisitor } from '../sites/types';
import { browseMusic, rememberListings } from './music-reads';

/** A visitor that counts the pages it fetches: a listing at /genre/..., a track page elsewhere. */
function countingVisitor(): { visitor: SiteVisitor; fetched: string[] } {
  const fetched: string[] = [];
  const visitor: SiteVisitor = {
    async search() { throw new Error('not used'); },
    async read(url) {
      fetched.push(url);
      if (url.includes('/genre/')) return { kind: 'listing', listing: { url, cards: [], nextPageUrl: `${url}?page=2` } } as unknown as PageReading;
      return { kind: 'unknown', url, reason: 'not a listing' };
    },
    pagesLoaded: () => fetched.length,
  };
  return { visitor, fetched };
}

describe('a listing page read once in a visit', () => {
  it('is not fetched again when a subgenre glanced at is then read on (the page count the user sees drops by one)', async () => {
    const { visitor, fetched } = countingVisitor();
    const remembering = rememberListings(visitor);
    const first = await remembering.read('http://127.0.0.1:1/genre/new-jack-swing');
    const again = await remembering.read('http://127.0.0.1:1/genre/new-jack-swing#top');
    expect(again).toBe(first);
    expect(fetched).toEqual(['http://127.0.0.1:1/genre/new-jack-swing']);
  });

  it('still fetches pages that are not listings each time they are asked for', async () => {
    const { visitor, fetched } = countingVisitor();
    const remembering = rememberListings(visitor);
    await remembering.read('http://127.0.0.1:1/track/1');
    await remembering.read('http://127.0.0.1:1/track/1');
    expect(fetched).toHaveLength(2);
  });
});

describe('a genre listing where a wish is rare', () => {
  it('is read on past pages whose rows were all passed over, so a fitting track on page 12 is found', async () => {
    const fetched: string[] = [];
    const page = (n: number): PageReading => ({
      kind: 'listing',
      listing: {
        url: `http://127.0.0.1:1/genre/pop?page=${n}`, noResults: false,
        cards: [{ url: `http://127.0.0.1:1/track/${n}`, name: `Song ${n}`, artist: 'Someone', year: n === 12 ? 1985 : 2019 }],
        ...(n < 14 ? { nextPageUrl: `http://127.0.0.1:1/genre/pop?page=${n + 1}` } : {}),
      },
    });
    const visitor: SiteVisitor = {
      async search() { throw new Error('not used'); },
      async read(url) {
        fetched.push(url);
        const n = Number(/page=(\d+)/.exec(url)?.[1] ?? /track\/(\d+)/.exec(url)?.[1] ?? 1);
        return url.includes('/track/') ? { kind: 'track', track: { url, title: `Song ${n}`, artist: 'Someone', year: 1985, genres: ['pop'], styles: [], moods: [], features: {} } } : page(n);
      },
      pagesLoaded: () => fetched.length,
    };
    const finds = await browseMusic('http://127.0.0.1:1/genre/pop?page=1', visitor, new AbortController().signal, new Set(), 60, { pages: 1, row: (t) => (t.year === 1985 ? 'read' : 'unfit') });
    expect(finds.ownPage.has('http://127.0.0.1:1/track/12')).toBe(true);
  });
});
