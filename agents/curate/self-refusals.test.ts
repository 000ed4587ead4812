import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../checklist/types';
import { namesOneProduct, withoutSelfRefusals } from './self-refusals';
import type { TitleWish } from './title-wishes';

const notTitled = (words: string): TitleWish => ({ id: `not-variant:${words.toLowerCase()}`, label: `Not the ${words}`, met: (title) => !title.toLowerCase().includes(words.toLowerCase()) });
const absentWord = (text: string): ChecklistItem => ({ kind: 'attribute-absent', id: `absent:${text}`, label: `Not ${text}`, text, inTitle: true, hard: true, origin: 'request' });

describe('withoutSelfRefusals: a refusal the named product itself fails is a misread edition, not a refusal of the product', () => {
  it('drops "not the H170i" beside the Corsair iCUE H170i ELITE CAPELLIX XT, and keeps the LCD refusal its name does not fail', () => {
    const kept = withoutSelfRefusals(['Corsair iCUE H170i ELITE CAPELLIX XT'], [absentWord('LCD')], [notTitled('H170i'), notTitled('iCUE LINK')]);
    expect(kept.wishes.map((w) => w.label)).toEqual(['Not the iCUE LINK']);
    expect(kept.checklist.map((i) => i.label)).toEqual(['Not LCD']);
    expect(kept.dropped).toEqual(['Not the H170i']);
  });

  it('drops a checklist refusal of words the wanted name holds ("Pop Mini" beside the Pop Mini Air RGB)', () => {
    const kept = withoutSelfRefusals(['Fractal Design Pop Mini Air RGB'], [absentWord('Pop Mini'), absentWord('Silent')], []);
    expect(kept.checklist.map((i) => i.label)).toEqual(['Not Silent']);
  });

  it('leaves refusals alone when the request names a kind, not one product', () => {
    const kept = withoutSelfRefusals(['liquid CPU coolers'], [absentWord('liquid')], [notTitled('coolers')]);
    expect(kept.dropped).toEqual([]);
  });

  it('tells a product named by maker and model from a kind', () => {
    expect(namesOneProduct('ADATA XPG Lancer Blade')).toBe(true);
    expect(namesOneProduct('Asus ROG Strix B550-F Gaming')).toBe(true);
    expect(namesOneProduct('DDR5 memory')).toBe(false);
    expect(namesOneProduct('case fans')).toBe(false);
  });
});
