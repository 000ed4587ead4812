import { describe, expect, it } from 'vitest';
import { product } from '../fixtures';
import { verifyChecklist } from '../verify';
import type { ChecklistItem } from '../types';

const fourArgbFans: ChecklistItem = { kind: 'part-count', id: 'count:argb fans>=4', label: 'At least 4 ARGB fans', part: 'fan', kindWords: ['ARGB'], op: '>=', value: 4, hard: true, origin: 'request' };
const check = (name: string, description?: string) => verifyChecklist([fourArgbFans], product({ name, description }))[0]!;

describe('part-count: how many of a kind of part a product comes with', () => {
  it('counts the parts of the kind a title states, with words between the count and the part', () => {
    expect(check('Maker Lucid ARGB Gaming Case, Micro ATX, 4x ARGB Infinity Fans')).toMatchObject({ status: 'pass', evidence: { field: 'name', value: '4x ARGB Infinity Fans' } });
    expect(check('Maker Vista Micro ATX Case, 3x Infinity ARGB Fans, ARGB PWM Fan Hub').status).toBe('fail');
    expect(check('Maker Tower, ATX', 'Ships with four 120 mm ARGB fans pre-installed.').status).toBe('pass');
  });

  it('does not count ports of a hub, or room for fans, as fans it comes with', () => {
    expect(check('Maker Akira ARGB Case, Micro ATX, 3x ARGB Fans, 6-Port ARGB PWM Fan Hub').status).toBe('fail');
    expect(check('Maker Airflow Case, ATX, supports up to 6 ARGB fans', 'A mesh case.').status).toBe('fail');
  });

  it('fails too few fans of another kind, and leaves enough fans of an unstated kind open', () => {
    expect(check('Maker Pop Mini Air RGB Case, Micro ATX, 3 RGB Fans & ARGB Controller')).toMatchObject({ status: 'fail', reason: expect.stringContaining('3 fans in all') });
    expect(check('Maker ARGB Case, ATX, 6 Fans').status).toBe('unknown');
    expect(check('Maker Silent Case, Micro ATX', 'Sound damping panels.').status).toBe('fail');
  });
});

describe('part-count: connectors counted by their short name', () => {
  const threeDp: ChecklistItem = { kind: 'part-count', id: 'count:displayport outputs>=3', label: 'At least 3 DisplayPort outputs', part: 'output', kindWords: ['DisplayPort'], op: '>=', value: 3, hard: true, origin: 'request' };
  const status = (name: string) => verifyChecklist([threeDp], product({ name, description: 'A card.' }))[0]!.status;
  it('reads "3 DP" and "3x DisplayPort" in a title as three DisplayPort outputs, "1 DP" as too few', () => {
    expect(status('Acme DUAL RTX4060 EVO OC, 8GB DDR6, HDMI, 3 DP, 2535MHz Clock')).toBe('pass');
    expect(status('Acme Card, 8GB, 3x DisplayPort, HDMI')).toBe('pass');
    expect(status('Acme Card, 8GB, HDMI, 1 DP')).toBe('fail');
  });
});

describe('part-count: a pack written after the parts', () => {
  const twoFans: ChecklistItem = { kind: 'part-count', id: 'count:fans=2', label: '2 fans', part: 'fan', kindWords: [], op: '=', value: 2, hard: true, origin: 'request' };
  const status = (name: string) => verifyChecklist([twoFans], product({ name, description: 'Fans.' }))[0]!.status;
  it('counts "Case Fans x2" and "Case Fans 2-Pack" as two fans, and "Case Fans (3 Pack)" as three', () => {
    expect(status('Acme LINK RX140 14cm PWM Case Fans x2, Hub Included, Black')).toBe('pass');
    expect(status('Acme LINK RX140 RGB 14cm PWM Case Fans 2-Pack, Hub Included, Black')).toBe('pass');
    expect(status('Acme Prism AL-14 14cm ARGB Case Fans (3 Pack), Black')).toBe('fail');
  });
});
