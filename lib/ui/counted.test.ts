import { describe, expect, it } from 'vitest';
import { counted } from './counted';

describe('counted', () => {
  it('writes one item, two items, and an irregular plural', () => {
    expect(counted(1, 'item')).toBe('1 item');
    expect(counted(2, 'item')).toBe('2 items');
    expect(counted(0, 'match', 'matches')).toBe('0 matches');
  });
});
