import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { makerItems } from './card-match';
import { classifyRequest } from './request-shape';
import { requirementItems } from './requirements';
import { isStandardWord, namesOnlyStandards, socketSpellings, standardsAndFigureItems, withBareSocketNumbers, withJoinedSocketNames, withoutStandardNames } from './standards';

describe('names of standards are neither makers nor models', () => {
  it('knows memory generations, form factors, slots and sockets, and no maker', () => {
    expect(['DDR5', 'Micro ATX', 'Mini-ITX', 'PCIe4', 'M.2', 'LGA1700', 'AM5', 'ARGB', 'USB-C'].every(namesOnlyStandards)).toBe(true);
    expect(['Intel', 'Be Quiet!', 'Fractal Design', 'Corsair DDR5'].some(namesOnlyStandards)).toBe(false);
    expect(withoutStandardNames('32GB DDR4 memory kit for AM5 boards')).toBe('32GB memory kit for boards');
  });

  it('requires a standard before the kind as a spec, and a figure there as a measure, never as "Made by"', () => {
    expect(makerItems(['DDR5 memory'], [])).toMatchObject([{ kind: 'attribute-present', text: 'DDR5', label: 'DDR5', hard: true }]);
    expect(makerItems(['Intel processor'], [])).toMatchObject([{ label: 'Made by Intel' }]);
    const items = standardsAndFigureItems('32GB DDR4')!;
    expect(items).toMatchObject([{ kind: 'measure', unit: 'gb', op: '=', value: 32 }, { kind: 'attribute-present', text: 'DDR4' }]);
    const check = (name: string) => verifyChecklist(items, product({ name })).map((v) => v.status);
    expect(check('Maker 32GB Kit (2 x 16GB), DDR4, 3600MHz')).toEqual(['pass', 'pass']);
    expect(check('Maker 16GB Kit (2 x 8GB), DDR4, 3600MHz')).toEqual(['fail', 'pass']);
  });

  it('requires two standards named together each on its own, as titles write them apart ("DDR4 SO-DIMM")', () => {
    const items = standardsAndFigureItems('DDR4 SO-DIMM')!;
    expect(items.map((i) => i.label)).toEqual(['DDR4', 'SO-DIMM']);
    expect(verifyChecklist(items, product({ name: 'Maker 8GB, DDR4, 2666MHz, CL19, SODIMM Memory' })).map((v) => v.status)).toEqual(['pass', 'pass']);
    expect(standardsAndFigureItems('Micro ATX')!.map((i) => i.label)).toEqual(['Micro ATX']);
  });

  it('reads "a 32GB DDR4 memory kit running at 3600MHz" as any kit of that kind, the clock a requirement', () => {
    const shape = classifyRequest('Find the cheapest offer for a 32GB DDR4 memory kit running at 3600MHz. If multiple offers share the lowest price, return all of them.');
    expect(shape).toMatchObject({ mode: 'fit', cheapest: true, subjects: ['32GB DDR4 memory kit'], requirements: 'running at 3600MHz' });
    expect(classifyRequest('Find all offers for an Asus PRIME B650-A.').mode).toBe('offers');
  });
});

describe('standards and connectors: one vocabulary of names that are no maker', () => {
  it('reads every connector of the connector table as a standard\'s name, with its generation', () => {
    expect(['Mini DisplayPort', 'Micro USB', 'RJ45', '3.5 mm', 'USB 3.2', 'Thunderbolt 4'].every(namesOnlyStandards)).toBe(true);
    expect(withoutStandardNames('a dock with USB 3.2, Mini DisplayPort and RJ45 ports')).toBe('a dock with , and ports');
  });

  it('reads a list of names between commas as names only, and punctuation alone as none', () => {
    expect(namesOnlyStandards('HDMI, DP,')).toBe(true);
    expect(namesOnlyStandards('&')).toBe(false);
  });

  it('knows the words standards\' names are made of, but no maker\'s or product\'s', () => {
    expect(['Mini', 'Thin', 'Mini-STX', 'SO-DIMM', 'DDR5', 'ARGB', 'Wi-Fi', 'USB-C'].every(isStandardWord)).toBe(true);
    expect(['DeskMini', 'Fractal', 'PN51'].some(isStandardWord)).toBe(false);
  });
});

