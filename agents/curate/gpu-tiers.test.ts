import { describe, expect, it } from 'vitest';
import { gpuTierWishes } from './gpu-tiers';

const met = (text: string, title: string) => gpuTierWishes(text, 'gpu').every((w) => w.met(title));

describe('gpuTierWishes: a graphics chip asked for by its place among the others', () => {
  it('reads "the next performance tier above the RTX 4060" as the RTX 4060 Ti of the same maker and generation', () => {
    const text = 'Find the cheapest offer for a graphics card from the next performance tier above the RTX 4060.';
    expect(gpuTierWishes(text, 'gpu').map((w) => w.label)).toEqual(['The next tier above the RTX 4060: RTX 4060 Ti']);
    expect(met(text, 'Acme DUAL RTX4060 Ti EVO OC, 8GB')).toBe(true);
    expect(met(text, 'Acme DUAL RTX4060 EVO OC, 8GB')).toBe(false);
  });

  it('reads "Nvidia\'s frame generation" as an RTX 40-series chip or later, and asks nothing of other kinds', () => {
    const text = 'I want a card that can switch on Nvidia\'s frame generation.';
    expect(met(text, 'Acme RTX4070 SUPER, 12GB')).toBe(true);
    expect(met(text, 'Acme RTX 3060, 12GB')).toBe(false);
    expect(gpuTierWishes(text, 'cooler')).toEqual([]);
  });
});
