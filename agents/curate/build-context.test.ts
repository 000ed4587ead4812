import { describe, expect, it } from 'vitest';
import { buildContextItems, buildContextWishes } from './build-context';

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

describe('buildContextItems and buildContextWishes: memory for a laptop, a board for two processors', () => {
  it('reads "it takes the low-voltage DDR3 sticks" as DDR3L memory', () => {
    const text = 'My laptop from 2015 crawls with 4GB, and its manual says it takes the low-voltage DDR3 sticks. Find all offers for memory I can add to it.';
    expect(buildContextItems(text, ['memory'])).toEqual([expect.objectContaining({ text: 'DDR3L' })]);
  });

  it('keeps a board for "two Intel Xeon Scalable processors" to titles of dual-socket boards', () => {
    const [wish] = buildContextWishes('The next machine will run two Intel Xeon Scalable processors. Find all offers for a motherboard that can hold both of them.', ['motherboard']);
    expect(wish!.met('Maker WS C621E SAGE, Workstation, Intel C621, S 3647, EEB, Dual Scalable Xeon, 12 DDR4')).toBe(true);
    expect(wish!.met('Maker H370M-HDV, Intel H370, 1151, Micro ATX, 2 DDR4')).toBe(false);
    expect(buildContextWishes('Find a motherboard for my Ryzen 5 5600X.', ['motherboard'])).toEqual([]);
  });
});

describe('buildContextItems and buildContextWishes: memory for the last slot of a DDR5 board', () => {
  const text = 'Three of the four memory slots on my DDR5 board are taken, and I want to use the last one to add another 32GB. Find the cheapest offer for memory that does it.';
  it('asks DDR5, and one module rather than a kit', () => {
    expect(buildContextItems(text, ['memory']).map((i) => i.label)).toEqual(['DDR5']);
    const [wish] = buildContextWishes(text, ['memory']);
    expect(wish!.met('Maker Fury Beast 32GB, DDR5, 5600MHz (PC5-44800), CL40, DIMM Memory')).toBe(true);
    expect(wish!.met('Maker Lancer Blade 32GB Kit (2 x 16GB), DDR5, 5600MHz')).toBe(false);
  });
});

describe('buildContextItems: session 37', () => {
  it('asks a board for Wi-Fi where the desk is away from the router and no cable will be run, met by an "AX" title too', () => {
    const items = buildContextItems('The desk is two floors away from the router and I won\'t run a cable, so I\'d like a proper ATX board. What\'s the cheapest motherboard that ticks all of that?', ['motherboard']);
    expect(items.map((i) => i.label)).toEqual(['No network cable there: Wi-Fi']);
    expect(items[0]!.kind === 'attribute-present' && items[0]!.anyOf).toContain('AX');
  });
});
