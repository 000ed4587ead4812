import { describe, expect, it } from 'vitest';
import { firstNamedProduct, namedProducts, saidAfterName } from './named-products';

describe('namedProducts: product names wherever a request copies them', () => {
  it('finds a maker-and-model run in a copied note, and marks the ones turned down', () => {
    const text = 'From my notes: "Fans: Vexa Orbit LINK RX300 RGB, black (not the white one, not the RX340), qty. 2."';
    expect(namedProducts(text).map((n) => [n.name, n.refused])).toEqual([['Vexa Orbit LINK RX300 RGB', false], ['RX340', true]]);
    expect(firstNamedProduct(text)?.name).toBe('Vexa Orbit LINK RX300 RGB');
  });

  it('reads a bare three-figure model after a maker and line ("Nordlyn Frost II ARGB 360"), an edition code ("EVA-02") and a colour said before it', () => {
    expect(firstNamedProduct('so it is the Nordlyn Frost II ARGB 360 for me')?.name).toBe('Nordlyn Frost II ARGB 360');
    expect(namedProducts('not the ARGB or EVA-02 editions').map((n) => [n.name, n.refused])).toEqual([['EVA-02', true]]);
    expect(firstNamedProduct('the case sat in the white Vexa Tower 7000X RGB, and I want it')?.name).toBe('white Vexa Tower 7000X RGB');
    // A capacity stays with the name; a screen size, which titles write as they like, does not.
    expect(firstNamedProduct('The white 2TB Vexa HV620S slim drive matches my laptop.')?.name).toBe('white 2TB Vexa HV620S');
    expect(firstNamedProduct('The 25-inch Vexa PD2506Q monitor is the one.')?.name).toBe('Vexa PD2506Q');
  });

  it('takes no standard, chipset, size or sentence word for a name ("Intel", "DDR5", "Z790", "3x", "Note")', () => {
    expect(namedProducts('Note to self: RAM = Vexa DDR5 kit, 3x fans, the Z790 chipset, Wi-Fi 7 and an AM5 board.')).toEqual([]);
    // Within a maker's name a chipset is its model: "Vexa Strix B550-F Gaming".
    expect(firstNamedProduct('It will be the Vexa Strix B550-F Gaming, because')?.name).toBe('Vexa Strix B550-F Gaming');
  });

  it('reads what a copied line says after the name, to the end of its quotation, as clauses', () => {
    const text = '"Vexa 3500X - ARGB version with 3 fans pre-fitted; not the empty one." Find all offers.';
    const named = firstNamedProduct(text)!;
    expect(saidAfterName(text, named)).toBe('ARGB version with 3 fans pre-fitted, not the empty one');
    const bracketed = 'the Nordlyn Explorer (NX-LM32-U400P), sold in two shops';
    expect(saidAfterName(bracketed, firstNamedProduct(bracketed)!)).toBe('');
  });
});
