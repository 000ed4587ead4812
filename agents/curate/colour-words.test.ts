import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import type { ChecklistItem } from '../checklist/types';
import { verifyChecklist } from '../checklist/verify';
import { colourSynonyms, coloursIn } from './colour-words';

describe('colourSynonyms: a colour wish is met however a shop writes the colour', () => {
  const wish = (colour: string): ChecklistItem =>
    ({ kind: 'attribute-present', id: `present:${colour}`, label: colour, text: colour, anyOf: colourSynonyms(colour), hard: true, origin: 'request' });
  const status = (colour: string, name: string) => verifyChecklist([wish(colour)], product({ name, description: 'A keyboard.' }))[0]!.status;

  it('reads a colour shortened in the name ("Flare PNK LTD") as that colour, whole words only', () => {
    expect(status('pink', 'Acme Strix Flare PNK LTD Mechanical RGB Gaming Keyboard')).toBe('pass');
    expect(status('pink', 'Acme Strix Flare Mechanical RGB Gaming Keyboard, Black')).toBe('fail');
    expect(status('pink', 'Acme PNKX200 Mechanical Keyboard')).toBe('fail');
    expect(status('white', 'Acme K70 WHT Mechanical Keyboard')).toBe('pass');
  });

  it('still reads a colour in the languages shops list products in', () => {
    expect(status('white', 'Acme Xbox Series S, Hvit')).toBe('pass');
  });
});

describe('coloursIn: the one colour list, read from titles', () => {
  it('finds each colour once, as whole words, in any case', () => {
    expect(coloursIn('Fractal Design Pop Air RGB (White TG), White, Clear Glass')).toEqual(['white']);
    expect(coloursIn('Acme Beige & Brown Desk Lamp')).toEqual(['beige', 'brown']);
    // "Redragon" is a maker, not red.
    expect(coloursIn('Redragon K552 Keyboard')).toEqual([]);
  });
});

describe('colourSynonyms: purple', () => {
  it('counts a violet or lavender edition as purple', () => {
    expect(colourSynonyms('purple')).toEqual(expect.arrayContaining(['violet', 'lavender']));
  });
});
