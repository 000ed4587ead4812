import { describe, expect, it } from 'vitest';
import { figureFor, figureName, namedSuperlative, offerFigure } from './figures';
import { classifyRequest } from './request-shape';

describe('namedSuperlative: "the highest <attribute>" names what to rank by', () => {
  it('reads core counts and CAS latency, in either direction, and the words that asked', () => {
    expect(namedSuperlative('the intel processor with the highest core count across all shops')).toEqual({ superlative: { measure: 'cores', direction: 'max' }, phrase: 'highest core count' });
    expect(namedSuperlative('the cpu with the fewest cores')?.superlative).toEqual({ measure: 'cores', direction: 'min' });
    expect(namedSuperlative('the ddr5 memory with the lowest cas latency available')?.superlative).toEqual({ measure: 'cas-latency', direction: 'min' });
    expect(namedSuperlative('the quietest case fan')?.superlative).toEqual({ measure: 'noise', direction: 'min' });
    expect(namedSuperlative('the kit with the lowest memory latency')?.superlative).toEqual({ measure: 'cas-latency', direction: 'min' });
    expect(namedSuperlative('the graphics card with the most video memory')?.superlative).toEqual({ measure: 'capacity', direction: 'max' });
  });

  it('is no superlative in "at least 6 cores" or for an attribute it cannot read', () => {
    expect(namedSuperlative('a cpu with at least 6 cores')).toBeUndefined();
    expect(namedSuperlative('a cpu with at most 8 cores and the most style')).toBeUndefined();
    expect(classifyRequest('Find all offers for the Intel processor with the highest core count across all shops.').superlative).toEqual({ measure: 'cores', direction: 'max' });
  });
});

describe('figures shops label with a code or word', () => {
  it('reads cores written as figures or words, and CAS latency as "CL30"', () => {
    expect(figureFor('Intel Core i7-13700K CPU, 1700, 3.4 GHz (5.4 Turbo), 16-Core, 125W', { measure: 'cores' })).toBe(16);
    expect(figureFor('Intel Quad Core Xeon E-Series 2224 Server CPU', { measure: 'cores' })).toBe(4);
    expect(figureFor('Maker 32GB Kit (2 x 16GB), DDR5, 6000MHz, CL30, 1.35V', { measure: 'cas-latency' })).toBe(30);
    expect(figureFor('Maker B650M, AM5, Micro ATX, 4 DDR5, HDMI', { measure: 'cas-latency' })).toBeUndefined();
    expect(figureName('cas-latency')).toBe('CAS latency');
  });

  it('falls back to the description for a labelled figure only, not for a capacity that may be another part\'s', () => {
    expect(offerFigure({ name: 'Maker 16GB DDR5 Kit', description: '<p>Timings: CAS Latency 28.</p>' }, { measure: 'cas-latency' })).toBe(28);
    expect(offerFigure({ name: 'Maker Console', description: 'Comes with a 512GB card.' }, { measure: 'capacity' })).toBeUndefined();
  });
});
