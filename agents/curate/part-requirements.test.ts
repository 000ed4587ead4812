import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { partSizeItems } from './part-requirements';
import { requirementItems } from './requirements';

describe('part sizes a product must take', () => {
  const items = requirementItems('which support 240mm radiators and 330mm GPUs');
  const check = (name: string, description?: string) => verifyChecklist(items, product({ name, description })).map((v) => v.status);

  it('reads "support 240mm radiators and 330mm GPUs" as two part sizes, not words every page must carry', () => {
    expect(items.map((i) => i.id).sort()).toEqual(['measure:gpu>=330mm', 'measure:radiator>=240mm']);
    expect(partSizeItems('that fits GPUs up to 30 cm').items).toMatchObject([{ part: 'gpu', value: 300, op: '>=' }]);
    expect(partSizeItems('with 240mm radiator').items).toEqual([]);
  });

  it('checks them against the largest part the title or description says the product takes', () => {
    expect(check('Maker Mini Case, Micro ATX, 331mm GPU & 280mm Radiator Support')).toEqual(['pass', 'pass']);
    expect(check('Maker Compact Case, ATX', 'Room for GPUs up to 360 mm with a 240 mm radiator in the top, or up to 360/280 mm front radiators with GPUs under 305 mm.'))
      .toEqual(['pass', 'pass']);
    expect(check('Maker Nano Case, Mini ITX, 306 mm GPU Support')).toEqual(['unknown', 'fail']);
    expect(check('Maker Focus Case, ATX', 'An innovative shroud for optimal GPU airflow; comes with two 140 mm Aspect 14 fans.')).toEqual(['unknown', 'unknown']);
  });
});

describe('part sizes a product must take: session 34', () => {
  it('reads what the shopper\'s own thing takes ("This case takes 420mm radiators") as no part the product must take', () => {
    expect(partSizeItems('This case takes 420mm radiators and I want to use that').items).toEqual([]);
    expect(partSizeItems('a case that takes 420mm radiators').items).toMatchObject([{ part: 'radiator', value: 420 }]);
  });
});

describe('part counts: exactly that many (session 34)', () => {
  it('reads "It should come with exactly two fans" as two fans, no more', () => {
    const items = requirementItems('It should come with exactly two fans, because I\'m adding my own', 'case');
    expect(items.map((i) => i.label)).toEqual(['Exactly 2 fans']);
    const check = (name: string) => verifyChecklist(items, product({ name }))[0]!.status;
    expect(check('Acme Vortex C Gaming Case, ATX, Angular Mesh Front, 2 x 12cm Fans')).toBe('pass');
    expect(check('Acme Vortex 2 Gaming Case, ATX, Angular Mesh Front, 3 Fans')).toBe('fail');
  });
});
