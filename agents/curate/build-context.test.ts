import { describe, expect, it } from 'vitest';
import { buildContextItems } from './build-context';

describe('buildContextItems: what the build around a part asks of it', () => {
  const text = 'My new PC pairs a Core i5-12400 with the DDR4 sticks from my old one, and it will live in the spare room, which no network cable reaches. Find the cheapest offer for a motherboard that suits it.';

  it('asks a board for the generation of the memory kept, and Wi-Fi where no network cable reaches', () => {
    expect(buildContextItems(text, ['motherboard']).map((i) => i.label)).toEqual(['DDR4', 'No network cable there: Wi-Fi']);
  });

  it('asks nothing of other kinds, nor of memory turned down', () => {
    expect(buildContextItems(text, ['cooler'])).toEqual([]);
    expect(buildContextItems('I am replacing my DDR4 memory. Find a motherboard with DDR5 slots.', ['motherboard'])).toEqual([]);
  });
});
