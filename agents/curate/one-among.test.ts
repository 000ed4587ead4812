import { describe, expect, it } from 'vitest';
import { kindChosenAmong } from './one-among';
import { classifyRequest } from './request-shape';

describe('the kind a shopper picks one of', () => {
  it('reads the kind named after "whichever", "out of all the" or "among the" in a sentence that wants the one', () => {
    expect(kindChosenAmong('I am sick of buying fans. Whichever PC case comes with the most fans fitted, that\'s the one I want.')).toBe('PC case');
    expect(kindChosenAmong('Out of all the Acme Design cases these shops carry, I want the one that ships with the most fans.')).toBe('Acme Design cases');
    // No "the one" wanted: no choice among a kind.
    expect(kindChosenAmong('Out of all the cases I have owned, this was loud.')).toBeUndefined();
  });

  it('makes "Find all offers for it" ask for that kind, not for the fans the lead-in mentions first', () => {
    const shape = classifyRequest('I\'d rather not buy extra fans. Out of all the Acme Design cases these shops carry, I want the one that ships with the largest number of fans already fitted. Find all offers for it.');
    expect(shape.subjects).toEqual(['Acme Design cases']);
    expect(shape.superlative).toEqual({ measure: 'fans', direction: 'max' });
  });
});

describe('classifyRequest: small readings of session 31', () => {
  it('reads "the cheapest offer that\'s left" as asking for the offers, no thing called "left"', () => {
    expect(classifyRequest('Acme C5 ARGB case, black or white. Shop B does not ship here, so leave it aside. Find the cheapest offer that\'s left.').subjects).toEqual(['Acme C5 ARGB']);
  });

  it('asks nothing of what a bracket says falls short ("(plain LTE isn\'t enough)")', () => {
    const shape = classifyRequest('Tablet for my father: Acme, with 5G built in (plain LTE/4G isn\'t enough), and exactly 128GB of storage. Find all offers for tablets like that.');
    expect(shape.requirements).toContain('5G');
    expect(shape.requirements).not.toMatch(/LTE|4G/);
  });

  it('reads a lower-case request ending in "find all offers" by its opening thing', () => {
    expect(classifyRequest('white acme all-in-one cpu cooler with a 360mm radiator. find all offers').subjects).toEqual(['white acme all-in-one cpu cooler']);
  });

  it('reads "Case: Acme; must take an E-ATX board; ..." as an Acme case that must do those things', () => {
    const shape = classifyRequest('Case: Acme; must take an E-ATX motherboard; RGB fans already installed. Find the cheapest offer.');
    expect(shape.subjects[0]).toMatch(/^Acme Case$/i);
    expect(shape.requirements).toMatch(/E-ATX/);
  });
});

describe('classifyRequest: an amount of a maker\'s thing wanted in the lead-in (session 31)', () => {
  it('reads "I need 32GB of Acme DDR5 for a desktop" as Acme DDR5, not the desktop it goes into', () => {
    const shape = classifyRequest('I need 32GB of Acme DDR5 for a desktop. One stick or a kit of two, both work for me. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['Acme DDR5']);
    expect(shape.requirements).toMatch(/32GB/);
  });
});

describe('classifyRequest: a request that opens with "Looking for" (session 31)', () => {
  it('reads what the thing must do after "Looking for an X that ..."', () => {
    const shape = classifyRequest('Looking for an Acme case that holds an E-ATX board and ships with at least four fans installed. What is the cheapest offer?');
    expect(shape.subjects).toEqual(['Acme case']);
    expect(shape.requirements).toMatch(/E-ATX board.*four fans/);
  });

  it('never takes "the best price" someone is looking for as the thing', () => {
    // (The name alone: read through "looking for", the subject was "best price on the black Acme iCUE LINK H150i, 360mm".)
    expect(classifyRequest('Looking for the best price on the black Acme iCUE LINK H150i, 360mm. Find the cheapest offer.').subjects).toEqual(['black Acme iCUE LINK H150i']);
  });
});
