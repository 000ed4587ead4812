import { describe, expect, it } from 'vitest';
import { withPackageAsCount } from './pack-phrase';
import { classifyRequest } from './request-shape';
import { refineSubject } from './title-wishes';
import { requirementItems } from './requirements';

describe('withPackageAsCount: a package named before what it holds', () => {
  it('reads "a pack of three 14cm ARGB case fans" as three fans, not a product called "pack"', () => {
    const shape = classifyRequest('Find the cheapest offer for a pack of three 14cm ARGB case fans.');
    expect(shape.subjects).toEqual(['three 14cm ARGB case fans']);
    const refined = refineSubject(shape.subjects[0]!, shape.requirements);
    expect(refined.subject).toBe('14cm ARGB case fans');
    const [pack] = refined.wishes;
    expect(pack?.met('Maker AL-14 14cm ARGB Case Fans (3 Pack), Black')).toBe(true);
    expect(pack?.met('Maker RX140 14cm ARGB Case Fans x2, Hub Included')).toBe(false);
    expect(pack?.met('Maker RX140 14cm ARGB Case Fan, Single Fan Expansion Kit')).toBe(false);
  });

  it('reads the count however the package is written', () => {
    expect(withPackageAsCount('3-pack of 14cm fans')).toBe('three 14cm fans');
    expect(withPackageAsCount('set of 3 ARGB fans')).toBe('three ARGB fans');
    expect(withPackageAsCount('twin pack of 140mm fans')).toBe('two 140mm fans');
  });

  it('reads "a pair of headphones" as headphones, one product, not a two-pack', () => {
    expect(classifyRequest('Find all offers for a pair of noise cancelling headphones.').subjects).toEqual(['noise cancelling headphones']);
  });

  it('leaves a kit of modules, a count it cannot say and a named product as written', () => {
    expect(withPackageAsCount('16GB DDR4 memory kit')).toBe('16GB DDR4 memory kit');
    expect(withPackageAsCount('pack of 12 cable ties')).toBe('pack of 12 cable ties');
    expect(classifyRequest('Find a 16GB DDR4 memory kit of two 8GB modules.').subjects).toEqual(['16GB DDR4 memory kit']);
  });
});

describe('a package named after what it holds', () => {
  it('reads "fan three-packs" as three fans', () => {
    expect(withPackageAsCount('Corsair RGB 12cm fan three-packs')).toBe('three Corsair RGB 12cm fan');
    expect(withPackageAsCount('Corsair RGB 12cm fan 3-pack that I can add')).toBe('three Corsair RGB 12cm fan that I can add');
  });
});

describe('one fan beside a quoted starter kit', () => {
  it('reads "bought as single-fan packs" as one fan, and takes a single-fan expansion kit beside a quoted kit whose title includes the hub', () => {
    const r = refineSubject('black Acme RX140 RGB fans', 'should go on its chain, bought as single-fan packs');
    const [wish] = r.wishes;
    expect(r.subject).toBe('black Acme RX140 RGB fans');
    expect(wish!.met('Acme RX140 RGB 14cm Case Fans (2 Pack), Hub Included, Black')).toBe(false);
    expect(wish!.met('Acme RX140 RGB 14cm Case Fan, Black, Single Fan Expansion Kit')).toBe(false);
    expect(wish!.metBesideQuoted?.('Acme RX140 RGB 14cm Case Fan, Black, Single Fan Expansion Kit', 'Acme RX140 RGB 14cm Case Fans x2, Acme LINK Hub Included, Black')).toBe(true);
    expect(wish!.metBesideQuoted?.('Acme RX140 RGB 14cm Case Fan, Black, Single Fan Expansion Kit', 'Acme Define 7 Case')).toBe(false);
  });
});

describe('"sold singly" inside a "with" list (session 27)', () => {
  it('leaves no "with" before what is no part of the list, so "compatible with this product" is read as no feature', () => {
    expect(classifyRequestItems('Find all offers for 8GB memory module, with sold singly, compatible with this product: http://a.test/product/pc/ .')).not.toContain('present:compatible');
  });
});

function classifyRequestItems(text: string): string[] {
  const shape = classifyRequest(text);
  const refined = refineSubject(shape.subjects[0]!, shape.requirements);
  return [...refined.items.map((i) => i.id), ...requirementItems(refined.requirements, 'memory').map((i) => i.id)];
}
