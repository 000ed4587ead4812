import { describe, expect, it } from 'vitest';
import { containsAllTokens } from './text';
import { saidWords } from './said-words';
import { measureFromText } from './build-shopping';
import type { ChecklistItem } from './types';

const repeats = (subject: string, item: ChecklistItem) => saidWords(item).some((w) => containsAllTokens(subject, w));

describe('saidWords: what a wish says, whatever its card label reads', () => {
  it('finds a socket, a maker and a figure in the product asked for, as the user wrote it', () => {
    const socket: ChecklistItem = { kind: 'attribute-present', id: 'present:lga1200', label: 'Fits socket LGA1200', text: 'lga1200', hard: true, origin: 'request' };
    expect(repeats('an LGA1200 CPU', socket)).toBe(true);
    const maker: ChecklistItem = { kind: 'brand-is', id: 'brand=asus', label: 'Brand Asus', brand: 'asus', hard: true, origin: 'request' };
    expect(repeats('an Asus laptop', maker)).toBe(true);
    const clock = measureFromText('3600MHz', true, 'request')!;
    expect(clock.label).toBe('3600 MHz');
    expect(repeats('3600MHz DDR4 memory', clock)).toBe(true);
    expect(repeats('3600 MHz DDR4 memory', clock)).toBe(true);
    expect(repeats('3200MHz DDR4 memory', clock)).toBe(false);
  });

  it('says nothing of a price or a pack size, which no product name repeats', () => {
    expect(saidWords({ kind: 'price-at-most', id: 'price<=100', label: 'Price at most 100', max: 100, hard: true, origin: 'request' })).toEqual([]);
    expect(saidWords({ kind: 'pack-size', id: 'pack:=3', label: 'A pack of 3', op: '=', count: 3, hard: true, origin: 'request' })).toEqual([]);
  });
});
