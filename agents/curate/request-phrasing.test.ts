import { describe, expect, it } from 'vitest';
import { asksAboutTies, plainRequest } from './request-phrasing';

describe('plainRequest: one wording for the many ways an ask is phrased', () => {
  it('drops a greeting and a sign-off, and reads a polite question with another verb as "Find"', () => {
    expect(plainRequest('Hi Jo, marketing picked the Acme H150x. Can you pull up all the offers so we can compare? Thanks!'))
      .toBe('marketing picked the Acme H150x. Find all the offers for it so we can compare?');
  });

  it('reads questions and terse asks for the lowest price as asking for the cheapest offer', () => {
    expect(plainRequest('Which shop asks the least for the Acme X1?')).toBe('Find the cheapest offer for the Acme X1?');
    expect(plainRequest('The Acme X1. Cheapest offer, please.')).toBe('The Acme X1. Find the Cheapest offer for it.');
    expect(plainRequest('2TB pocket SSD. Cheapest offer; ties all count.')).toBe('2TB pocket SSD. Cheapest offer');
    expect(plainRequest('I saved up for the Acme X1. Before I pay: which shop wants the least for it?')).toBe('I saved up for the Acme X1. Before I pay: Find the cheapest offer for it?');
    expect(plainRequest('Who sells the Acme X1 Pro for the lowest price?')).toBe('Find the cheapest offer for the Acme X1 Pro.');
    expect(plainRequest('A quiet case. Cheapest offer for something like that?')).toBe('A quiet case. Find the Cheapest offer for something like that?');
    expect(plainRequest('I had the Acme X1. What is the cheapest alternative?')).toBe('I had the Acme X1. Find the cheapest alternative.');
  });

  it('keeps the links out and writes one thing one way ("be quiet!", "DDR4-3200")', () => {
    expect(plainRequest('Find be quiet! fans with DDR4-3200 http://127.0.0.1/product/x/ .')).toBe('Find Be Quiet fans with DDR4 3200MHz .');
  });

  it('drops how to answer a tie, which the cheapest answer always does, and still knows the cheapest is asked', () => {
    for (const tie of ['If two or more are level at the lowest price, show me every one of them.', 'If several share that price, list them all.',
      'Ties: include all of them.', 'Return every offer that ties.', 'Include every offer tied at the lowest price.', 'If a few share the lowest price, include each one.']) {
      expect(plainRequest(`Acme X1 fans, white. ${tie}`), tie).toBe('Acme X1 fans, white.');
      expect(asksAboutTies(`Acme X1 fans, white. ${tie}`), tie).toBe(true);
    }
    expect(asksAboutTies('Acme X1 fans in a twin pack, white.')).toBe(false);
  });

  it('drops aspects left to the shops, which listed without a verb would read as wishes', () => {
    expect(plainRequest('Acme boards with an eDP header. Socket, chipset, memory type and size are all open. Find all offers.')).toBe('Acme boards with an eDP header. Find all offers for it.');
    expect(plainRequest('Two fans in one box. Lighting optional, brand open. Which is cheapest?')).toBe('Two fans in one box. Which is cheapest?');
    expect(plainRequest('Acme RAM, 32GB. Speed and profile (XMP or EXPO) don\'t matter. Series, colour and lighting: no preference.')).toBe('Acme RAM, 32GB.');
    // A wish that happens to end in a word of the list stays.
    expect(plainRequest('A case with an open frame, please.')).toBe('A case with an open frame.');
  });

  it('reads a message passed on word for word as the request, and drops who is asking', () => {
    expect(plainRequest('Forwarding this from my aunt, word for word: "the fan is the Acme Breeze 140, the one with the grey blades." Could you find all offers?'))
      .toBe('the fan is the Acme Breeze 140, the one with the grey blades. Find all offers for it?');
    expect(plainRequest('Anime fan here, so it has to be the X-01 edition of the Acme Frost 360.')).toBe('it has to be the Acme Frost 360 X-01.');
    expect(plainRequest('Home office question: the dock must charge the laptop.')).toBe('the dock must charge the laptop.');
  });

  it('reads other asks as "Find", and an abbreviation spelled out beside it once', () => {
    expect(plainRequest('Acme cases with a handle. I\'d like to see all the offers.')).toBe('Acme cases with a handle. Find all the offers for it.');
    expect(plainRequest('Acme cases with a handle. I\'d like all the offers.')).toBe('Acme cases with a handle. Find all the offers for it.');
    expect(plainRequest('It connects through an eDP (embedded DisplayPort) header to a solid-state drive (SSD).')).toBe('It connects through an eDP header to a SSD.');
    expect(plainRequest('The card has to feed both the monitor and the projector over DisplayPort.')).toBe('The card has to have at least two DisplayPort outputs.');
  });
});


describe('plainRequest: session 33', () => {
  it('reads "four cores won\'t be enough" as more than four, and a tie on a count as no tie on price', () => {
    expect(plainRequest('An Acme server processor; four cores won\'t be enough. Find the cheapest offer.')).toMatch(/more than 4 cores/);
    expect(plainRequest('Find the cheapest offer; if more than one shares the lowest price, all of them.')).not.toMatch(/more than 1/);
    expect(asksAboutTies('I want the case with the most fans; if several tie on that count, show them all.')).toBe(false);
  });

  it('reads "a single 8GB module or a bigger kit is fine" as at least 8GB, and the maker named after "one ... sells" as made by it', () => {
    expect(plainRequest('DDR4 SO-DIMM memory; a single 8GB module or a bigger kit is fine. Find all offers.')).toMatch(/at least 8GB/);
    expect(plainRequest('It should be the most capable one Acme sells. Find all offers for it.')).toMatch(/one made by Acme/);
  });
});
