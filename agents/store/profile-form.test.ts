import { describe, expect, it } from 'vitest';
import { profileFromForm } from './profile-form';

const blank = { likes: '', dislikes: '', brandsLiked: '', brandsAvoided: '', budgetMax: '', sizes: '' };

describe('profileFromForm', () => {
  it('reads comma lists, a budget with a decimal comma and "name: size" pairs', () => {
    expect(profileFromForm({ ...blank, likes: 'wifi, white ,', brandsAvoided: 'Asus', budgetMax: '49,90', sizes: 'shoe: 44, shirt: M, nonsense' })).toEqual({
      likes: ['wifi', 'white'], dislikes: [], brandsLiked: [], brandsAvoided: ['Asus'], budget: { max: 49.9 }, sizes: { shoe: '44', shirt: 'M' },
    });
  });

  it('leaves out a budget that is empty, zero or not a number', () => {
    for (const budgetMax of ['', '0', 'cheap']) expect(profileFromForm({ ...blank, budgetMax }).budget).toBeUndefined();
  });
});
