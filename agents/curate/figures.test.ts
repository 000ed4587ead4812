import { describe, expect, it } from 'vitest';
import { figureFor, figureName, floorFigure, namedSuperlative, offerFigure, statedFloors } from './figures';
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

describe('statedFloors and floorFigure: a read speed said as a floor', () => {
  it('reads "should read at up to 2000MB/s" as a read-speed floor, met by a description that states it where the title does not', () => {
    expect(statedFloors('read at up to 2000MB/s and hold at least 1TB')).toEqual([{ measure: 'read-speed', value: 2000 }]);
    expect(statedFloors('hold at least 1TB')).toEqual([]);
    const record = { name: 'Acme SE8 1TB Pocket Size External SSD, USB 3.2 Gen2', description: '<p>Supports USB 3.2 Gen2 x2 with performance up to 2000MB/s.</p>' };
    expect(floorFigure(record, { measure: 'read-speed' })).toBe(2000);
    expect(floorFigure({ name: record.name, description: 'A small drive.' }, { measure: 'read-speed' })).toBeUndefined();
  });
});

describe('the most fans fitted (session 28)', () => {
  it('ranks by the fans a title says the product comes with, never a size or a description\'s fan mounts', () => {
    expect(namedSuperlative('which one already comes with the most fans installed?')?.superlative).toEqual({ measure: 'fans', direction: 'max' });
    expect(figureFor('Antec C5 ARGB Gaming Case, ATX, 7x ARGB Fans, Fan Controller', { measure: 'fans' })).toBe(7);
    expect(figureFor('Asus TUF GT301 Case, ATX, 3 x 12cm RGB fans', { measure: 'fans' })).toBe(3);
    expect(figureFor('Vida Enterprise Office Case, Micro ATX, 12cm Fan', { measure: 'fans' })).toBeUndefined();
    expect(offerFigure({ name: 'Corsair 5000D Case, ATX', description: 'Room for 10x 120mm fans.' }, { measure: 'fans' })).toBeUndefined();
  });
});

describe('figures: session 33', () => {
  it('reads a pump head\'s LED count and a fan\'s lowest speed from their titles', () => {
    expect(figureFor('Acme H150i 360mm Liquid CPU Cooler, AF120 Fans, 33 LED Pump Head', { measure: 'leds' })).toBe(33);
    expect(figureFor('Acme H150 360mm Liquid CPU Cooler, RGB Pump Head', { measure: 'leds' })).toBeUndefined();
    expect(figureFor('Acme P14 14cm PWM Case Fan, 200-1700 RPM', { measure: 'rotation', direction: 'min' })).toBe(200);
    expect(figureFor('Acme P14 14cm PWM Case Fan, 200-1700 RPM', { measure: 'rotation' })).toBe(1700);
  });
});

describe('figures: session 34', () => {
  it('ranks "tops out at the lowest speed" by the top of a fan\'s range, and a case\'s size by its largest board size', () => {
    expect(figureFor('Acme P14 14cm PWM Case Fan, 200-1700 RPM', { measure: 'rotation', direction: 'min', top: true })).toBe(1700);
    expect(figureFor('Acme P14 14cm PWM Case Fan, 200-1700 RPM', { measure: 'rotation', direction: 'min' })).toBe(200);
    expect(figureFor('Acme Pop XL Silent (Black Solid) Gaming Case, E-ATX, 4 Fans', { measure: 'board-size' })).toBeGreaterThan(figureFor('Acme Pop Silent (Black Solid) Gaming Case, ATX, 3 Fans', { measure: 'board-size' })!);
    expect(figureName('board-size')).toBe('board size');
  });
});
