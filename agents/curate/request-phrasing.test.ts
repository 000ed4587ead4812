import { describe, expect, it } from 'vitest';
import { plainRequest } from './request-phrasing';

describe('plainRequest: one wording for the many ways an ask is phrased', () => {
  it('drops a greeting and a sign-off, and reads a polite question with another verb as "Find"', () => {
    expect(plainRequest('Hi Jo, marketing picked the Acme H150x. Can you pull up all the offers so we can compare? Thanks!'))
      .toBe('marketing picked the Acme H150x. Find all the offers for it so we can compare?');
  });

  it('reads questions and terse asks for the lowest price as asking for the cheapest offer', () => {
    expect(plainRequest('Which shop asks the least for the Acme X1?')).toBe('Find the cheapest offer for the Acme X1?');
    expect(plainRequest('The Acme X1. Cheapest offer, please.')).toBe('The Acme X1. Find the Cheapest offer for it.');
    expect(plainRequest('2TB pocket SSD. Cheapest offer; ties all count.')).toBe('2TB pocket SSD. Cheapest offer; ties all count.');
  });

  it('keeps the links out and writes one thing one way ("be quiet!", "DDR4-3200")', () => {
    expect(plainRequest('Find be quiet! fans with DDR4-3200 http://127.0.0.1/product/x/ .')).toBe('Find Be Quiet fans with DDR4 3200MHz .');
  });
});
