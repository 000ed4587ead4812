import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { requirementItems } from './requirements';

describe('requirementItems: uses that imply a checkable property', () => {
  it('reads competitive, reaction-based play as a high refresh rate', () => {
    expect(requirementItems('which is suitable for competitive reaction-based e-sports gaming')).toContainEqual(
      expect.objectContaining({ kind: 'measure', unit: 'hz', op: '>=', value: 144, hard: true }));
  });

  it('reads "designed for gamers" as gaming gear, next to the socket it names', () => {
    const items = requirementItems('designed for gamers with AM4 CPU socket');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'gaming' }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'AM4' }));
    expect(items.some((i) => i.kind === 'measure')).toBe(false);
  });

  it('reads a colour in the languages shops list products in, as whole words only', () => {
    const [white] = requirementItems('with at least 512gb disk space in white').filter((i) => i.id === 'present:white');
    expect(verifyChecklist([white!], product({ name: 'Console Starter Bundle, Series S, Hvit, 10240 MB', description: 'A console.' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([white!], product({ name: 'Console Starter Bundle, Series S, Black', description: 'Vitality included.' }))[0]!.status).toBe('fail');
  });

  it('counts a maker\'s gaming line as made for gaming, and a plain office board as not', () => {
    const [gaming] = requirementItems('designed for gamers').filter((i) => i.id === 'present:gaming');
    const board = (name: string) => product({ name, description: 'Supports AMD Ryzen processors and dual channel DDR4.' });
    expect(verifyChecklist([gaming!], board('AORUS AM4 A520 AORUS ELITE'))[0]).toMatchObject({ status: 'pass', evidence: { field: 'name' } });
    expect(verifyChecklist([gaming!], board('Asus ROG STRIX B550-F, AM4, ATX'))[0]!.status).toBe('pass');
    expect(verifyChecklist([gaming!], board('Asus PRIME A520M-K, AM4, Micro ATX'))[0]!.status).toBe('fail');
  });

  it('checks a spec token on the part it names: "ARGB fans" are not an ARGB strip on a case without fans', () => {
    const items = requirementItems('from Antec with ARGB fans').filter((i) => i.kind === 'attribute-present');
    expect(items.map((i) => i.kind === 'attribute-present' && i.text)).toEqual(['ARGB fans']);
    const status = (name: string, description: string) => verifyChecklist(items, product({ name, description }))[0]!.status;
    expect(status('Antec C3 Gaming Case, ATX, No Fans, USB-C', 'Inclined PSU shroud with ARGB strip.')).toBe('fail');
    expect(status('Antec C5 Gaming Case, ATX, 7x ARGB Fans', 'Dual chamber.')).toBe('pass');
    expect(status('Antec DF800 FLUX Case', 'Ships with 5 x Fans (3 Front ARGB).')).toBe('pass');
    expect(status('Antec C8 Case', 'Includes 3 ARGB PWM fans.')).toBe('pass');
  });

  it('keeps a spec token alone when the noun after it names a type: "AMD sockets"', () => {
    expect(requirementItems('motherboards with AMD sockets older than AM5').filter((i) => i.kind === 'attribute-present').map((i) => i.kind === 'attribute-present' && i.text)).toEqual(['AMD']);
  });
});
