/**
 * Needs said in ways the readings missed on the held-back WebMall set blind52 (round 51), each written here with made-up
 * products and other words, so that it tests the reading, not a task's answer.
 */
import { describe, expect, it } from 'vitest';
import { refusalSaidAsNot } from './refusals';
import { classifyRequest } from './request-shape';
import { requirementItems } from './requirements';
import { saidQualities } from './said-qualities';
import { refineSubject } from './title-wishes';
import { boardSizeRefused } from './standards';

const ids = (said: string, kind: string) => requirementItems(said, kind).map((i) => i.id);

describe('what the lead-in says of an alternative to a quoted product', () => {
  const url = 'http://127.0.0.1:9/product/acme-tower/';
  it('reads "a case that still has ... would do" as what the alternative needs', () => {
    const shape = classifyRequest(`${url} I bought this for its handles, but it is steep. A case that still has carry handles and still takes E-ATX would do. Find the cheapest alternative.`);
    expect(shape.mode).toBe('substitute');
    expect(shape.requirements).toBe('that has carry handles and takes E-ATX');
  });
  it('reads "I\'d still like to stay with ..." and a sentence opening "Same ...", without what the shopper can live without', () => {
    expect(classifyRequest(`I had picked this board: ${url} . I'd still like to stay with the B850 chipset and Wi-Fi on board. What's the cheapest alternative?`).requirements)
      .toBe('the B850 chipset and Wi-Fi on board');
    expect(classifyRequest(`Too dear: ${url} . Same full-size Acme Gale please, still in black, and I can live without the light strip. Cheapest alternative?`).requirements)
      .toBe('full-size Acme Gale, in black');
  });
});

describe('what a request points back at', () => {
  it('reads "something like that" as the thing the lead-in says what it should be', () => {
    const shape = classifyRequest('My board is moving house, and I am done buying fans: the case should arrive with at least four already fitted. Cheapest offer for something like that?');
    expect(shape.subjects).toEqual(['case']);
    expect(shape.cheapest).toBe(true);
  });
  it('reads "with that connector" as the connector named before', () => {
    expect(classifyRequest('The panel plugs into the board through an eDP connector. Find all offers for motherboards with that connector.').requirements).toBe('with the eDP connector');
  });
  it('reads "another 16GB of DDR4" as DDR4 memory', () => {
    const shape = classifyRequest('I want another 16GB of DDR4 in the spare PC, and it has to light up. What is the cheapest way to buy that?');
    expect(shape.subjects).toEqual(['DDR4 memory']);
  });
  it('reads "exactly two ... bought together" as a pack of two of the things counted', () => {
    const shape = classifyRequest('I need exactly two 120 mm fans bought together in one box.');
    const refined = refineSubject(shape.subjects[0]!, shape.requirements);
    expect(refined.subject).toBe('120 mm fans');
    expect(refined.wishes.map((w) => w.id)).toEqual(['pack:2']);
  });
});

describe('things turned down in other words', () => {
  it('reads "won\'t do", "are no good", "don\'t interest me" as refusals, a version told by a part as "without" it', () => {
    expect(refusalSaidAsNot('Micro ATX and Mini ITX won\'t do')).toBe('not the Micro ATX, not the Mini ITX');
    expect(refusalSaidAsNot('Two-packs and four-packs are no good to me')).toBe('not the Two-packs, not four-packs');
    expect(refusalSaidAsNot('The Acme Frost 240 and the version with blue fans don\'t interest me')).toBe('not the Acme Frost 240, without blue fans');
    expect(ids('full-size ATX, Micro ATX and Mini ITX won\'t do', 'motherboard')).toEqual(expect.arrayContaining(['absent:micro atx', 'absent:mini itx']));
  });
  it('knows a board size of a list turned down after it', () => {
    const text = 'a tower (Micro ATX and Mini ITX won\'t do)';
    expect(boardSizeRefused(text, text.indexOf('Micro'))).toBe(true);
    expect(boardSizeRefused(text, text.indexOf('Mini'))).toBe(true);
    expect(boardSizeRefused('a Micro ATX tower', 2)).toBe(false);
  });
});

describe('qualities and parts said in other words', () => {
  it('reads a fan size before "case fans" as a size met however pages write it', () => {
    expect(ids('140 mm case fans with ARGB', 'fan')).toContain('measure:mm=140');
  });
  it('reads a connection whose name opens with a small letter', () => {
    expect(ids('with an eDP connector', 'motherboard')).toEqual(['present:edp']);
  });
  it('reads a count whose noun was said before it', () => {
    expect(ids('I refuse to buy fans separately: it should arrive with at least six already fitted', 'case')).toContain('count:fans>=6');
  });
  it('knows security cables, a part that has real wood, and a compartment of their own', () => {
    expect(saidQualities('something I can chain to a table with one of those security cables').items.map((i) => i.id)).toContain('quality:lockable');
    expect(saidQualities('a case whose front has real wood in it').items.map((i) => i.id)).toContain('quality:material-wood-front');
    expect(saidQualities('the power supply and the cables live in their own compartment').items.map((i) => i.id)).toContain('quality:dual-chamber');
  });
});
