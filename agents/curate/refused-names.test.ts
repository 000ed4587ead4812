import { describe, expect, it } from 'vitest';
import { keptNameWish, refusedLineModels, wholeNameWish } from './refused-names';

describe('refusedLineModels: other models of the named line, turned down by name anywhere in the request', () => {
  const text = 'I really like the look of Fractal\'s Pop Air RGB. Any colour edition is fine, but it has to be the regular ATX size, not the Pop Mini or the Pop XL.';

  it('reads each name of the list after "not" as a title the picks must not name', () => {
    const wishes = refusedLineModels('Fractal Pop Air RGB', text);
    expect(wishes.map((w) => w.label)).toEqual(['Not the Pop Mini', 'Not the Pop XL']);
    const title = 'Fractal Design Pop Mini Air RGB (Black TG) Gaming Case, Micro ATX';
    expect(wishes.every((w) => w.met('Fractal Design Pop Air RGB (White TG) Gaming Case, ATX'))).toBe(true);
    expect(wishes.every((w) => w.met(title))).toBe(false);
  });

  it('reads "neither are the Define 7 Compact or Nano" and leaves out names of no line word ("Nano") and other things', () => {
    const wishes = refusedLineModels('Fractal Design Define 7 Black/White TG', 'the Light TG and the Grey Solid are not it, and neither are the Define 7 Compact or Nano. Not the Corsair 4000D either.');
    expect(wishes.map((w) => w.label)).toEqual(['Not the Define 7 Compact']);
  });
});

describe('wholeNameWish: a product named whole is asked for by that name, however the request goes on to describe it', () => {
  it('needs every word of the name in the title', () => {
    const wish = wholeNameWish('Fractal Design Pop Mini Air RGB')!;
    expect(wish.met('Fractal Design Pop Mini Air RGB (Black TG) Gaming Case')).toBe(true);
    expect(wish.met('Fractal Design Pop Air RGB (White TG) Gaming Case')).toBe(false);
  });

  it('makes no wish of a described kind', () => {
    expect(wholeNameWish('white Fractal cases')).toBeUndefined();
    expect(wholeNameWish('Corsair fans')).toBeUndefined();
    expect(wholeNameWish('Fractal Design PC Gaming Cases')).toBeUndefined();
    // A model number matches the name, however titles write the rest ("Palit RTX4070 SUPER DUAL").
    expect(wholeNameWish('GeForce RTX 4070 SUPER')).toBeUndefined();
    // Standards are written as shops like ("Spire MATX Tower PC"): a name with too few words of its own makes no wish.
    expect(wholeNameWish('Spire Micro ATX')).toBeUndefined();
  });
});

describe('keptNameWish: "as long as it is the North XL"', () => {
  it('needs the name in the title, and reads nothing from a condition that names no product', () => {
    const wish = keptNameWish('Colour really does not matter, as long as it is the North XL. Find the cheapest alternative.')!;
    expect(wish.met('Fractal Design North XL Chalk White (TG Clear) Case')).toBe(true);
    expect(wish.met('Fractal Design Pop XL Silent (Black Solid) Gaming Case')).toBe(false);
    expect(keptNameWish('as long as it is white')).toBeUndefined();
  });

  it('reads the contraction too: "as long as it\'s the North XL" (session 36)', () => {
    expect(keptNameWish('Colour does not matter, as long as it\'s the North XL.')?.met('Fractal Design North XL Chalk White (TG Clear) Case')).toBe(true);
  });
});

describe('refusedLineModels: a refused name is its words together', () => {
  it('does not take "Meshify C Mini ... 2 Fans" for the Meshify 2 Mini', () => {
    const [wish] = refusedLineModels('Fractal Design Meshify C Mini', 'I mean the older C Mini for micro ATX boards, not the Meshify 2 Mini.');
    expect(wish!.met('Fractal Design Meshify C Mini (Dark TG) Gaming Case, Micro ATX, Angular Mesh Front, 2 Fans')).toBe(true);
    expect(wish!.met('Fractal Design Meshify 2 Mini (Black TG) Gaming Case')).toBe(false);
  });
});

describe('refusedLineModels and keptNameWish: session 34', () => {
  it('reads "not the Mark II and not the R5 C cinema version" of the Acme EOS R5 as its later generation (also titled "R5 II") and the R5 C', () => {
    const wishes = refusedLineModels('Acme EOS R5', 'Body only: the original Acme EOS R5, not the Mark II and not the R5 C cinema version. Where is it cheapest?');
    expect(wishes.map((w) => w.label)).toEqual(['Not the R5 Mark II', 'Not the R5 II', 'Not the R5 C']);
    expect(wishes.every((w) => w.met('Acme EOS R5 Mirrorless Camera Body'))).toBe(true);
    expect(wishes.some((w) => !w.met('Acme EOS R5 II Body'))).toBe(true);
  });

  it('reads "Any console from the current Xbox Series generation is fine" as the line an alternative must come from', () => {
    const wish = keptNameWish('Any console from the current Xbox Series generation is fine. Find the cheapest alternative.')!;
    expect(wish.met('Microsoft Xbox Series S 512 GB Console')).toBe(true);
    expect(wish.met('Microsoft Xbox One X 1TB Console')).toBe(false);
  });
});
