import { describe, expect, it } from 'vitest';
import { requirementItems } from './requirements';

describe('requirementItems: uses that imply a checkable property', () => {
  it('reads competitive, reaction-based play as a high refresh rate', () => {
    expect(requirementItems('which is suitable for competitive reaction-based e-sports gaming')).toContainEqual(
      expect.objectContaining({ kind: 'measure', unit: 'hz', op: '>=', value: 144, hard: true }));
  });

  it('reads "designed for gamers" as gaming gear, next to the socket it names', () => {
    const items = requirementItems('designed for gamers with AM4 CPU socket');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'gaming' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'AM4' }));
    expect(items.some((i) => i.kind === 'measure')).toBe(false);
  });
});
