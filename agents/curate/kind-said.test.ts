import { describe, expect, it } from 'vitest';
import { firstKindSaid } from './kind-said';

describe('firstKindSaid: the kind a request names, whatever its sentences are about', () => {
  it('finds the kind in a sentence about something else', () => {
    expect(firstKindSaid('My nephew hauls his PC to every tournament, so the case needs carry handles.')).toBe('case');
  });

  it('takes the kind a sentence says the wish is for first', () => {
    expect(firstKindSaid('The sweet spot is hard to find. For memory I want 32GB in two sticks.')).toBe('memory');
  });

  it('passes over the shopper\'s own things', () => {
    expect(firstKindSaid('I play music straight from my phone, so the speaker must float.')).toBe('speaker');
    expect(firstKindSaid('I have an old graphics card and a cramped desk, so the monitor must be 24 inches.')).toBe('monitor');
  });

  it('finds nothing where no kind is named', () => {
    expect(firstKindSaid('Something that lets my old stereo play music without wires, please.')).toBeUndefined();
  });
});
