import { describe, expect, it } from 'vitest';
import { roomLeft, withLeadIn, withoutPastState } from './lead-in';

describe('withoutPastState: what the shopper had before is no requirement of the new product', () => {
  it('drops a clause on what the old one did ("managed", "last year"), and keeps the shopper\'s current things', () => {
    expect(withoutPastState("My old board's Wi-Fi 5 card managed about 400 Mbit/s; the new Wi-Fi 7 router is faster")).toBe('the new Wi-Fi 7 router is faster');
    expect(withoutPastState('Last year it went from chip graphics to a real card, and now the processor follows')).toBe('now the processor follows');
    // The old PC is still the one the product must work with.
    expect(withoutPastState('My old PC only has a VGA output, and I want to plug its keyboard into the screen')).toBe('My old PC only has a VGA output, and I want to plug its keyboard into the screen');
  });

  it('keeps the change asked for ("from four cores to six") as written: the requirement reader reads it as six cores', () => {
    expect(withoutPastState('now the processor follows, from four cores to six')).toBe('now the processor follows, from four cores to six');
    expect(withoutPastState('one cable from my laptop to my desk screen')).toBe('one cable from my laptop to my desk screen');
  });
});

describe('roomLeft: a spot that takes one fan (session 33)', () => {
  it('reads "one spot where a radiator can go, and it only takes a single 120mm fan" as a radiator of at most 120mm', () => {
    expect(roomLeft('My tiny case has exactly one spot where a radiator can go, and it only takes a single 120mm fan.')).toBe('with a radiator of at most 120mm');
  });
});

describe('withLeadIn: session 34', () => {
  it('reads "something to carry it by" as a part of the thing asked, not a clause acting on the lead-in\'s thing', () => {
    const text = 'My PC rides the tram to a LAN. Find a case that needs something built in to carry it by.';
    expect(withLeadIn('that needs something built in to carry it by', text, 'Find a case that needs something built in to carry it by.')).toBe('that needs something built in to carry it by');
  });
});

describe('withLeadIn: "with such a display" (session 34)', () => {
  it('takes the lead-in\'s words into a clause that points back with "such a"', () => {
    const text = 'I want the pump head to show something: an LCD or an OLED. Find all offers for coolers with such a display.';
    expect(withLeadIn('with such a display', text, 'Find all offers for coolers with such a display.')).toContain('an LCD or an OLED');
  });
});