describe('an Intel socket is one socket however it is spelled', () => {
  it('meets an "LGA1700" requirement on a board titled with the bare "1700", "LGA 1700" or "Socket 1700", not on another socket', () => {
    const items = makerItems(['LGA1700 motherboards'], []);
    expect(items).toMatchObject([{ kind: 'attribute-present', label: 'LGA1700', hard: true }]);
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A board.' }))[0]!.status;
    expect(check('Acme Z790 FORGE, Intel Z790, 1700, ATX, 4 DDR5')).toBe('pass');
    expect(check('Acme 1700 Z790 TITAN X E-ATX')).toBe('pass');
    expect(check('Acme B760M PLUS, LGA 1700, Micro ATX')).toBe('pass');
    expect(check('Acme B760M PLUS, Socket 1700, Micro ATX')).toBe('pass');
    expect(check('Acme H510M, Intel H510, 1200, Micro ATX')).toBe('fail');
    expect(check('Acme B650 STORM, AMD B650, AM5, ATX')).toBe('fail');
  });

  it('writes every spelling one way for comparing ("1700") and for reading a request ("LGA1700"), and leaves AMD sockets alone', () => {
    expect(withBareSocketNumbers('LGA1700, LGA 1700, LGA-1700, Socket 1700')).toBe('1700, 1700, 1700, 1700');
    expect(withJoinedSocketNames('Socket 1700 motherboards for LGA 1851 CPUs')).toBe('LGA1700 motherboards for LGA1851 CPUs');
    expect(withBareSocketNumbers('Socket AM5 board')).toBe('Socket AM5 board');
    expect(socketSpellings('LGA1200')).toEqual(['LGA1200', 'LGA 1200', 'Socket 1200', '1200']);
    expect(socketSpellings('AM4')).toEqual(['AM4']);
  });
});

describe('wireless standards named without a version', () => {
  it('asks "with built-in Wi-Fi" for Wi-Fi however a page spells it, and turns down a board without it', () => {
    const items = requirementItems('with built-in Wi-Fi that this processor can be installed on');
    expect(items).toMatchObject([{ kind: 'attribute-present', label: 'Wi-Fi', hard: true }]);
    const check = (name: string, description: string) => verifyChecklist(items, product({ name, description }))[0]!.status;
    expect(check('Maker X570 TAICHI, AMD X570, AM4, ATX, AX Wi-Fi', 'A board.')).toBe('pass');
    expect(check('Maker B550 ELITE AX V2', 'It features WIFI 6 and 2.5GbE LAN.')).toBe('pass');
    expect(check('Maker B550 STEEL LEGEND, AMD B550, AM4, ATX, 2.5GB LAN', 'A board.')).toBe('fail');
  });

  it('asks "with Bluetooth" for Bluetooth, and leaves a named version to its floor', () => {
    expect(requirementItems('with Bluetooth').map((i) => i.label)).toEqual(['Bluetooth']);
    expect(requirementItems('with Wi-Fi 6').map((i) => i.kind)).toEqual(['version-at-least']);
  });
});

describe('socketSpellings: the 115X family', () => {
  it('counts "115X" for LGA1150, 1151, 1155 and 1156, and for no other socket', () => {
    expect(socketSpellings('LGA1155')).toContain('115X');
    expect(socketSpellings('LGA1151')).toContain('115X');
    expect(socketSpellings('LGA1700')).not.toContain('115X');
    const items = requirementItems('with an LGA1155 socket', 'cooler');
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A cooler.' })).map((v) => v.status);
    expect(check('Acme Quiet Heatsink and Fan, Intel 1200/115X/775')).toEqual(['pass']);
    expect(check('Acme Quiet Heatsink and Fan, Intel 1700')).toEqual(['fail']);
  });
});
