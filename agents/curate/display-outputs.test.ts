import { describe, expect, it } from 'vitest';
import { displayOutputsWish, screensToDrive, titleVideoOutputs } from './display-outputs';

describe('display outputs: one card for several screens', () => {
  it('counts the video outputs a card\'s title lists, as shops write them', () => {
    expect(titleVideoOutputs('Maker RTXA400 Professional Graphics Card, 4GB DDR6, 4 miniDP 1.4 (4x DP adapters), Low Profile')).toBe(4);
    expect(titleVideoOutputs('Maker ProArt RTX4070 SUPER OC, 12GB DDR6X, HDMI, 3 DP, 2565MHz Clock')).toBe(4);
    expect(titleVideoOutputs('Maker RTX3050 DUAL V2, PCIe4, 8GB DDR6, DVI, HDMI, DP, 1777MHz Clock')).toBe(3);
    expect(titleVideoOutputs('Maker Mid Tower Case, ATX, 3 Fans')).toBe(0);
  });

  it('reads how many screens one card must drive, and asks a graphics card for that many outputs', () => {
    const text = 'I trade from home and want four monitors running off one graphics card. Find the cheapest offer for a card with enough outputs for all four.';
    expect(screensToDrive(text)).toBe(4);
    const wish = displayOutputsWish(text, 'gpu')!;
    expect(wish.met('Maker ProArt RTX4070 SUPER OC, 12GB DDR6X, HDMI, 3 DP')).toBe(true);
    expect(wish.met('Maker RTX3050 DUAL V2, PCIe4, 8GB DDR6, DVI, HDMI, DP')).toBe(false);
    expect(displayOutputsWish(text, 'monitor')).toBeUndefined();
    expect(screensToDrive('Find all offers for 27 inch monitors.')).toBeUndefined();
  });
});
