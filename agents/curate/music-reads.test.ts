import { describe, expect, it } from 'vitest';
import type { PageReading } from '../page/types';
import type { SiteVisitor } from '../sites/types';
import { rememberListings } from './music-reads';

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
