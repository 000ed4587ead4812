import { describe, expect, it } from 'vitest';
import { alternativeDescribed } from './alternative-described';
import { classifyRequest, withoutOpenChoices } from './request-shape';

describe('what a lead-in says the alternative to a quoted product must be', () => {
  it('reads "I want the same X in the version that ..." and "I want to stay with X, but ..." as what it must be', () => {
    expect(alternativeDescribed('I chose the version without fans. So now I want the same Acme Infinity case in the version that comes with its fans already installed.'))
      .toEqual(['Acme Infinity case in the version that comes with its fans already installed']);
    expect(alternativeDescribed('Far too expensive. I want to stay with the Ryujin III 360 and its LCD screen, but in the version that comes with Noctua fans.'))
      .toEqual(['the Ryujin III 360 and its LCD screen, but in the version that comes with Noctua fans']);
  });

  it('still reads nothing from a lead-in that only says why', () => {
    expect(alternativeDescribed('The glass side reflects the window behind my desk.')).toEqual([]);
  });
});

describe('two versions the shopper cannot decide between', () => {
  it('leaves both open, keeping the clause before them', () => {
    expect(withoutOpenChoices('I want the Acme 3500X in white, and I\'m still torn between the bare version and the ARGB one with three fans, so put both in the carts.'))
      .toBe('I want the Acme 3500X in white, so put both in the carts.');
  });
});

describe('a size left open', () => {
  it('asks for neither size of "120mm or 140mm, either fits"', () => {
    const shape = classifyRequest('Find the cheapest black Acme LINK fan with a 120mm or 140mm frame, either fits.');
    expect(shape.subjects).toEqual(['black Acme LINK fan']);
    expect(shape.requirements).not.toMatch(/120mm|140mm/);
  });
});

describe('what a lead-in says the alternative must be: session 32', () => {
  it('reads "I don\'t need this particular kit, just ..." and "Any X in white would do, as long as its fans come fitted"', () => {
    expect(alternativeDescribed("I don't need this particular kit, just 16GB of DDR4 as two 8GB sticks that light up. Speed and brand are open."))
      .toEqual(['16GB of DDR4 as two 8GB sticks that light up']);
    expect(alternativeDescribed('The price of this white case is more than I would like. Any Acme 3500X in white would do, as long as its fans come fitted; the empty version does not count.'))
      .toEqual(['Acme 3500X in white', 'fans come fitted']);
  });
});

describe('what a lead-in says the alternative must be: session 32, second round', () => {
  it('reads "I\'d like to stay with be quiet!" as the maker, and "I need an air cooler (...) whose listing says ..." as the alternative', () => {
    expect(alternativeDescribed("The new case only has 120mm mounts, and I'd like to stay with Be Quiet.")).toEqual(['made by Be Quiet']);
    expect(alternativeDescribed('I need an air cooler (heatsink and fan, no liquid) whose listing says it fits AMD sockets.'))
      .toEqual(['air cooler (heatsink and fan, no liquid) whose listing says it fits AMD sockets']);
  });
});

describe('alternativeDescribed: session 33', () => {
  it('reads "So it should be ...", "Instead I\'d like ...", "I\'d rather have the ...", "But I want ..." and "Still a ..." as what the alternative must be', () => {
    expect(alternativeDescribed('A friend says to go newer: . So it should be an Acme S24-series phone instead that keeps 256GB.')).toEqual(['it should be an Acme S24-series phone instead that keeps 256GB']);
    expect(alternativeDescribed('1TB is not enough. Instead I\'d like a portable hard drive with at least 2TB.')).toEqual(['portable hard drive with at least 2TB']);
    expect(alternativeDescribed('Then I read the newer one is quieter, so I\'d rather have the Freezer III with A-RGB in the same 280mm size.')).toEqual(['the Freezer III with A-RGB in the same 280mm size']);
    expect(alternativeDescribed('My case has one 120mm mount: . But I want a little screen on the pump. Still a single 120mm radiator, any brand.')).toEqual(['a little screen on the pump', 'a single 120mm radiator, any brand']);
  });
});

describe('alternativeDescribed: session 34', () => {
  it('reads "I\'d rather have sticks that light up", "I\'d rather fill the slot with ..." and "Everything else stays the same: Acme, ..." as what the alternative must be', () => {
    expect(alternativeDescribed('My case has a glass side, so I\'d rather have sticks that light up. Everything else stays the same: Acme, DDR4-3600, 32GB as two 16GB sticks.'))
      .toEqual(['sticks that light up', 'made by Acme, DDR4-3600, 32GB as two 16GB sticks']);
    expect(alternativeDescribed('I\'d rather fill the slot with a single 16GB DDR4 desktop stick.')).toEqual(['a single 16GB DDR4 desktop stick']);
  });

  it('reads "LCD or no LCD, ..., any of them is fine" as choices left open', () => {
    expect(withoutOpenChoices('A cooler with a 420mm radiator. LCD or no LCD, Link or the older controller, any of them is fine. Find all offers.')).not.toMatch(/LCD/);
    expect(classifyRequest('I want an Acme all-in-one cooler with a 420mm radiator. LCD or no LCD, Link or the older controller, any of them is fine. Find all offers for coolers like that.').requirements)
      .not.toMatch(/LCD|Link or/);
  });
});

describe('what a lead-in says the alternative must be: session 36', () => {
  it('reads "I\'d settle for Acme\'s Venture RGB line instead, as long as it\'s still rated at 6000MHz or faster" as that line and that floor', () => {
    expect(alternativeDescribed('It looks gorgeous but it\'s too expensive for me. I\'d settle for Acme\'s Venture RGB line instead, as long as it\'s still rated at 6000MHz or faster.'))
      .toEqual(['rated at 6000MHz or faster', 'from Acme\'s Venture RGB line']);
  });

  it('reads "<url> is almost perfect for me, but ... just the RGB version" as another version of the quoted product', () => {
    expect(classifyRequest('http://127.0.0.1:1/product/acme-d35-16gb/ is almost perfect for me, but I\'d like the sticks to light up. Same family and the same 16GB kit, just the RGB version. Find the offers for it.').mode).toBe('substitute');
  });
});

describe('alternativeDescribed: session 37', () => {
  it('reads "stay with Vexor on a full-size ATX board" as the maker and the board, and what the shopper is open to as nothing', () => {
    expect(alternativeDescribed('I\'d like to stay with Vexor on a full-size ATX board with Wi-Fi built in, but I\'m open to Intel as well as AMD.'))
      .toEqual(['made by Vexor, on a full-size ATX board with Wi-Fi built in']);
  });
});
