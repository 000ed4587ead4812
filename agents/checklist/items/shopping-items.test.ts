import { describe, expect, it } from 'vitest';
import { product } from '../fixtures';
import { buildChecklist } from '../build';
import { verifyChecklist } from '../verify';
import type { ChecklistItem } from '../types';

const like = (text: string): ChecklistItem => ({ kind: 'attribute-present', id: `present:${text}`, label: text, text, hard: false, origin: 'profile' });
const status = (item: ChecklistItem, name: string) => verifyChecklist([item], product({ name }))[0]!.status;

describe('attribute wishes in the spellings shops use', () => {
  it('finds a wish with a version glued on, or split by a hyphen', () => {
    expect(status(like('SATA'), 'Acme 512GB SSD, 2.5", SATA3, R/W 520/450 MB/s')).toBe('pass');
    expect(status(like('wifi'), 'Acme B650M, AM5, Micro ATX, Wi-Fi 6, 2.5G LAN')).toBe('pass');
  });

  it('does not give a wish with its own version to another version', () => {
    expect(status(like('DDR5'), 'Acme 16GB, DDR4, 3200MHz, DIMM Memory')).toBe('unknown');
    expect(status(like('SATA'), 'Acme 1TB NVMe SSD, PCIe4')).toBe('unknown');
  });
});

describe('brand wishes on a listing that shows no brand field', () => {
  const brand = (b: string): ChecklistItem => ({ kind: 'brand-is', id: `brand=${b}`, label: b, brand: b, hard: false, origin: 'profile' });
  it('passes when the name leads with the brand and fails when the name is another maker\'s', () => {
    expect(status(brand('Asus'), 'Asus 27" Gaming Monitor (VG279Q3A), 180Hz')).toBe('pass');
    expect(status(brand('Asus'), 'Asrock 27" Gaming Monitor (PG27FFT1B), 180Hz')).toBe('fail');
  });
});

describe('profile likes for products', () => {
  it('reads "in stock" as the availability check, not as words to find on the page', () => {
    const items = buildChecklist({ text: 'a cable', kind: 'shopping', intents: [], engine: 'rules', notes: [] },
      { likes: ['in stock', 'white'], dislikes: [], brandsLiked: [], brandsAvoided: [], sizes: {} });
    expect(items.map((i) => [i.kind, i.hard])).toEqual([['in-stock', false], ['attribute-present', false]]);
    expect(verifyChecklist(items.slice(0, 1), product({ name: 'Acme Cable', availability: 'OutOfStock' }))[0]!.status).toBe('fail');
  });
});
