import { describe, expect, it } from 'vitest';
import { fieldsAsSentence } from './labelled-fields';
import { classifyRequest } from './request-shape';

describe('fieldsAsSentence: a request written as labelled fields, said as one sentence', () => {
  it('names the item with its maker and its figures, and keeps notes that are no spec as written', () => {
    expect(fieldsAsSentence('Order for the lab. Item: tower air cooler. Maker: Acme. Height: 150 mm. Note: leave out ShopCo. Please return all offers.'))
      .toBe('Order for the lab. I need an Acme tower air cooler with a 150 mm height. Note: leave out ShopCo. Please return all offers.');
  });

  it('reads a kind labelled with its maker as that maker\'s kind', () => {
    expect(fieldsAsSentence('SSD: Acme, NVMe, 2TB, no heatsink. Cheapest offer?')).toBe('I need an Acme SSD with NVMe, 2TB, no heatsink. Cheapest offer?');
    // What comes after the maker is what the thing must do, said as a clause of the sentence.
    expect(fieldsAsSentence('Case: Acme; must take an E-ATX motherboard; fans installed. Cheapest offer?')).toBe('I need an Acme Case that must take an E-ATX motherboard; fans installed. Cheapest offer?');
    // A standard is no maker: "SSD: NVMe, 2TB" stays.
    expect(fieldsAsSentence('SSD: NVMe, 2TB. Cheapest offer?')).toBe('SSD: NVMe, 2TB. Cheapest offer?');
  });

  it('reads "Spec: <thing>; ..." as that thing and what it must do', () => {
    expect(fieldsAsSentence('Spec: Acme case; must take an E-ATX board; solid side panel. Find all offers that fit.')).toBe('I need an Acme case that must take an E-ATX board; solid side panel. Find all offers that fit.');
    // A heading whose value names no kind is left as written.
    expect(fieldsAsSentence('Spec: quiet; small. Find all offers.')).toBe('Spec: quiet; small. Find all offers.');
  });

  it('leaves a request with one field or no item field alone', () => {
    expect(fieldsAsSentence('Colour: black. Find the Acme X1.')).toBe('Colour: black. Find the Acme X1.');
  });

  it('gives the request reader the kind, its maker and the figure', () => {
    const shape = classifyRequest('Request for the studio. Item: all-in-one liquid CPU cooler. Maker: Acme. Radiator: 280 mm. Series and colour: no preference. Please return all remaining offers that match.');
    expect(shape.subjects).toEqual(['Acme all-in-one liquid CPU cooler']);
    expect(shape.requirements).toBe('with a 280 mm radiator');
  });
});
