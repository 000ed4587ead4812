import { describe, expect, it } from 'vitest';
import { profilePlans } from './query-plan';

describe('profilePlans', () => {
  it('searches a liked maker with each liked feature, the kind, then alone; each feature with the kind, then alone', () => {
    expect(profilePlans('graphics card', { brandsLiked: ['Palette'], likes: ['12GB'] })).toEqual([
      ['Palette 12GB', 'Palette graphics card', 'Palette'],
      ['12GB graphics card', '12GB'],
    ]);
  });

  it('adds nothing without a profile, and skips long free-text likes', () => {
    expect(profilePlans('monitor', undefined)).toEqual([]);
    expect(profilePlans('monitor', { brandsLiked: [], likes: ['something that looks good in a bright room'] })).toEqual([]);
  });
});
