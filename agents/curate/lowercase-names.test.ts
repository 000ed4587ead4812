import { describe, expect, it } from 'vitest';
import { withNamesCapitalised } from './lowercase-names';
import { classifyRequest } from './request-shape';

describe('withNamesCapitalised: a request typed all in lower case', () => {
  it('writes the name around a model code as titles do, and leaves kinds, figures and the rest as typed', () => {
    expect(withNamesCapitalised('antec c5 argb, the dual chamber case that comes with seven fans. find all offers for it'))
      .toBe('Antec C5 ARGB, the dual chamber case that comes with seven fans. find all offers for it');
    expect(withNamesCapitalised('cheapest 32gb ddr5 kit please')).toBe('cheapest 32gb ddr5 kit please');
  });

  it('leaves a request with capitals as its writer wrote it, the pronoun "I" aside', () => {
    expect(withNamesCapitalised('find the Antec c5 argb')).toBe('find the Antec c5 argb');
    expect(withNamesCapitalised('antec c5 argb, I\'ll decide on the colour later')).toMatch(/^Antec C5 ARGB/);
  });

  it('lets the request shape find the product a lower-case request names', () => {
    expect(classifyRequest('antec c5 argb, the dual chamber case that comes with seven fans. black or white. find all offers for it').subjects).toEqual(['Antec C5 ARGB']);
  });
});

describe('withNamesCapitalised: session 37', () => {
  it('writes a generation numeral and a hyphenated lighting name as titles do ("iii" as "III", "a-rgb" as "A-RGB")', () => {
    expect(withNamesCapitalised('arctic liquid freezer iii a-rgb, the white one. can you find me all the offers?')).toMatch(/^Arctic Liquid Freezer III A-RGB, the white one/);
  });
});
