import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { chipGraphicsWishes, gpuChipMakerWishes, makersLetterLineWishes, makersLineItems, numberedLineWishes, requirementItems, thousandSeriesWishes } from './requirements';
import { formFactorQueries, subjectRequirements } from './subject-requirements';

describe('requirementItems: a maker before the kind\'s word', () => {
  it('wants the maker of "a white Acme case", and turns down the one of "not the Acme fans"', () => {
    expect(requirementItems('still a white Acme case with RGB fans', 'case').map((i) => i.id)).toContain('brand=Acme');
    expect(requirementItems('not the Acme fans', 'cooler').map((i) => i.id)).toEqual(['absent:acme']);
  });
});

describe('requirementItems: pack sizes are the intents\' to read', () => {
  it('takes no bare count from "pack of 2" or "a 3-pack" as a word a title must show', () => {
    const texts = (said: string) => requirementItems(said, 'fan').map((i) => i.id);
    expect(texts('with pack of 2')).toEqual([]);
    expect(texts('but not pack of 2, not a 3-pack')).toEqual([]);
    expect(texts('with ARGB, sold as a pack of 3')).toEqual(['present:argb']);
  });
});

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

  it('reads a named connection ("with Thunderbolt ports") as that name on the page, whatever the port is called there', () => {
    const items = requirementItems('with Thunderbolt ports');
    expect(items).toEqual([expect.objectContaining({ kind: 'attribute-present', text: 'Thunderbolt', hard: true })]);
    const board = (name: string) => verifyChecklist(items, product({ name, description: 'A board.' }))[0]!.status;
    expect(board('Maker Z790 TAICHI, Intel Z790, 1700, EATX, 2 Thunderbolt, Wi-Fi 6E')).toBe('pass');
    expect(board('Maker B660M PRO, Intel B660, 1700, Micro ATX, HDMI, DP')).toBe('fail');
    expect(requirementItems('with USB ports').map((i) => i.label)).not.toContain('USB ports');
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

  it('asks for the named integrated graphics, so a processor titled "No Graphics" is left out', () => {
    const items = requirementItems('with integrated Radeon graphics');
    expect(items).toEqual([expect.objectContaining({ kind: 'attribute-present', text: 'Radeon Graphics', hard: true })]);
    const status = (name: string) => verifyChecklist(items, product({ name, description: 'A desktop processor.' }))[0]!.status;
    expect(status('Maker Ryzen 5 5600GT CPU, AM4, 6-Core, 65W, 5th Gen, Radeon Graphics')).toBe('pass');
    expect(status('Maker Ryzen 5 4500 CPU, AM4, 6-Core, 65W, 4th Gen, No Graphics')).toBe('fail');
  });

  it('keeps a spec token alone when the noun after it names a type: "AMD sockets"', () => {
    expect(requirementItems('motherboards with AMD sockets older than AM5').filter((i) => i.kind === 'attribute-present').map((i) => i.kind === 'attribute-present' && i.text)).toEqual(['AMD']);
  });
});

describe('requirementItems: joining words, named versions, acronyms, other devices', () => {
  it('reads "Wi-Fi 6 and Power over Ethernet (PoE)" as a Wi-Fi floor and PoE, never "6 and"', () => {
    const items = requirementItems('which support Wi-Fi 6 and Power over Ethernet (PoE)');
    expect(items).toEqual([
      expect.objectContaining({ kind: 'version-at-least', family: 'Wi-Fi', min: '6' }),
      expect.objectContaining({ kind: 'attribute-present', text: 'PoE', anyOf: ['Power over Ethernet'] }),
    ]);
  });

  it('a Wi-Fi 6 floor is met by a Wi-Fi 6 access point and failed by an AC1750 (Wi-Fi 5) one', () => {
    const [wifi] = requirementItems('which support Wi-Fi 6');
    const ax = product({ name: 'TP-Link AX3000 Wall Plate Wi-Fi 6 Access Point, PoE' });
    const ac = product({ name: 'TP-Link Omada AC1750 Dual Band Ceiling Mount Access Point, PoE' });
    expect(verifyChecklist([wifi!], ax)[0]!.status).toBe('pass');
    expect(verifyChecklist([wifi!], ac)[0]!.status).toBe('fail');
  });

  it('reads mixed-case acronyms as spec tokens', () => {
    expect(requirementItems('with PoE')).toEqual([expect.objectContaining({ kind: 'attribute-present', text: 'PoE' })]);
  });

  it('reads "M.2" as one name, never a bare "2" every title with a digit two would meet', () => {
    expect(requirementItems('my laptop has a free M.2 slot').map((i) => i.label)).toEqual(['M.2']);
  });

  it('takes no colours from the parts of another device ("the red and white inputs of my amplifier")', () => {
    expect(requirementItems('that connects the headphone jack of my phone to the red and white audio inputs of my amplifier')).toEqual([]);
    expect(requirementItems('in red')).toEqual([expect.objectContaining({ text: 'red' })]);
  });

  it('reads the wish of a relative clause ("boards that take DDR4 memory"), which points at no device', () => {
    const items = requirementItems('with the Z790 chipset that take DDR4 memory');
    expect(items.map((i) => i.label)).toEqual(['Z790', 'DDR4']);
    const status = (name: string) => verifyChecklist(items, product({ name, description: 'Motherboard.' })).map((v) => v.status);
    expect(status('Asrock Z790 PRO RS/D4, Intel Z790, 1700, ATX, 4 DDR4, HDMI')).toEqual(['pass', 'pass']);
    expect(status('Asrock Z790 TAICHI, Intel Z790, 1700, EATX, 4 DDR5, HDMI')).toEqual(['pass', 'fail']);
    expect(requirementItems('as nice as that Samsung phone')).toEqual([]);
  });

  it('reads a device named by its own name ("the look of my Xbox One") as the one the product is made for', () => {
    expect(requirementItems('that changes the look of my Xbox One')).toEqual([expect.objectContaining({ kind: 'compatible-with', target: 'Xbox One' })]);
  });
});

describe('requirementItems: figures, counts and superlatives', () => {
  const status = (items: ReturnType<typeof requirementItems>, name: string) => verifyChecklist(items, product({ name, description: 'Memory.' })).map((v) => v.status);

  it('asks nothing of the page for a superlative the offers are ranked by ("the lowest CAS latency")', () => {
    expect(requirementItems('with the lowest CAS latency available')).toEqual([]);
    expect(requirementItems('with the highest core count across all shops')).toEqual([]);
  });

  it('reads a figure with its unit as a measure of that unit: 3600MHz is a clock, not a word', () => {
    const items = requirementItems('running at 3600MHz');
    expect(items).toMatchObject([{ kind: 'measure', unit: 'mhz', op: '=', value: 3600, hard: true, label: '3600MHz' }]);
    expect(status(items, 'Maker 32GB Kit (2 x 16GB), DDR4, 3600 MHz (PC4-28800), CL18')).toEqual(['pass']);
    expect(status(items, 'Maker 32GB Kit (2 x 16GB), DDR4, 3200MHz (PC4-25600), CL16')).toEqual(['fail']);
  });

  it('reads "at least four ARGB fans" as a count of that kind of part, not as words on the page', () => {
    const items = requirementItems('that come with at least four ARGB fans');
    expect(items).toMatchObject([{ kind: 'part-count', part: 'fan', kindWords: ['ARGB'], op: '>=', value: 4, label: 'At least 4 ARGB fans' }]);
    expect(status(items, 'Maker Cyclone ARGB Case, Micro ATX, 4x ARGB Fans, Mesh Front')).toEqual(['pass']);
    expect(status(items, 'Maker Akira ARGB Case, Micro ATX, 3x ARGB Fans, 6-Port ARGB PWM Fan Hub')).toEqual(['fail']);
    expect(requirementItems('with at least 6 cores')).toMatchObject([{ kind: 'measure', unit: 'core', value: 6 }]);
    expect(requirementItems('with at least 2 years warranty').some((i) => i.kind === 'part-count')).toBe(false);
  });
});

describe('subjectRequirements: the form a kind is asked in', () => {
  it('requires "low-profile" as shops write it, and searches it by itself', () => {
    const [form] = subjectRequirements('low-profile graphics cards');
    expect(form).toMatchObject({ kind: 'attribute-present', text: 'low profile', hard: true });
    expect(verifyChecklist([form!], product({ name: 'Maker RTX3050 LP OC, 6GB DDR6, Low Profile (Bracket Included)' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([form!], product({ name: 'Maker RTX4060 EVO OC, 8GB DDR6', description: 'A dual-fan card.' }))[0]!.status).toBe('fail');
    expect(formFactorQueries(['low-profile graphics cards'])).toEqual([['low profile']]);
    expect(subjectRequirements('orange straps')).toMatchObject([{ text: 'orange' }]);
  });
});

describe('requirementItems: a reason says why, and is never checked', () => {
  it('makes no items of a reason clause, whatever devices or figures it names', () => {
    expect(requirementItems('so that my computer can sit under the TV')).toEqual([]);
    expect(requirementItems('because my old one broke')).toEqual([]);
    expect(requirementItems('because my old one had no USB-C')).toEqual([]);
    expect(requirementItems('since my old HP 24 inch monitor broke')).toEqual([]);
    expect(requirementItems('so I can plug in my PS5')).toEqual([]);
  });

  it('keeps the wishes before the reason', () => {
    expect(requirementItems('with HDMI because my old Acme XPS 13 broke').map((i) => i.label)).toEqual(['HDMI']);
    expect(requirementItems('with Wi-Fi 6, because the Acme RT-AX55 died').map((i) => i.label)).toEqual(['Wi-Fi 6 or newer']);
    expect(requirementItems('with 16GB so that my computer can sit under the TV').map((i) => i.label)).toEqual(['16GB']);
  });

  it('reads "so" and "since" as a reason only when a clause follows', () => {
    expect(requirementItems('with ARGB fans so bright').map((i) => i.label)).toContain('ARGB fans');
    expect(requirementItems('with 2 USB-C ports since 2023').map((i) => i.label)).toContain('2 USB-C');
  });
});

describe('requirementItems: figures and models said whole', () => {
  const pass = (items: ReturnType<typeof requirementItems>, over: Parameters<typeof product>[0]) => verifyChecklist(items, product(over)).every((v) => v.status === 'pass');

  it('reads "a 12.4-inch screen" as one size, met by a title that writes the bare figure, not as "12" and "4-inch"', () => {
    const items = requirementItems('with a 12.4-inch screen');
    expect(items).toHaveLength(1);
    expect(pass(items, { name: 'Tablet Maker Tab S9 FE+ 12.4 5G 12GB 256GB Gray' })).toBe(true);
    expect(pass(items, { name: 'Tablet Maker Tab S9 FE 10.9 5G 6GB 128GB Green', description: '<p>A 10.9" display.</p>' })).toBe(false);
  });

  it('reads "runs Windows 11" as that system, not a bare "11" that any "11th Gen" title would meet', () => {
    const items = requirementItems('that already runs Windows 11');
    expect(items.map((i) => i.label)).toEqual(['Windows 11']);
    expect(pass(items, { name: 'Maker V15 Laptop, 15.6" FHD, i5-1235U, 8GB, 256GB SSD, Windows 11 Pro' })).toBe(true);
    expect(pass(items, { name: 'Maker Book 14 Laptop, 14" FHD, Intel Core i5 11th Gen, 8GB, 512GB SSD', description: '<p>Windows 10 Home.</p>' })).toBe(false);
    expect(requirementItems('running Android 14').map((i) => i.label)).toEqual(['Android 14']);
  });

  it('keeps a model\'s tier with it: a card "based on the RTX 4070 SUPER" is no 4070 Ti SUPER', () => {
    const items = requirementItems('based on the RTX 4070 SUPER');
    expect(pass(items, { name: 'Maker RTX4070 SUPER DUAL OC, 12GB DDR6X' })).toBe(true);
    expect(pass(items, { name: 'Maker RTX4070 Ti SUPER GamingPro OC, 16GB DDR6X', description: '<p>RTX 4070 Ti SUPER.</p>' })).toBe(false);
  });

  it('requires the feature a "with ... that" clause explains ("with markings that help me tune ...")', () => {
    const items = requirementItems('with markings that help me tune my mouse sensitivity');
    expect(pass(items, { name: 'Maker Gaming Mouse Pad, Measurement Markings for Aim Software' })).toBe(true);
    expect(pass(items, { name: 'Maker XL Cloth Mouse Pad', description: '<p>Non-slip base.</p>' })).toBe(false);
    expect(requirementItems('on which I can fully dump my data')).toEqual([]);
    // The superlative ("the most cores") is the ranking's; no "the" is left to require.
    expect(requirementItems('with the most cores that fits that socket', 'processor').map((i) => i.label)).not.toContain('the');
  });

  it('leaves out a sibling named by several words, not the line its first word names: "not a Keep Compact"', () => {
    expect(requirementItems('with glass windows, not a Keep Compact').map((i) => i.label)).toContain('Not Keep Compact');
    expect(requirementItems('with glass windows, not a Keep Compact').map((i) => i.label)).not.toContain('Not Keep');
  });

  it('rules out the material of a part said to be missing: "no glass window"', () => {
    expect(requirementItems('in the Black Solid version, no glass window')).toContainEqual(
      expect.objectContaining({ kind: 'attribute-absent', text: 'glass', hard: true }));
  });

  it('leaves out each edition of "not the Plus or the Ultra"', () => {
    expect(requirementItems('not the Plus or the Ultra').map((i) => i.label)).toEqual(['Not Ultra', 'Not Plus']);
  });
});

describe('requirementItems: a socket a product is for', () => {
  it('meets "for LGA1700" on a page naming the socket in any spelling, and fails a board of another socket', () => {
    const items = requirementItems('for LGA1700 with Thunderbolt ports').filter((i) => i.label === 'Fits LGA1700');
    expect(items).toMatchObject([{ kind: 'attribute-present', hard: true }]);
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A board.' }))[0]!.status;
    expect(check('Acme Z790 FORGE, Intel Z790, 1700, EATX, 2 Thunderbolt')).toBe('pass');
    expect(check('Acme X670 STORM, AMD X670, AM5, ATX, 2 Thunderbolt')).toBe('fail');
    // Any other thing a product is for stays a device it is compatible with.
    expect(requirementItems('for Apple Watch Series 6')).toMatchObject([{ kind: 'compatible-with', target: 'Apple Watch Series 6' }]);
  });
});

describe('requirementItems: memory generations on boards', () => {
  it('meets "DDR4" by a board title\'s short "D4" ("PRIME Z790M-PLUS D4")', () => {
    const items = requirementItems('with DDR4 memory slots');
    expect(verifyChecklist(items, product({ name: 'Maker 1700 PRIME Z790M-PLUS D4 M-ATX', description: '<p>A board.</p>' })).map((v) => v.status)).not.toContain('fail');
  });
});

describe('requirementItems: the size of a part the product has', () => {
  it('meets "with a 360mm radiator" by "360mm" anywhere, or by a bare 360 in the model\'s name only', () => {
    const items = requirementItems('with a 360mm radiator');
    const status = (name: string, description = 'A liquid cooler with RGB fans.') => verifyChecklist(items, product({ name, description }))[0]!.status;
    expect(status('Acme Vortex 360mm Liquid CPU Cooler, White')).toBe('pass');
    expect(status('Acme TITAN 360 RX RGB Liquid CPU Cooler, RX120 Fans, White')).toBe('pass');
    expect(status('Acme TITAN 240 RX RGB Liquid CPU Cooler, RX120 Fans, White')).toBe('fail');
    expect(status('Acme Freezer 240mm Liquid CPU Cooler, 360 Degree Rotatable Pump')).toBe('fail');
  });
});

describe('requirementItems: a part named by its material', () => {
  it('requires "glass" of cases "that have a glass side window": a solid-panel page never says it', () => {
    const items = requirementItems('that have a glass side window');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'glass', hard: true }));
    const verdicts = (name: string) => verifyChecklist(items, product({ name, description: 'A gaming case.' })).map((v) => v.status);
    expect(verdicts('Acme Pop XL Silent (Black TG) Gaming Case w/ Clear Glass Window, E-ATX')).toEqual(['pass']);
    expect(verdicts('Acme Pop XL Silent (Black Solid) Gaming Case, E-ATX')).toEqual(['fail']);
    expect(requirementItems('with a tempered glass front panel')).toContainEqual(expect.objectContaining({ text: 'tempered glass' }));
  });
});

describe('requirementItems: a board\'s memory slots, a product without a cable', () => {
  const statuses = (clause: string, name: string) => verifyChecklist(requirementItems(clause), product({ name, description: 'A product.' })).map((v) => v.status);

  it('meets "with four memory slots" by a title counting the modules ("4 DDR5"); a two-slot board fails', () => {
    expect(requirementItems('with four memory slots').map((i) => i.label)).toEqual(['4 memory slots']);
    expect(statuses('with four memory slots', 'Acme Z790-E GAMING WIFI, Intel Z790, 1700, ATX, 4 DDR5, HDMI')).toEqual(['pass']);
    expect(statuses('with 4 DIMM slots', 'Acme B550M PRO, AMD B550, AM4, Micro ATX, 4x DIMM')).toEqual(['pass']);
    expect(statuses('with four memory slots', 'Acme Z790-I GAMING WIFI, Intel Z790, 1700, Mini ITX, 2 DDR5, HDMI')).toEqual(['fail']);
  });

  it('reads "without a cable" as wireless: a wired keyboard fails', () => {
    expect(statuses('without a cable', 'Acme TK-350 Wireless Membrane Keyboard')).toEqual(['pass']);
    expect(statuses('with no wires', 'Acme K5 Bluetooth Keyboard')).toEqual(['pass']);
    expect(statuses('without a cable', 'Acme K11 Wired Keyboard, USB')).toEqual(['fail']);
  });
});

describe('requirementItems: memory slots of a named generation', () => {
  it('meets "four DDR5 memory slots" by "4 DDR5" only: a four-slot DDR4 board and a two-slot DDR5 board fail', () => {
    const check = (name: string) => verifyChecklist(requirementItems('with an AM5 socket and four DDR5 memory slots').filter((i) => i.id.startsWith('memory-slots')), product({ name, description: 'A board.' })).map((v) => v.status);
    expect(check('Acme A620M-PLUS, AMD A620, AM5, Micro ATX, 4 DDR5, HDMI')).toEqual(['pass']);
    expect(check('Acme B550M PRO, AMD B550, AM4, Micro ATX, 4 DDR4, HDMI')).toEqual(['fail']);
    expect(check('Acme A620M-HDV, AMD A620, AM5, Micro ATX, 2 DDR5, HDMI')).toEqual(['fail']);
  });
});

describe('requirementItems: the alternative a shopper turns down, and a part\'s colour', () => {
  it('leaves out "the GT502 Plus with ARGB fans" by what sets it apart ("Plus"), its fans describing it, not the wish', () => {
    const items = requirementItems('the plain one rather than the GT502 Plus with ARGB fans');
    expect(items.map((i) => i.label)).toEqual(['Not Plus']);
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A case.' }))[0]!.status;
    expect(check('Acme TUF Gaming GT502 Case w/ Front & Side Glass Window, ATX')).toBe('pass');
    expect(check('Acme TUF Gaming GT502 Plus Case w/ 4 ARGB Fans, ATX')).toBe('fail');
  });

  it('never takes "2 White LED Fans" for a white case', () => {
    const white = requirementItems('in white').filter((i) => i.label === 'white');
    const check = (name: string) => verifyChecklist(white, product({ name, description: 'A case.' }))[0]!.status;
    expect(check('Acme Focus G (Gunmetal) Gaming Case w/ Clear Window, ATX, 2 White LED Fans')).toBe('fail');
    expect(check('Acme Vetro White ARGB Gaming Case, ATX, 3x ARGB Fans')).toBe('pass');
  });
});

describe('requirementItems: counts, makers and looks of parts, alternatives', () => {
  const statuses = (clause: string, name: string, description = 'A product.') => verifyChecklist(requirementItems(clause), product({ name, description })).map((v) => v.status);

  it('reads "made of four modules" and "with four tempered glass panels" as counts titles state', () => {
    expect(statuses('made of four modules', 'Acme Vengeance RGB RT 32GB Memory Kit (4 x 8GB), DDR4, 3600MHz')).toEqual(['pass']);
    expect(statuses('made of four modules', 'Acme Vulcan Z 16GB Kit (2 x 8GB), DDR4, 3200MHz')).toEqual(['fail']);
    expect(statuses('with four tempered glass panels', 'Acme iCUE 5000X RGB Case w/ 4x Tempered Glass Panels, E-ATX')).toEqual(['pass']);
    expect(statuses('with four tempered glass panels', 'Acme iCUE 7000X RGB Case w/ 3x Tempered Glass Panels, E-ATX')).toEqual(['fail']);
  });

  it('reads "with a compact design" and "with large 140mm Noctua fans" as what titles say', () => {
    expect(statuses('with a compact design', 'Acme RTX3050 StormX, 6GB, Compact Design')).toEqual(['pass']);
    expect(statuses('with a compact design', 'Acme RTX4070 SUPER JetStream OC, 12GB', 'A triple-fan card.')).toEqual(['fail']);
    expect(requirementItems('with large 140mm Noctua fans').map((i) => i.label)).toEqual(['Noctua parts', '140mm']);
  });

  it('takes either of two looks ("mesh panels or a glass window", "in black or in white")', () => {
    expect(requirementItems('with mesh panels or a glass window, in black or in white').map((i) => i.label)).toEqual(['mesh or glass', 'black or white']);
    expect(statuses('with mesh panels or a glass window, in black or in white', 'Acme AP201 Case w/ Tempered Glass Window, Micro ATX, White')).toEqual(['pass', 'pass']);
  });

  it('reads "RGB fans" as the pair, ARGB ones included, and "without a glass window" as no window at all', () => {
    expect(statuses('that come with RGB fans', 'Acme Torrent (White RGB TG) Case, E-ATX, 5 ARGB Fans')).toEqual(['pass']);
    expect(statuses('that come with RGB fans', 'Acme Torrent Compact (White TG) Case, E-ATX, 2 Fans, Fan Hub, RGB Strip on PSU Shroud')).toEqual(['fail']);
    expect(statuses('with solid side panels, without a glass window', 'Acme Pure Base 500 Gaming Case with Window, ATX')).toContain('fail');
    expect(statuses('with solid side panels, without a glass window', 'Acme Silent Base 601 Gaming Case, E-ATX, 2 Fans')).not.toContain('fail');
  });
});

describe('requirementItems: floors said with "or more", a colour edition turned down', () => {
  it('reads "250GB or more" as at least 250 GB', () => {
    const items = requirementItems('and 250GB or more is enough for my games');
    expect(items.map((i) => i.label)).toContain('At least 250 GB');
    expect(verifyChecklist(items.filter((i) => i.kind === 'measure'), product({ name: 'Acme 256GB MP33 M.2 NVMe SSD', description: 'A drive.' }))[0]!.status).toBe('pass');
  });

  it('keeps "in black, not the White edition" to a wish: the plain edition names no colour', () => {
    const items = requirementItems('in black, not the White edition');
    expect(items.find((i) => i.label === 'black')).toMatchObject({ hard: false });
    expect(items.find((i) => i.label === 'Not White')).toMatchObject({ hard: true });
  });
});

describe('requirementItems: what a clause says of the kind asked', () => {
  it('reads a decimal size with its unit word as one token ("2.5-slot")', () => {
    expect(requirementItems('with 16GB of memory in a compact 2.5-slot design').map((i) => i.label)).toContain('2.5-slot');
    expect(requirementItems('with 16GB of memory in a compact 2.5-slot design').map((i) => i.label)).not.toContain('2');
  });

  it('reads memory slots as a board\'s count, and of memory as the generation its modules must be', () => {
    expect(requirementItems('with two DDR4 memory slots').map((i) => i.label)).toEqual(['2 DDR4 memory slots']);
    expect(requirementItems('my laptop has two DDR4 memory slots', 'memory').map((i) => i.label)).toEqual(['DDR4']);
  });

  it('reads video editing as a screen\'s colour accuracy only where a screen is asked', () => {
    expect(requirementItems('for video editing', 'monitor').map((i) => i.label)).toEqual(['Made for colour-accurate professional work']);
    expect(requirementItems('for video editing', 'memory')).toEqual([]);
  });

  it('reads what parts can be done with as a feature, not a judgement', () => {
    expect(requirementItems('with a glass window and interchangeable top and front panels').map((i) => i.label)).toContain('interchangeable');
    expect(requirementItems('with comfortable keys')).toEqual([]);
  });

  it('reads a board size named whole, never as a plain "ATX"', () => {
    expect(requirementItems('from Fractal Design in the same Micro ATX size that comes with RGB fans').map((i) => i.label)).toEqual(['Micro ATX', 'Brand Fractal Design', 'RGB fans']);
  });
});

describe('makersLineItems: a maker\'s line named by its possessive', () => {
  it('requires the line\'s words of every pick', () => {
    expect(makersLineItems('I would rather have a board from MSI\'s MAG line than this one.')).toEqual([expect.objectContaining({ text: 'MAG', hard: true, label: "From MSI's MAG line" })]);
    expect(makersLineItems('a board from MSI, which I like')).toEqual([]);
    expect(makersLineItems("Find all offers for the Micro ATX cases of Fractal Design's Pop line.")).toEqual([expect.objectContaining({ text: 'Pop', label: "From Fractal Design's Pop line" })]);
  });
});

describe('requirementItems: a distance a cable spans', () => {
  it('reads "three metres from the sofa" of a cable as a length floor', () => {
    expect(requirementItems('long enough to charge the phone from there: the only free socket is three metres from the sofa', 'cable'))
      .toContainEqual(expect.objectContaining({ kind: 'measure', unit: 'm', op: '>=', value: 3, hard: true }));
  });

  it('reads it of what connects two things, and of nothing else', () => {
    expect(requirementItems('to connect the two: my TV stands five metres away from the aerial socket')).toContainEqual(expect.objectContaining({ unit: 'm', value: 5 }));
    expect(requirementItems('for my desk, two metres from the window', 'lamp').some((i) => i.kind === 'measure')).toBe(false);
  });
});

describe('requirementItems: spellings titles use for a connector and a chipset', () => {
  it('meets "USB-C" by "Type-C" and a chipset by its size-lettered boards', () => {
    expect(requirementItems('which only has USB-C ports')).toEqual([expect.objectContaining({ text: 'USB-C', anyOf: expect.arrayContaining(['Type-C']) })]);
    expect(requirementItems('with Intel\'s B760 chipset')).toContainEqual(expect.objectContaining({ text: 'B760', anyOf: ['B760M', 'B760I'] }));
  });
});

describe('requirementItems: ports named in lower case, accessories in the box, builds a part is made for', () => {
  it('requires a parallel port of a board that must still have one, by any of its names', () => {
    const items = requirementItems('that still has a parallel port');
    expect(items).toEqual([expect.objectContaining({ text: 'parallel port', hard: true })]);
    expect(verifyChecklist(items, product({ name: 'Acme J3355B-ITX, Mini ITX, DDR3 SODIMM, VGA, HDMI, Serial & Parallel Port' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Acme B650M, AM5, Micro ATX, 4 DDR5, HDMI, DP', description: 'A board.' }))[0]!.status).toBe('fail');
  });

  it('requires the remote a case "comes with", as its page names it', () => {
    const items = requirementItems('that comes with a remote control for its lights');
    expect(items).toEqual([expect.objectContaining({ text: 'remote', hard: true })]);
    expect(verifyChecklist(items, product({ name: 'Acme Raider ATX Gaming Case, Front & Back RGB Fans with Remote' }))[0]!.status).toBe('pass');
  });

  it('requires a small form factor of a part made for such builds, named in the clause or the lead-in it points back to', () => {
    expect(requirementItems('that is made for builds like this: I am building a small form factor PC')).toEqual([expect.objectContaining({ text: 'small form factor', anyOf: ['SFF'], hard: true })]);
    expect(requirementItems('designed for small form factor builds')).toHaveLength(1);
    // A lead-in about the build, with nothing said to be made for it, asks nothing of the part.
    expect(requirementItems('that is quiet: I am building a small form factor PC').some((i) => 'text' in i && i.text === 'small form factor')).toBe(false);
  });
});

describe('requirementItems: battery life, a model number before "in", TDP as a figure', () => {
  it('reads "has to run at least 18 hours on one charge" as a battery floor, even inside a reason', () => {
    const items = requirementItems('that can do that: I work on long-haul flights, so my next laptop has to run at least 18 hours on one charge');
    expect(items).toEqual([expect.objectContaining({ kind: 'measure', unit: 'hr', op: '>=', value: 18, hard: true })]);
    expect(verifyChecklist(items, product({ name: 'Acme Laptop 4, 13.5", 8GB, 256GB SSD, Up to 19 Hours Run Time, USB-C' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Acme Laptop 4, 13.5", 16GB, 512GB SSD, Up to 17 Hours Run Time, USB-C' }))[0]!.status).toBe('fail');
  });

  it('reads no screen size out of "the i5-12400 in a Fractal case", and no feature out of "a TDP no higher than"', () => {
    expect(requirementItems('the version with the Intel Core i5-12400 in a Fractal Core 1100 case').some((i) => i.kind === 'option')).toBe(false);
    expect(requirementItems('have a TDP no higher than the TDP it is rated for')).toEqual([]);
  });
});

describe('requirementItems: a core count', () => {
  it('reads "with 32 cores" as a count of cores, not a bare "32" every page must state', () => {
    const items = requirementItems('with 32 cores', 'cpu');
    expect(items).toEqual([expect.objectContaining({ kind: 'measure', unit: 'core', op: '=', value: 32 })]);
    expect(verifyChecklist(items, product({ name: 'AMD Ryzen Threadripper Pro 5975WX, WRX8, 3.6GHz (4.5 Turbo), 32-Core, 280W' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'AMD Ryzen Threadripper Pro 5965WX, WRX8, 3.8GHz (4.5 Turbo), 24-Core, 280W' }))[0]!.status).toBe('fail');
  });
});

describe('requirementItems: a ruled-out model with a one-letter word', () => {
  it('rules out "the Focus G Mini" whole, not "Focus"', () => {
    expect(requirementItems('but only the full ATX size, not the Focus G Mini')).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'Focus G Mini' }));
  });
});

describe('requirementItems: a liquid cooler by its radiator size', () => {
  it('counts the bare size in the model\'s name for a cooler ("ProArt LC 420"), not for other kinds', () => {
    expect(requirementItems('420mm', 'cooler')).toEqual([expect.objectContaining({ text: '420mm', inModelName: ['420'] })]);
    expect(requirementItems('420mm', 'case')[0]).not.toHaveProperty('inModelName');
  });
});

describe('requirementItems: "not the older Meshify C"', () => {
  it('rules out a model named after "the older"', () => {
    expect(requirementItems('in white, not the older Meshify C', 'case')).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'Meshify C' }));
  });
});

describe('requirementItems: blind24 readings', () => {
  it('rules out each of a list of names ("not the Compact, Lite, Mini or XL")', () => {
    const absent = requirementItems('to replace it, not the Compact, Lite, Mini or XL', 'case').filter((i) => i.kind === 'attribute-absent').map((i) => (i as { text: string }).text);
    expect(absent.sort()).toEqual(['Compact', 'Lite', 'Mini', 'XL']);
  });

  it('reads "an AMD processor" as met by the maker\'s processor lines', () => {
    expect(requirementItems('that arrives fully built with an AMD processor inside', 'pc')).toEqual([expect.objectContaining({ text: 'AMD', anyOf: expect.arrayContaining(['Ryzen']) })]);
  });

  it('reads "anything but white" as a colour ruled out (not of the lights), and "should have handles" as a part', () => {
    const items = requirementItems('should have handles to lift it by, and anything but white', 'case');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'white', notBefore: expect.arrayContaining(['led']) }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'handles' }));
    expect(items.some((i) => i.kind === 'attribute-present' && i.text === 'white')).toBe(false);
  });
});

describe('requirementItems: blind25 readings', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`);

  it('reads "the plain DUAL and the JetStream are not what I am after" as the JetStream ruled out (the plain one by what is asked)', () => {
    expect(texts(requirementItems('It must be the OC version of the DUAL; the plain DUAL and the JetStream are not what I am after', 'gpu')).sort())
      .toEqual(['attribute-absent:JetStream', 'attribute-present:DUAL', 'attribute-present:OC']);
  });

  it('reads "Core i5 or Core i7" as one wish either code meets', () => {
    expect(requirementItems('in every configuration, Core i5 or Core i7', 'laptop')).toEqual([expect.objectContaining({ text: 'i5', anyOf: ['i7'], label: 'i5 or i7' })]);
  });

  it('reads a warranty in words, lit fans, glass on named parts and a finish named "the same"', () => {
    expect(requirementItems('that comes with a five-year warranty', 'adapter')).toContainEqual(expect.objectContaining({ text: '5 Year Warranty' }));
    const caseItems = requirementItems('with glass on the side and the front that comes with lit fans', 'case');
    expect(caseItems).toContainEqual(expect.objectContaining({ text: 'glass front' }));
    expect(caseItems).toContainEqual(expect.objectContaining({ text: 'RGB fans', anyOf: expect.arrayContaining(['ARGB fans', 'LED fans']) }));
    expect(requirementItems('that is the standard Galaxy S24 in the same Cobalt Violet', 'phone')).toContainEqual(expect.objectContaining({ text: 'Cobalt Violet' }));
  });

  it('keeps a maker\'s line named by a letter to titles that add the model\'s number', () => {
    const [wish] = makersLetterLineWishes('I would like a phone from Samsung\'s flagship Galaxy S line, and an older model is fine.');
    expect(wish!.met('Smartphone SAMSUNG Galaxy S22 5G 8GB+128GB Black')).toBe(true);
    expect(wish!.met('Smartphone SAMSUNG Galaxy Z Fold5 5G 12/256GB Blue')).toBe(false);
    expect(makersLineItems('a phone from Samsung\'s flagship Galaxy S line')).toEqual([]);
  });
});

describe('requirementItems: blind26 readings', () => {
  it('reads a maker written with a lower-case first letter ("made by piXL") as a brand', () => {
    expect(requirementItems('made by piXL, whatever the model', 'monitor')).toContainEqual(expect.objectContaining({ kind: 'brand-is', brand: 'piXL' }));
  });

  it('reads a socket among the spec words in any spelling ("with the LGA1700 socket" is met by "1700")', () => {
    expect(requirementItems('with the LGA1700 socket that can take it', 'motherboard')).toContainEqual(expect.objectContaining({ text: 'LGA1700', anyOf: expect.arrayContaining(['1700']) }));
  });
});

describe('requirementItems: blind27 readings', () => {
  it('reads "the PRO NH and the CORE XT are other drives" as both ruled out', () => {
    expect(requirementItems('the PRO NH and the CORE XT are other drives', 'ssd').map((i) => `${i.kind}:${'text' in i ? i.text : ''}`).sort())
      .toEqual(['attribute-absent:CORE XT', 'attribute-absent:PRO NH']);
  });

  it('reads a screen\'s pixels as titles write them, and "an ultra-wide 3440 x 1440 screen does not count" as ruled out', () => {
    const items = requirementItems('with a resolution of 2560 x 1440, an ultra-wide 3440 x 1440 screen does not count', 'monitor');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: '2560 x 1440', anyOf: expect.arrayContaining(['2560x1440']) }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: '3440 x 1440' }));
  });

  it('reads "960GB drives don\'t count", said without an article, as that size ruled out, never asked for', () => {
    const items = requirementItems('a 2.5-inch SATA SSD with a terabyte or more; 960GB drives don\'t count, and neither do hard disks', 'ssd');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', label: 'Not 960GB' }));
    expect(items.some((i) => i.kind !== 'attribute-absent' && /960/.test(i.label))).toBe(false);
  });
});

describe('requirementItems: blind28 readings', () => {
  it('reads "the Spectrix D35G with RGB lighting is another line" as that line ruled out, and "six or more cores" as a floor', () => {
    expect(requirementItems('in any capacity, the Spectrix D35G with RGB lighting is another line', 'memory')).toEqual([expect.objectContaining({ kind: 'attribute-absent', text: 'Spectrix D35G' })]);
    expect(requirementItems('with six or more cores', 'cpu')).toEqual([expect.objectContaining({ kind: 'measure', unit: 'core', op: '>=', value: 6 })]);
  });
});

describe('requirementItems: blind29 readings', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`);

  it('reads "the factory-overclocked DUAL OC is not what I am after" as that one name ruled out', () => {
    expect(texts(requirementItems('in its standard version, the factory-overclocked DUAL OC is not what I am after', 'gpu'))).toEqual(['attribute-absent:DUAL OC']);
  });

  it('reads "the white edition does not match my desk" as white ruled out', () => {
    expect(texts(requirementItems('the white edition does not match my desk', 'case'))).toEqual(['attribute-absent:white']);
  });

  it('reads a small plug by its whole name ("Mini-USB rather than Micro-USB"), never as plain USB', () => {
    expect(texts(requirementItems('Mini-USB rather than Micro-USB', 'cable')).sort()).toEqual(['attribute-absent:Micro-USB', 'attribute-present:Mini USB']);
    const [mini] = requirementItems('with a Mini USB plug', 'cable');
    expect(verifyChecklist([mini!], product({ name: 'Hama Mini USB Cable, USB-A Male to USB Mini-B5 Male' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([mini!], product({ name: 'Hama USB-A to Micro USB Cable, USB 2.0', description: 'A cable.' }))[0]!.status).toBe('fail');
  });

  it('reads "registered ECC DDR4" with the buffering pages state ("ECC Registered", "RDIMM")', () => {
    const items = requirementItems('The servers only accept registered ECC DDR4', 'memory');
    expect(texts(items)).toEqual(['attribute-present:Registered', 'attribute-present:ECC', 'attribute-present:DDR4']);
    expect(verifyChecklist(items, product({ name: 'Kingston Server Premier 8GB, DDR4, 3200MT/s, ECC Registered, DIMM' })).map((v) => v.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('reads "rated for 3200MHz" as the figure itself, not a device it fits', () => {
    expect(requirementItems('the same kit but rated for 3200MHz', 'memory').map((i) => i.kind)).toEqual(['measure']);
  });
});

describe('requirementItems: blind30 readings', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`);

  it('reads an edition that "would clash" or "is more than I need" as ruled out', () => {
    expect(texts(requirementItems('in its white colour, the black one would clash with the rest of my setup', 'case'))).toContain('attribute-absent:black');
    expect(texts(requirementItems('the RGB iCUE Link edition with fans in the box is more than I need', 'case'))).toEqual(['attribute-absent:RGB iCUE Link']);
  });

  it('reads a length said alone, eight modules "contained", and wood on the front', () => {
    expect(requirementItems('that are just 10 centimetres long', 'cable')).toEqual([expect.objectContaining({ kind: 'measure', unit: 'cm', op: '=', value: 10 })]);
    expect(requirementItems('that contain eight modules in one pack', 'memory').map((i) => i.label)).toEqual(['8 modules in the kit']);
    expect(texts(requirementItems('white with some wood on the front', 'case')).sort()).toEqual(['attribute-present:white', 'attribute-present:wood']);
  });

  it('keeps what follows "so ... should" and a count whose noun was said before it', () => {
    const items = requirementItems('Our living room is bright and Scandinavian, so the new PC should be white, and I do not want to buy fans separately: at least five should already be inside', 'case');
    expect(texts(items).sort()).toEqual(['attribute-present:white', 'part-count:At least 5 fans']);
  });

  it('reads "whose included fans are ARGB-lit" as ARGB fans, and "a metre away" as a metre', () => {
    expect(texts(requirementItems('whose included fans are ARGB-lit', 'case'))).toEqual(['attribute-present:ARGB fans']);
    expect(requirementItems('long enough to reach the bedside table a metre away', 'cable')).toEqual([expect.objectContaining({ kind: 'measure', unit: 'm', op: '>=', value: 1 })]);
  });
});

describe('requirementItems: blind31 readings', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`);

  it('rules out an edition told apart by a part ("not the one with a mesh side panel"), keeping its name for the names ruled out', () => {
    expect(texts(requirementItems('the regular ATX model, and not the one with a mesh side panel', 'case'))).toContain('attribute-absent:mesh');
    expect(texts(requirementItems('not the White Solid version with a mesh side', 'case')).sort()).toEqual(['attribute-absent:White Solid', 'attribute-absent:mesh']);
  });

  it('rules out a model\'s edition by its edition word ("not the C8 ARGB"), and a colour said of "a different case"', () => {
    expect(texts(requirementItems('the plain black one, not the C8 ARGB with its fan bundle and not the Aluminium edition', 'case')).sort())
      .toEqual(['attribute-absent:ARGB', 'attribute-absent:Aluminium', 'attribute-present:black']);
    expect(texts(requirementItems('the white Performance 1 FT with ordinary PWM fans is a different case', 'case'))).toEqual(['attribute-absent:white']);
  });

  it('reads "graphics built in", "without mobile data or 5G" and "no B760M or B760I"', () => {
    expect(requirementItems('that have graphics built in', 'cpu')).toEqual([expect.objectContaining({ kind: 'attribute-absent', text: 'No Graphics' })]);
    expect(texts(requirementItems('over Wi-Fi only, without mobile data or 5G, with an S-Pen', 'tablet'))).toContain('attribute-absent:5G');
    expect(texts(requirementItems('so no B760M or B760I', 'motherboard')).sort()).toEqual(['attribute-absent:B760I', 'attribute-absent:B760M']);
  });

  it('reads a maker\'s line named before its kind ("Asus\'s Corporate Stable Model boards") and leaves "our IT department" out', () => {
    const text = 'Our IT department wants all office PCs on one of Asus\'s Corporate Stable Model boards';
    expect(makersLineItems(text).map((i) => i.label)).toEqual(['From Asus\'s Corporate Stable Model line']);
    expect(texts(requirementItems(text, 'motherboard'))).not.toContain('attribute-present:IT');
  });
});

describe('requirementItems: what is said of the processor in a board\'s or cooler\'s build', () => {
  it('reads "Intel processors" as the Intel platform and "their built-in graphics" as nothing asked of the board', () => {
    const items = requirementItems('They will run Intel processors and will use their built-in graphics', 'motherboard');
    expect(items.map((i) => i.label)).toEqual(['For an Intel computer']);
    expect(verifyChecklist(items, product({ name: 'ASUS 1700 TUF GAMING B760M-PLUS WIFI D4' }))[0]!.status).toBe('pass');
    expect(requirementItems('with an AMD processor inside', 'pc').map((i) => i.label)).toEqual(['AMD processor']);
  });
});

describe('requirementItems: session 18 readings (counts in words, bounds said by denial, named extras, a processor of the build)', () => {
  it('reads "exactly four cores" and "quad-core" as four cores, and "at least four cores" still as a floor', () => {
    expect(requirementItems('with exactly four cores', 'cpu').map((i) => i.label)).toEqual(['4 cores']);
    expect(requirementItems('a quad-core chip', 'cpu').map((i) => i.label)).toEqual(['4 cores']);
    expect(requirementItems('at least four cores', 'cpu').map((i) => i.label)).toEqual(['At least 4 cores']);
  });

  it('reads "no graphics on the chip" and "no point in paying for graphics built into the chip" as a processor titled "No Graphics"', () => {
    for (const said of ['no graphics on the chip', 'so I see no point in paying for graphics built into the chip', 'without integrated graphics']) {
      const items = requirementItems(said, 'cpu');
      expect(items.map((i) => i.label)).toEqual(['No Graphics']);
      const status = (name: string) => verifyChecklist(items, product({ name, description: 'A processor.' }))[0]!.status;
      expect(status('Maker R3 4100 CPU, AM4, Quad Core, No Graphics')).toBe('pass');
      expect(status('Maker R3 3200G CPU, AM4, Quad Core, Vega 8 Graphics')).toBe('fail');
    }
    // "no graphics card": the build wants the chip's own graphics, never "No Graphics".
    expect(requirementItems('there is no graphics card', 'cpu').map((i) => i.label)).not.toContain('No Graphics');
  });

  it('reads "no longer than two metres" as at most 2 m, not more than 2 m', () => {
    for (const said of ['no longer than two metres', 'no longer than 2 metres', 'no more than two metres long']) {
      expect(requirementItems(said, 'cable')).toEqual([expect.objectContaining({ kind: 'measure', op: '<=', value: 2, unit: 'm' })]);
    }
  });

  it('reads a named extra that comes in the box as its name on the page, searched by that name', () => {
    const [pass] = requirementItems('it should come with a Play Pass subscription included', 'console');
    expect(pass).toMatchObject({ kind: 'attribute-present', text: 'Play Pass', searchedBy: 'play pass', hard: true });
    const [node] = requirementItems('whose RGB fans come with a Glow Node PRO controller in the box', 'case');
    expect(node).toMatchObject({ text: 'Glow Node PRO' });
  });

  it('reads "I trust Acme for water cooling" as that maker and a liquid cooler is left to the qualities', () => {
    expect(requirementItems('but I trust Acme for water cooling', 'cooler')).toContainEqual(expect.objectContaining({ kind: 'brand-is', brand: 'Acme' }));
  });

  it('leaves a processor model said of a board\'s build to the socket it names: no board page names the chip', () => {
    expect(requirementItems('My new PC pairs a Core i5-12400 with the DDR4 sticks from my old one', 'motherboard').map((i) => i.label)).not.toContain('i5-12400');
  });
});

describe('present(): a wish\'s usual value and the words pages use for it', () => {
  it('meets a full-size ATX wish on a board page that names no size, and fails it on one that names another', () => {
    const [atx] = requirementItems('that is still a full-size ATX board for AM4', 'motherboard').filter((i) => i.label === 'ATX');
    const status = (name: string) => verifyChecklist([atx!], product({ name, description: 'Supports Ryzen processors and WiFi 6.' }))[0]!.status;
    expect(status('ACME AM4 B550 ACME ELITE AX V2')).toBe('pass');
    expect(status('ACME AM4 B550M ACME ELITE')).toBe('fail');
    expect(status('Acme B550 Steel, AMD B550, AM4, ATX, 4 DDR4')).toBe('pass');
  });

  it('meets "wooden" by the wood a page names ("Oak Front")', () => {
    const [wooden] = requirementItems('the rest of the room is white with wooden furniture', 'case').filter((i) => i.label === 'wooden');
    expect(verifyChecklist([wooden!], product({ name: 'Acme North XL Chalk White Case, E-ATX, Fine Mesh Side, Oak Front', description: 'A case.' }))[0]!.status).toBe('pass');
  });
});

describe('requirementItems: session 18, second round', () => {
  it('reads "the H670, B550 and X670E Steel Legend boards are not what it says" as all three ruled out', () => {
    const labels = requirementItems('the H670, B550 and X670E Steel Legend boards are not what it says', 'motherboard').map((i) => i.label);
    expect(labels.sort()).toEqual(['Not B550', 'Not H670', 'Not X670E']);
    expect(requirementItems('not the H670 or the B550 or the X670E Steel Legend', 'motherboard').every((i) => i.kind === 'attribute-absent')).toBe(true);
  });

  it('meets "black or white" on a page read in full that names no colour, not on a red one', () => {
    const [colour] = requirementItems('that can hold an E-ATX motherboard, black or white', 'case').filter((i) => i.label === 'black or white');
    const status = (name: string) => verifyChecklist([colour!], product({ name, description: 'A case.' }))[0]!.status;
    expect(status('Acme Gaming GT700 Case w/ Window, E-ATX')).toBe('pass');
    expect(status('Acme Gaming GT700 Case w/ Window, E-ATX, Red')).toBe('fail');
  });

  it('reads "the IT firm" as who asks, never a word "it" on the page', () => {
    expect(requirementItems('the IT firm insists on it', 'cpu').map((i) => i.label)).not.toContain('it');
  });
});

describe('requirementItems: either of two models, and the usual black among edition colours', () => {
  it('reads "the 700 and the 800 both count" as one wish either meets', () => {
    const [either] = requirementItems('the 700 and the 800 both count, in any size', 'ssd');
    expect(either).toMatchObject({ label: '700 or 800' });
    const status = (name: string) => verifyChecklist([either!], product({ name, description: 'An SSD.' }))[0]!.status;
    expect(status('Acme 1TB Legend 700 M.2 NVMe SSD')).toBe('pass');
    expect(status('Acme 2TB Legend 800 M.2 NVMe SSD')).toBe('pass');
    expect(status('Acme 2TB Legend 960 M.2 NVMe SSD')).toBe('fail');
  });

  it('does not take a phone in "Cobalt Violet" for the usual black, nor a "B650E-I" board for the usual ATX', () => {
    const [black] = requirementItems('in black', 'phone').filter((i) => i.label === 'black');
    expect(verifyChecklist([black!], product({ name: 'Acme GALAXY S24+ 5G 256GB Cobalt Violet Smartphone', description: 'A phone.' }))[0]!.status).toBe('fail');
    const [atx] = requirementItems('in the standard ATX size', 'motherboard').filter((i) => i.label === 'ATX');
    expect(verifyChecklist([atx!], product({ name: 'ACME AM5 ROG STRIX B650E-I GAMING WIFI', description: 'A board.' }))[0]!.status).toBe('fail');
  });
});

describe('requirementItems: mobile data', () => {
  it('reads "a SIM slot of its own; 4G is enough, it need not be 5G" as mobile data met by "LTE", and 5G as no wish', () => {
    const items = requirementItems('with SIM slot of its own; 4G is enough, it need not be 5G', 'tablet');
    expect(items.map((i) => i.label)).toEqual(['A SIM slot: mobile data', '4G']);
    const status = (name: string) => verifyChecklist(items, product({ name, description: 'A tablet.' })).map((v) => v.status);
    expect(status('Tablet ACME Galaxy Tab A9 8.7 LTE 8GB 128GB Gray')).toEqual(['pass', 'pass']);
    expect(status('Tablet ACME Galaxy Tab A9 8.7 WiFi 8GB 128GB Gray')).toEqual(['fail', 'fail']);
  });
});

describe('requirementItems: session 19 readings', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`).sort();

  it('rules out each thing of a list named first and then turned down ("... are not it", "is ruled out")', () => {
    expect(texts(requirementItems('the black Frost III 360 ARGB, the Frost III with Noctua fans and the older Frost II are not it', 'cooler')))
      .toEqual(['attribute-absent:Frost II', 'attribute-absent:black', 'attribute-absent:noctua']);
    expect(texts(requirementItems('the Lancer Blade RGB is ruled out', 'memory'))).toEqual(['attribute-absent:Lancer Blade RGB']);
  });

  it('rules out each name of "not the A, the B or the C" and "not the 8TB one, nor the X or Y", names with figures kept whole', () => {
    expect(texts(requirementItems('not the LC II 240, the LC III or the TUF Gaming LC II 360', 'cooler'))).toEqual(['attribute-absent:LC II 240', 'attribute-absent:LC III', 'attribute-absent:TUF Gaming LC II 360']);
    expect(texts(requirementItems('not the 8TB one, nor the MP600 PRO XT or CORE XT', 'ssd'))).toEqual(['attribute-absent:8TB', 'attribute-absent:CORE XT', 'attribute-absent:MP600 PRO XT']);
  });

  it('rules out "one of the versions with a tempered glass window" by the part, and never asks for the glass', () => {
    expect(texts(requirementItems('not one of the versions with a tempered glass window', 'case'))).toEqual(['attribute-absent:tempered']);
  });

  it('reads a fan bearing by its type, an edition by its maker\'s name, and a chipset after a reason sentence', () => {
    expect(texts(requirementItems('with a rifle bearing, sold as a single fan', 'fan'))).toEqual(['attribute-present:rifle bearing']);
    expect(texts(requirementItems('in its Magenta Core TG version', 'case'))).toEqual(['attribute-present:Magenta Core TG']);
    expect(texts(requirementItems('in its Wi-Fi version', 'tablet'))).toEqual(['attribute-present:WiFi']);
    // ("an Acme board": the maker before the kind's word, session 23.)
    expect(texts(requirementItems('so the new build starts from it. I want an Acme board with the entry-level A620 chipset', 'motherboard')).filter((t) => !t.startsWith('brand-is'))).toEqual(['attribute-present:A620']);
    expect(requirementItems('I want an Acme board with the A620 chipset', 'motherboard')).toContainEqual(expect.objectContaining({ kind: 'brand-is', brand: 'Acme' }));
  });

  it('reads "graphics built into the chip" as a processor not titled "No Graphics", and "the Ryzen 5000 series" as no word to find', () => {
    expect(texts(requirementItems('that have graphics built into the chip', 'cpu'))).toEqual(['attribute-absent:No Graphics']);
    expect(texts(requirementItems('of the Ryzen 5000 series', 'cpu'))).toEqual([]);
  });
});

describe('thousandSeriesWishes: a generation named by its thousands', () => {
  it('meets titles whose model number in that line starts with the digit', () => {
    const [wish] = thousandSeriesWishes('processors of the Ryzen 5000 series that it takes');
    expect(wish!.met('AMD Ryzen 5 5600GT CPU, AM4')).toBe(true);
    expect(wish!.met('AMD Ryzen 5 4600G CPU, AM4')).toBe(false);
    expect(thousandSeriesWishes('an RTX 4000 series card')[0]!.met('Palit RTX4070 Ti SUPER, 16GB')).toBe(true);
    expect(thousandSeriesWishes('a card with 8GB')).toEqual([]);
  });
});

describe('chipGraphicsWishes: graphics built in, by the processor model', () => {
  it('fails Ryzen models before the 7000 series without a G and Intel F models, and leaves other titles to the page', () => {
    const [wish] = chipGraphicsWishes('that have graphics built into the chip', 'cpu');
    expect(wish!.met('AMD Ryzen 5 5600GT CPU with Wraith Stealth Cooler, AM4')).toBe(true);
    expect(wish!.met('AMD Ryzen 7 5800X 8C/16T AM4 CPU')).toBe(false);
    expect(wish!.met('Intel Core i5-12400F CPU, 1700')).toBe(false);
    expect(wish!.met('Intel Core i5-12400 CPU, 1700')).toBe(true);
    expect(chipGraphicsWishes('that have graphics built into the chip', 'motherboard')).toEqual([]);
    expect(chipGraphicsWishes('no graphics on the chip', 'cpu')).toEqual([]);
  });
});

describe('requirementItems: session 19, second round', () => {
  const texts = (items: ReturnType<typeof requirementItems>) => items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`).sort();

  it('rules out editions and names listed before "are not what I mean", a plain one left to what is asked', () => {
    expect(texts(requirementItems('with a glass side panel; the RGB edition and the Compact, Lite, Mini and XL models are not what I mean', 'case')))
      .toEqual(['attribute-absent:Compact', 'attribute-absent:Lite', 'attribute-absent:Mini', 'attribute-absent:RGB', 'attribute-absent:XL', 'attribute-present:glass']);
  });

  it('judges a name or a standard edition turned down by the title alone ("not the Wi-Fi model", "not the Tab S9 FE")', () => {
    const items = requirementItems('not the Wi-Fi model, and not the smaller Tab S9 FE', 'tablet');
    expect(items.every((i) => i.kind === 'attribute-absent' && i.inTitle)).toBe(true);
    const verdicts = (name: string, description: string) => verifyChecklist(items, product({ name, description })).map((v) => v.status);
    expect(verdicts('Acme Galaxy Tab S9 FE+ 12.4 5G 12GB 256GB', 'Wi-Fi 6 and 5G.')).toEqual(['pass', 'pass']);
    expect(verdicts('Acme Galaxy Tab S9 FE+ 12.4 WiFi 12GB 256GB', 'Wi-Fi 6.')).toContain('fail');
    expect(verdicts('Acme Galaxy Tab S9 FE 10.9 5G', 'A tablet.')).toContain('fail');
  });

  it('reads "models with Radeon graphics on the chip are not wanted" as a processor without graphics, and "from four cores to six" as six cores', () => {
    expect(texts(requirementItems('models with Radeon graphics on the chip are not wanted', 'cpu'))).toEqual(['attribute-present:No Graphics']);
    expect(texts(requirementItems('I am moving my PC from four cores to six', 'cpu'))).toEqual(['measure:6 cores']);
  });

  it('reads "a matched pair that adds up to 32GB" as 32GB (no ceiling) and leaves "its 8GB" to the quoted product', () => {
    expect(texts(requirementItems('its 8GB should make way for a matched pair that adds up to 32GB', 'memory'))).toEqual(['measure:32GB']);
  });

  it('reads "rather than the DUAL V2 OC" by its version code, "not the M.2 stick" as a name, GDDR6 as shops write it, and an LED strip in the box', () => {
    expect(texts(requirementItems('with GDDR6 memory rather than the DUAL V2 OC', 'gpu'))).toEqual(['attribute-absent:DUAL V2 OC', 'attribute-present:GDDR6']);
    expect(requirementItems('with GDDR6 memory', 'gpu')[0]).toMatchObject({ anyOf: ['DDR6'] });
    expect(texts(requirementItems('2.5-inch, not the M.2 stick', 'ssd'))).toEqual(['attribute-absent:M.2', 'option:2.5-inch size']);
    expect(texts(requirementItems('with a loose LED strip in the box', 'case'))).toEqual(['attribute-present:LED strip']);
  });
});

describe('requirementItems: a connection named alone, and a board size by its chipset', () => {
  it('reads "with Thunderbolt" as Thunderbolt, and "in its 2TB size" as that size', () => {
    expect(texts0(requirementItems('with Thunderbolt for an LGA1700 processor', 'motherboard'))).toContain('attribute-present:Thunderbolt');
    expect(texts0(requirementItems('in its 2TB size', 'ssd'))).toEqual(['measure:2TB']);
  });
});

function texts0(items: ReturnType<typeof requirementItems>): string[] {
  return items.map((i) => `${i.kind}:${'text' in i ? i.text : i.label}`).sort();
}

describe('requirementItems: session 19, third round', () => {
  it('reads a radiator "made for two 140mm fans side by side" as 280mm, a hub included, a maker\'s system, and "the E-ATX XTREME X is out"', () => {
    expect(texts0(requirementItems('it is made for two 140mm fans side by side', 'cooler'))).toEqual(['attribute-present:280mm']);
    expect(texts0(requirementItems('with RGB fans already running on Acme\'s iCUE LINK system, hub included', 'case'))).toEqual(expect.arrayContaining(['attribute-present:hub']));
    expect(texts0(requirementItems('so the E-ATX XTREME X is out', 'motherboard'))).toEqual(['attribute-absent:E-ATX', 'attribute-absent:XTREME X']);
    expect(texts0(requirementItems('and not the iCUE LINK H170i, 420mm cooler', 'cooler'))).toEqual(['attribute-absent:iCUE LINK H170i', 'measure:420 mm']);
  });

  it('asks nothing of "pumps with a grid of LEDs are not what I mean" (a described part no page names so)', () => {
    expect(texts0(requirementItems('pumps with a grid of LEDs are not what I mean', 'cooler'))).toEqual([]);
  });
});

describe('requirementItems: session 20 (round 37)', () => {
  it('turns down a name that "does not count", by its title; a one-letter edition word stays with its model ("R7 C"), never the pronoun "I"', () => {
    expect(requirementItems('from the older Acme Freezer II series; the newer Acme Freezer III does not count', 'cooler')).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'Acme Freezer III', inTitle: true }));
    expect(texts0(requirementItems('and not the R7 C cinema camera either', 'camera'))).toEqual(['attribute-absent:R7 C']);
    expect(texts0(requirementItems('not the B650M I saw', 'motherboard'))).toEqual(['attribute-absent:B650M']);
  });

  it('reads figures in words ("two and a half metres", "four terabytes"), and asks nothing of a length turned down by what it would do', () => {
    expect(texts0(requirementItems('an extension lead two and a half metres long; three metres would leave a coil on the floor', 'cable'))).toEqual(['measure:2.5 m']);
    expect(texts0(requirementItems('Four terabytes of video on one drive in its M.2 slot', 'ssd'))).toEqual(['attribute-present:M.2', 'measure:4TB']);
  });

  it('checks "at least 512GB of storage" on the larger figure of a laptop title, never its memory', () => {
    const items = requirementItems('it also needs 16GB of memory and at least 512GB of storage', 'laptop');
    expect(verifyChecklist(items, product({ name: 'Acme Book 14, i5, 16GB, 512GB SSD' })).map((v) => v.status)).toEqual(['pass', 'pass']);
    expect(verifyChecklist(items, product({ name: 'Acme Book 14, i5, 16GB, 256GB SSD' })).map((v) => v.status)).toContain('fail');
  });

  it('reads "with the hub included" as the hub, and "no later generation" as no generation mark in the title', () => {
    expect(texts0(requirementItems('the one with the hub included', 'fan'))).toEqual(['attribute-present:hub']);
    const items = requirementItems('no later generation', 'camera');
    expect(verifyChecklist(items, product({ name: 'Acme Shot R7 Mirrorless Camera Body' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Acme Shot R7 Mark II Body' }))[0]!.status).toBe('fail');
    expect(verifyChecklist(items, product({ name: 'Acme Shot R7 II' }))[0]!.status).toBe('fail');
  });
});

describe('requirementItems: session 20 (round 38)', () => {
  it('reads "at least 1.5 metres long" as 1.5 m, never as 5 m and a bare 1', () => {
    expect(texts0(requirementItems('that is at least one and a half metres long', 'cable'))).toEqual(['measure:At least 1.5 m']);
    expect(texts0(requirementItems('at least 1.5 metres long', 'cable'))).toEqual(['measure:At least 1.5 m']);
  });

  it('reads "clear glass or no window at all" as no tinted glass, by the title', () => {
    const items = requirementItems('in the versions with clear glass or with no window at all', 'case');
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A case.' }))[0]!.status;
    expect(check('Acme Storm (White Clear TG) Case w/ Clear Glass Windows')).toBe('pass');
    expect(check('Acme Storm (Black Solid) Case')).toBe('pass');
    expect(check('Acme Storm (Dark TG) Case w/ Dark Tint Glass Windows')).toBe('fail');
  });

  it('turns a SIM slot down when said without it or as money wasted, and names other sizes as turned down', () => {
    expect(texts0(requirementItems('so a model with a SIM slot is money wasted', 'tablet'))).toEqual(['attribute-absent:SIM']);
    expect(texts0(requirementItems('without a SIM slot', 'tablet'))).toEqual(['attribute-absent:SIM']);
    expect(texts0(requirementItems('with a SIM slot', 'tablet'))).toEqual(['attribute-present:SIM']);
    expect(texts0(requirementItems('the Pop Mini Air and the Pop XL Air are other sizes', 'case'))).toEqual(['attribute-absent:Pop Mini Air', 'attribute-absent:Pop XL Air']);
  });

  it('reads a chip "rated at 125W" as a cooler rated for at least that, and "titles that do not run on the old X" as not X', () => {
    const items = requirementItems('the chip is rated at 125W', 'cooler');
    expect(verifyChecklist(items, product({ name: 'Acme LP Heatsink & Fan, Low Profile, 130W TDP' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Acme LP Heatsink & Fan, Low Profile, 100W TDP' }))[0]!.status).toBe('fail');
    expect(texts0(requirementItems('titles that do not run on the old Acme One', 'console'))).toEqual(['attribute-absent:Acme One']);
  });

  it('reads "an M.2 SSD" as M.2, never a count of two', () => {
    expect(texts0(requirementItems('that is also an M.2 SSD running over SATA', 'ssd'))).toEqual(['attribute-present:M.2', 'attribute-present:SATA']);
  });
});

describe('requirementItems: session 20 (round 39)', () => {
  it('turns down colours that "are out" and one that "would spoil it", and reads megapixels as pages write them', () => {
    expect(texts0(requirementItems('Black and grey are out, and so is any camera with a mere 50 megapixels', 'phone'))).toEqual(['attribute-absent:black', 'attribute-absent:grey']);
    expect(texts0(requirementItems('everything else is white, and black sticks would spoil it', 'memory'))).toContain('attribute-absent:black');
    const mp = requirementItems('whose main camera has 200 megapixels', 'phone');
    expect(verifyChecklist(mp, product({ name: 'Acme Phone Ultra 256GB', description: '200 Megapixel main camera.' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(mp, product({ name: 'Acme Phone 256GB', description: '50MP main camera.' }))[0]!.status).toBe('fail');
  });

  it('reads "a Core i5 is plenty; an i7 would be money thrown away" after a reason, and drops the IT contractor', () => {
    expect(texts0(requirementItems('Our IT contractor insists on Windows 11 Pro, and since the job is email, a Core i5 is plenty; an i7 would be money thrown away', 'laptop'))).toEqual(['attribute-absent:i7', 'attribute-present:Windows 11 Pro', 'attribute-present:i5']);
  });

  it('asks nothing of alternatives the shopper does not mind ("Brand new or refurbished, I\'m not fussed")', () => {
    expect(texts0(requirementItems("Brand new or refurbished, I'm not fussed", 'watch'))).toEqual([]);
  });
});

describe('requirementItems: session 20 (round 39, later)', () => {
  it('reads a PCIe generation however titles write it, and one turned down', () => {
    const items = requirementItems('built for PCIe 3.0 with at least 500GB', 'ssd');
    expect(texts0(items)).toEqual(['attribute-present:PCIe3', 'measure:At least 500 GB']);
    expect(verifyChecklist(items, product({ name: 'Acme 1TB M.2 NVMe Gen4 SSD, PCIe 4.0', description: 'Backward compatible with PCIe 3.0.' }))[0]!.status).toBe('fail');
    expect(verifyChecklist(items, product({ name: 'Acme 500GB M.2 NVMe SSD, PCIe3, R/W 2000 MB/s' }))[0]!.status).toBe('pass');
    expect(texts0(requirementItems('No Gen4 drives', 'ssd'))).toEqual(['attribute-absent:PCIe 4']);
  });

  it('reads no device from "for 8th and 9th generation Intel chips", and the glass editions by their title words', () => {
    expect(requirementItems('the Micro ATX board for 8th and 9th generation Intel chips', 'motherboard').map((i) => i.label)).not.toContain('Fits 8th');
    const items = requirementItems('not clear glass, not a solid side, with tinted glass', 'case');
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A case.' })).map((v) => v.status);
    expect(check('Acme Torrent Compact (Light TG RGB) Case w/ Light Tint Glass Windows')).toEqual(['pass', 'pass', 'pass']);
    expect(check('Acme Torrent Compact (White TG) Case w/ Clear Glass Window')).toContain('fail');
    expect(check('Acme Torrent Compact (Black Solid) Case')).toContain('fail');
  });
});

describe('requirementItems: session 21 (round 40)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);

  it('reads things a specification lists and then excludes ("are not accepted", "are excluded", "are not approved")', () => {
    expect(labels('full-size model only (Compact and Nano are not accepted)', 'case')).toEqual(['!Not Compact', '!Not Nano']);
    const items = requirementItems('side panel of clear glass, so tinted glass and solid side panels are excluded', 'case');
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A case.' })).map((v) => v.status);
    expect(check('Acme Arc 5 (White TG) Case w/ Clear Glass Window')).not.toContain('fail');
    expect(check('Acme Arc 5 (Light TG) Case w/ Light Tint Glass Window')).toContain('fail');
    expect(check('Acme Arc 5 (Black Solid) Case')).toContain('fail');
    expect(labels('The Q55 GAMING X variants are not approved', 'motherboard')).toEqual(['!Not Q55 GAMING X']);
  });

  it('reads "Core i7 units are reserved for ..." and "not the ones with 256GB" as turned down', () => {
    expect(labels('The processor must be an Intel Core i5; Core i7 units are reserved for the development team', 'laptop')).toEqual(['!Not Core i7', '!i5']);
    expect(labels('only the versions with 128GB, not the ones with 256GB', 'phone')).toEqual(['!Not 256GB', '!128GB']);
  });

  it('leaves a price bound to the intents, so no page must show its figure; a length under a figure stays', () => {
    expect(labels('with DDR4 slots that cost less than 249.99', 'motherboard')).toEqual(['!DDR4']);
    expect(labels('under £300', 'monitor')).toEqual([]);
    expect(labels('under 300mm long', 'cooler')).toEqual(['!Less than 300 mm']);
  });

  it('reads "spend less than on the X" as not the X, and a comparison with the usual size as no requirement', () => {
    expect(labels('the board is E-ATX, a size larger than normal ATX, and he wants to spend less than on the Vexor Arc 5 XL he picked first', 'case')).toEqual(['!E-ATX', '!Not Vexor Arc 5 XL']);
  });

  it('reads a single module, not a kit, and a kit of a purpose in the box', () => {
    const single = requirementItems('Only one stick with 8GB, not a kit with two sticks', 'memory');
    expect(single.map((i) => i.label)).toEqual(['Not a kit', '8GB']);
    expect(verifyChecklist(single, product({ name: 'Acme Blaze RGB 16GB Kit (2 x 8GB), DDR4' }))[0]!.status).toBe('fail');
    expect(verifyChecklist(single, product({ name: 'Acme Blaze RGB 8GB, DDR4, DIMM Memory' }))[0]!.status).toBe('pass');
    expect(labels('with 1TB together with a cloning kit', 'ssd')).toEqual(['!cloning kit', '!1TB']);
  });

  it('reads a line named by a letter without its maker\'s possessive ("from the Nova X series")', () => {
    const [wish] = makersLetterLineWishes('a Lumora phone from the Nova X series');
    expect(wish!.met('Lumora Nova X5 5G 128GB')).toBe(true);
    expect(wish!.met('Lumora Nova A5 5G 128GB')).toBe(false);
  });
});

describe('requirementItems: session 21 (round 41)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);

  it('reads "non-OC" as no OC edition, and the models "I already have" as turned down, their figures with them', () => {
    expect(labels('in its non-OC SKU, boosting to 2550MHz; the ProGame OC at 2610MHz and the JetFlow OC are the samples I already have', 'gpu'))
      .toEqual(['!Not OC', '!Not ProGame OC', '!Not JetFlow OC', '!2550MHz']);
  });

  it('reads "above NVIDIA\'s 2550MHz reference" as above 2550MHz, and "X, or a listing that only says Y, does not qualify" as turned down', () => {
    expect(labels('whose rated boost clock is above NVIDIA\'s 2550MHz reference', 'gpu')).toEqual(['!More than 2550 MHz']);
    expect(labels('TLC NAND named on the listing. QLC, or a listing that only says 3D NAND, does not qualify', 'ssd')).toEqual(['!Not QLC', '!Not 3D NAND', '!TLC', '!NAND']);
  });

  it('reads FreeSync Premium whole, a bearing "rather than" another as that one turned down, and "with or without Wi-Fi is all the same" as nothing', () => {
    expect(labels('with an IPS panel and FreeSync Premium', 'monitor')).toEqual(['!FreeSync Premium', '!IPS']);
    expect(labels('with G-Sync', 'monitor')).toEqual(['!G-Sync']);
    expect(labels('this time with a rifle bearing rather than a sleeve bearing', 'fan')).toEqual(['!rifle bearing', '!No sleeve bearing']);
    expect(labels('that take DDR4. With or without Wi-Fi is all the same to me, but the full-size ATX board will not fit my case', 'motherboard')).toEqual(['!DDR4']);
  });

  it('reads "from its Gaming X line" as the line\'s words in the title', () => {
    expect(makersLineItems('Does Acme still have boards from its Gaming X line?').map((i) => i.label)).toEqual(['From the Gaming X line']);
  });

  it('reads a graphics card "with an AMD chip rather than an NVIDIA one" by the model its title names', () => {
    const [amd] = gpuChipMakerWishes('with an AMD chip rather than an NVIDIA one', 'gpu');
    expect(amd!.met('Acme PULSE RX550, 4GB DDR5, DVI, HDMI')).toBe(true);
    expect(amd!.met('Acme RTX3050 DUAL, 8GB DDR6')).toBe(false);
    expect(gpuChipMakerWishes('with an AMD chip', 'cpu')).toEqual([]);
  });
});

describe('requirementItems: session 21 (round 42)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);

  it('reads "steer clear of the X" and "not the X that comes without fans" as turned down', () => {
    expect(labels('in its Dark TG version; steer clear of the Torrent Compact', 'case')).toContain('!Not Torrent Compact');
    expect(labels('not the 3500X ARGB and not the 3500X that comes without fans', 'case')).toEqual(['!Not ARGB', '!Not No Fans']);
  });

  it('reads "at least three of them" as the parts named before, "made for Asus\'s BTF boards" as the standard, and "Intel\'s LGA1700 socket" as the socket', () => {
    expect(labels('I would rather not buy fans on top, so it should come with at least three of them', 'case')).toEqual(['!At least 3 fans']);
    expect(labels('and is made for Acme\'s BTF boards', 'case')).toEqual(['!Fits BTF']);
    expect(labels('for Intel\'s LGA1700 socket with Wi-Fi 6E on board', 'motherboard')).toEqual(['!Fits LGA1700', '!Wi-Fi 6E or newer']);
  });

  it('reads a finish named alone ("in Starlight") as the edition\'s word, and "(the PG boards belong to it too)" as another name of the line', () => {
    expect(labels('in Starlight', 'watch')).toEqual(['!In Starlight']);
    expect(labels('from Acme\'s Phantom Gaming line (the PG boards belong to it too)', 'motherboard')).not.toContain('!PG');
    const [line] = makersLineItems('a board from Acme\'s Phantom Gaming line (the PG boards belong to it too)');
    expect(verifyChecklist([line!], product({ name: 'Acme Z790 PG RIPTIDE, Intel Z790, 1700, ATX' }))[0]!.status).toBe('pass');
  });

  it('reads a kit of two 16GB sticks as written together: a 16GB kit of two 8GB sticks is none', () => {
    const items = requirementItems('of two 16GB sticks rated CL16', 'memory');
    expect(verifyChecklist(items, product({ name: 'Acme LPX 16GB Kit (2 x 8GB), DDR4, 3000MHz, CL16', description: 'A memory kit.' })).map((v) => v.status)).toContain('fail');
    expect(verifyChecklist(items, product({ name: 'Acme LPX 32GB Kit (2 x 16GB), DDR4, 3000MHz, CL16', description: 'A memory kit.' })).map((v) => v.status)).toEqual(['pass', 'pass']);
  });
});

describe('requirementItems: a generation by its thousands, a chip maker, a card over budget', () => {
  it('reads "the newer Ryzen 5000 generation" by the title\'s model number, no "5000" on any page', () => {
    expect(requirementItems('It should be from the newer Ryzen 5000 generation rather than the 4000', 'cpu').map((i) => i.label)).toEqual(['Not 4000']);
    const [wish] = thousandSeriesWishes('from the newer Ryzen 5000 generation');
    expect(wish?.met('Acme Ryzen 5 5600 CPU, AM4')).toBe(true);
    expect(wish?.met('Acme Ryzen 5 4500 CPU, AM4')).toBe(false);
  });

  it('leaves a graphics card\'s chip maker to the title\'s model ("GeForce chip: any"), but keeps one turned down', () => {
    expect(requirementItems('GeForce chip: any', 'gpu')).toEqual([]);
    expect(requirementItems('with an NVIDIA chip', 'gpu')).toEqual([]);
    expect(requirementItems('not an AMD chip', 'gpu').map((i) => i.label)).toEqual(['Not AMD']);
  });

  it('reads "the 16GB card is over budget" as turning that card down', () => {
    expect(requirementItems('video memory: 12GB, no more and no less (the 16GB card is over budget)', 'gpu').map((i) => `${i.kind}:${i.label}`)).toEqual(['attribute-absent:Not 16GB', 'measure:12GB']);
  });
});

describe('requirementItems: a memory kit for an Intel board, handles, a tint\'s shade, listings that do not count', () => {
  it('reads "an XMP profile for the Intel board" as XMP, not as fitting a product named Intel', () => {
    expect(requirementItems('must have an XMP profile for the Intel board', 'memory').map((i) => i.label)).toEqual(['XMP']);
    expect(requirementItems('for my Intel board', 'cooler').map((i) => i.kind)).toEqual(['compatible-with']);
  });

  it('reads "has carry handles" as handles the page names', () => {
    expect(verifyChecklist(requirementItems('that takes an E-ATX board and has carry handles', 'case'), product({ name: 'Acme Tower Case, E-ATX, Carry Handles' })).map((v) => v.status)).toEqual(['pass', 'pass']);
  });

  it('reads "dark tinted glass" by its shade, and "light tint ... is not what I want" as turned down', () => {
    const items = requirementItems('with dark tinted glass on the side; light tint and clear glass are not what I want', 'case');
    const status = (name: string) => verifyChecklist(items, product({ name })).map((v) => v.status);
    expect(status('Acme Mesh 2 (Black TG) Case w/ Dark Tint Glass Window, E-ATX')).not.toContain('fail');
    expect(status('Acme Mesh 2 Lite (Black TG) Case w/ Light Tint Glass Window, E-ATX')).toContain('fail');
  });

  it('reads "kits listed as AMD Optimised without XMP don\'t count" as no wish for AMD and no refusal of XMP', () => {
    expect(requirementItems("kits listed as AMD Optimised without XMP don't count", 'memory')).toEqual([]);
    expect(requirementItems("kits listed as AMD Optimised don't count", 'memory').map((i) => i.kind)).not.toContain('attribute-present');
  });
});

describe('requirementItems: amounts said in words, a price ceiling said after the amount, ARGB spelled out', () => {
  it('reads "about a terabyte" as 1TB, "it can cost 130 at most" as no spec, "addressable RGB fans" as ARGB, "none of those fans may have any RGB" as no RGB', () => {
    expect(requirementItems('holds about a terabyte of photos', 'drive').map((i) => i.label)).toEqual(['1TB']);
    expect(requirementItems('in black, with addressable RGB fans, and it can cost 130 at most', 'cooler').map((i) => i.label)).toEqual(['ARGB fans', 'black']);
    expect(requirementItems('but none of those fans may have any RGB lighting', 'case').map((i) => i.label)).toEqual(['Not RGB']);
  });
});

describe('requirementItems: a size said roughly, a GPU\'s memory spelled either way', () => {
  it('reads "close to 1TB of space" as met by a 960GB drive, not a 480GB one; a plain "1TB" stays exact', () => {
    const items = requirementItems('with close to 1TB of space', 'ssd');
    const status = (name: string) => verifyChecklist(items, product({ name }))[0]!.status;
    expect(status('Acme 960GB A400 SSD, 2.5", SATA3')).toBe('pass');
    expect(status('Acme 480GB A400 SSD, 2.5", SATA3')).toBe('fail');
    expect(verifyChecklist(requirementItems('with 1TB of space', 'ssd'), product({ name: 'Acme 960GB A400 SSD' }))[0]!.status).toBe('fail');
  });

  it('reads "GDDR5, not the later GDDR6 version" of a graphics card by the title\'s "DDR5", and "GeForce GTX" by the series alone', () => {
    const items = requirementItems('a GeForce GTX 1650 that uses GDDR5 memory, not the later GDDR6 version', 'gpu');
    const status = (name: string) => verifyChecklist(items, product({ name })).map((v) => v.status);
    expect(status('Acme GTX1650 DUAL V2 OC, 4GB DDR5, DVI, HDMI, DP')).not.toContain('fail');
    expect(status('Acme GTX1650 DUAL OC, 4GB DDR6, HDMI, DP')).toContain('fail');
  });
});

describe('requirementItems: a radiator spot by its fans, a processor that must have graphics', () => {
  it('reads "a radiator spot that takes two 140mm fans" of a cooler as a 280mm radiator', () => {
    expect(requirementItems('My case has one radiator spot at the front that takes two 140mm fans, and I want a cooler of that size', 'cooler').map((i) => i.label)).toEqual(['280mm']);
  });

  it('reads "the processor itself must have graphics" by the model (a Ryzen G, no F Core)', () => {
    const [wish] = chipGraphicsWishes('so the processor itself must have graphics and come with a cooler', 'cpu');
    expect(wish?.met('Acme Ryzen 5 5600G CPU with Wraith Stealth Cooler')).toBe(true);
    expect(wish?.met('Acme Ryzen 3 4100 CPU with Wraith Stealth Cooler, No Graphics')).toBe(false);
    expect(chipGraphicsWishes('it must have graphics cards in mind', 'cpu')).toEqual([]);
  });
});

describe('requirementItems: session 23 (round 47), spec lists and what a shopper rules out in passing', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);
  const status = (items: ReturnType<typeof requirementItems>, name: string) => verifyChecklist(items, product({ name, description: 'A product.' })).map((v) => v.status);

  it('reads "no Wi-Fi on board" as a board whose title names no Wi-Fi, not as a wish for it', () => {
    const items = requirementItems('made by Acme; DDR5 slots; no Wi-Fi on board, since wireless is banned in the studio', 'motherboard');
    expect(labels('no Wi-Fi on board', 'motherboard')).toEqual(['!No Wi-Fi']);
    expect(status(items, 'Acme Z790 PRO RS, Intel Z790, 1700, ATX, 4 DDR5, 2.5G LAN')).not.toContain('fail');
    expect(status(items, 'Acme Z790 STEEL WIFI, Intel Z790, 1700, ATX, 4 DDR5, Wi-Fi 6E')).toContain('fail');
  });

  it('reads a spec list\'s field that is a name alone as the maker, and "no glass" as a field of its own', () => {
    expect(labels('Case spec: Vexa Design; side panel in fine mesh, no glass; ATX or E-ATX, either size will do', 'case')).toEqual(['!Brand Vexa Design', '!No glass']);
  });

  it('reads "a Gigabyte board" as no gigabyte of storage, and "(AORUS counts as Gigabyte)" as no word the title must carry', () => {
    expect(labels('moving to a Gigabyte board (AORUS counts as Gigabyte) with the B760 chipset', 'motherboard')).toEqual(['!Brand Gigabyte', '!B760']);
    expect(labels('about a terabyte of space', 'ssd')).toEqual(['!1 TB']);
  });

  it('reads "not Micro ATX or Mini ITX" as neither size, however titles write them', () => {
    const items = requirementItems('It must be a full ATX board, not Micro ATX or Mini ITX', 'motherboard');
    expect(labels('It must be a full ATX board, not Micro ATX or Mini ITX', 'motherboard')).toEqual(['!Not Mini ITX', '!Not Micro ATX', '!ATX']);
    expect(status(items, 'Acme 1700 B760M GAMING X DDR4 M-ATX')).toContain('fail');
  });

  it('reads a processor that "can drive a screen by itself" and is "sold as the chip alone"', () => {
    const items = requirementItems('an AM4 processor with six cores that can drive a screen by itself, and that is sold as the chip alone', 'cpu');
    expect(status(items, 'Acme Ryzen 5 4600G CPU, AM4, 6-Core, Radeon Graphics')).not.toContain('fail');
    expect(status(items, 'Acme Ryzen 5 5600GT CPU with Wraith Stealth Cooler, AM4, 6-Core, Radeon Graphics')).toContain('fail');
    expect(status(items, 'Acme Ryzen 5 5600 CPU, AM4, 6-Core, No Graphics')).toContain('fail');
  });

  it('reads what the shopper has now falling short, and "twice the threads of a typical six-core", as no wish', () => {
    expect(labels('compiling code on six cores takes too long; I want twice the threads of a typical six-core, meaning eight cores with two threads each', 'cpu')).toEqual(['!8 cores']);
  });

  it('reads "3200MHz or lower" as a ceiling, "two 16GB sticks" and "a 2 x 16GB kit" as the modules, "RGB or not" as no wish', () => {
    expect(labels('Acme Vengeance LPX, two 16GB sticks, rated at 3200MHz or lower', 'memory')).toEqual(['!At most 3200 MHz', '!2 x 16GB modules', '!LPX']);
    expect(labels('in a 2 x 16GB kit', 'memory')).toEqual(['!2 x 16GB modules']);
    expect(labels('Only one stick with 8GB, not a kit with two sticks', 'memory')).toEqual(['!Not a kit', '!8GB']);
    expect(labels('silent edition, RGB or not', 'case')).toEqual([]);
  });

  it('reads "full-size DIMM slots" as no laptop slots, "socket LGA1700" as any spelling of it, "a hand-span of cable" as short', () => {
    expect(labels('full-size DIMM slots, not SO-DIMM', 'motherboard')).toEqual(['!Not SO-DIMM']);
    expect(status(requirementItems('socket LGA1700', 'motherboard'), 'Acme PRIME H610M-E, Intel H610, 1700, Micro ATX')).not.toContain('fail');
    const short = requirementItems('a long lead just tangles, so a hand-span of cable is plenty', 'cable');
    expect(status(short, 'Acme USB-A to Lightning Cable, 0.2 Metre, Black')).not.toContain('fail');
    expect(status(short, 'Acme USB-A to Lightning Cable, 1.5 Metre, White')).toContain('fail');
  });

  it('reads a maker\'s line at the start of a sentence, and a glass window the case "needs"', () => {
    expect(makersLineItems("Vexa Design's Pop XL family only, and the case needs a glass side window").map((i) => (i.kind === 'attribute-present' ? i.text : i.label))).toEqual(['Pop XL']);
    expect(labels('the case needs a glass side window', 'case')).toEqual(['!glass']);
  });
});

describe('requirementItems: session 23 (round 48)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);

  it('reads "not the tiny 5cm model" as that size turned down, "made by be quiet!" as the maker', () => {
    expect(labels('the 14cm one, not the tiny 5cm model', 'fan')).toEqual(['!Not 5cm', '!14 cm']);
    expect(labels('It has to be made by be quiet!, and it has to be an air cooler', 'cooler')).toContain('!Brand be quiet!');
  });

  it('reads "for a Ryzen 7000 build" of a board as nothing to confirm on its page (the socket reading has it)', () => {
    expect(labels('Board shopping for a Ryzen 7000 build: it must take an AM5 processor', 'motherboard')).toEqual(['!AM5']);
  });

  it('reads lists turned down without articles ("tinted glass and solid side panels are out") and "not light tint"', () => {
    expect(labels('white, and a side window of clear glass; tinted glass and solid side panels are out', 'case')).toEqual(['!Not the solid edition', '!No tinted glass', '!white']);
    expect(labels('not light tint', 'case')).toEqual(['!Not light tinted glass']);
  });

  it('reads "addressable RGB fans" as met by a title\'s "Addressable RGB PWM Fans"', () => {
    const items = requirementItems('360mm radiator, addressable RGB fans', 'cooler');
    expect(verifyChecklist(items, product({ name: 'Acme ROG STRIX LC360 RGB 360mm Liquid CPU Cooler, 3 x Addressable RGB PWM Fans, White' })).map((v) => v.status)).not.toContain('fail');
  });

  it('reads a maker\'s line named with its model code by the code alone ("MP33 NVMe" titled "MP33 M.2 NVMe")', () => {
    const [line] = makersLineItems("Every machine runs a drive from Vexa Group's MP33 NVMe line");
    expect(verifyChecklist([line!], product({ name: 'Vexa 1TB MP33 M.2 NVMe Gen3 SSD, M.2 2280' }))[0]!.status).toBe('pass');
  });
});

describe('requirementItems: session 23 (round 49)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);

  it('reads a reason that ends before a clause on what it must be ("since I have had good luck with their BIOS, it has to have ...")', () => {
    expect(labels('It has to be Acme, since I have had good luck with their BIOS, it has to have the AM5 socket, and it needs Wi-Fi on the board because the router is two rooms away', 'motherboard')).toContain('!Wi-Fi');
  });

  it('reads mobile data "through a SIM card", "I do not want to pay for a model with 5G or a SIM slot", and "Intel or AMD ... is all the same to me"', () => {
    expect(labels('it must have its own mobile data through a SIM card', 'tablet')).toContain('!A SIM slot: mobile data');
    expect(labels('so I do not want to pay for a model with 5G or a SIM slot', 'tablet')).toEqual(['!Not 5G', '!No SIM slot: Wi-Fi only']);
    expect(labels('I render 3D scenes, so Intel or AMD and whichever socket is all the same to me; at least eight cores', 'cpu')).toEqual(['!At least 8 cores']);
  });

  it('reads "must never spin faster than 1000 RPM, so they stay quiet" as a ceiling, "the 140mm size" as a size met by "14cm"', () => {
    const items = requirementItems('The extra fans should be the 140mm size and must never spin faster than 1000 RPM, so they stay quiet', 'fan');
    expect(items.map((i) => i.label)).toEqual(['At most 1000 rpm', '140mm']);
    expect(verifyChecklist(items, product({ name: 'Acme Dynamic X2 GP-14 14cm Case Fan, 1000 RPM' })).map((v) => v.status)).not.toContain('fail');
  });

  it('reads "for a silent PC" as no device to fit, "a white Acme case" as that maker, "with QX140 fans" by the fan\'s code', () => {
    expect(labels('I bought this case for a silent PC', 'fan')).toEqual([]);
    expect(labels('still a white Acme case with RGB fans already fitted', 'case')).toEqual(['!Brand Acme', '!RGB fans', '!white']);
    expect(verifyChecklist(requirementItems('the 420mm one with QX140 fans', 'cooler'), product({ name: 'Acme LINK H170i 420mm RGB Liquid CPU Cooler, QX140 RGB Magnetic Dome Fans' })).map((v) => v.status)).not.toContain('fail');
  });
});

describe('requirementItems: round 50 (blind51), asides and wishes said in passing', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id);

  it('reads a version number whole ("HDMI 2.1", "XMP 3.0"), never as a bare "2" and "1"', () => {
    expect(ids('with HDMI 2.1', 'gpu')).toEqual(['present:hdmi', 'present:2.1']);
    expect(ids('not the XMP 3.0 or the Plus')).toEqual(['absent:plus', 'absent:xmp 3.0']);
  });

  it('reads "the XMP 3.0 version is a separate listing" as that version turned down', () => {
    expect(ids('the AMD Optimised kit without an XMP profile (the XMP 3.0 version is a separate listing)', 'memory')).toEqual(expect.arrayContaining(['absent:xmp', 'absent:xmp 3.0']));
    expect(ids('the AMD Optimised kit without an XMP profile (the XMP 3.0 version is a separate listing)', 'memory')).not.toContain('present:0');
  });

  it('reads "he has already ruled out the RGB edition as too flashy" and "as long as it isn\'t black" as turned down', () => {
    expect(ids('in White TG; he has already ruled out the RGB edition as too flashy', 'case')).toEqual(expect.arrayContaining(['absent:rgb', 'present:white']));
    expect(ids('in any colour as long as it isn\'t black', 'case')).toEqual(['absent:black']);
  });

  it('reads the card the shopper has now ("running out of video memory on an 8GB card") as no wish', () => {
    expect(ids('My renders keep running out of video memory on an 8GB card. I want an Acme graphics card with 16GB of graphics memory', 'gpu')).toEqual(['brand=Acme', 'measure:gb=16']);
  });

  it('reads "I want a curved monitor" as a wish for the describing word, "a new monitor" as none', () => {
    expect(ids('For a corner desk I want a curved monitor, under 25 inches across', 'monitor')).toEqual(['measure:in<25', 'present:curved']);
    expect(ids('I want a new monitor', 'monitor')).toEqual([]);
    expect(ids('I want a compact case for a Micro ATX board', 'case')).not.toContain('present:compact');
  });

  it('reads memory "for an older AM4 board" as no socket on the memory page, and "as two 16GB sticks" as the kit', () => {
    expect(ids('for an older AM4 board, DDR4, 32GB as two 16GB sticks', 'memory')).toEqual(['kit-modules:2x16GB', 'measure:gb=32', 'present:ddr4']);
  });

  it('reads a maker\'s lighting software the shopper syncs with as that maker ("through Asus Aura")', () => {
    expect(ids('My keyboard and mouse sync their lights through Asus Aura, and the board should join in', 'motherboard')).toEqual(['brand=Asus']);
  });

  it('reads the main clause after a reason that has no comma ("because it sits behind the glass it needs lighting")', () => {
    expect(ids('because it sits right behind the glass it needs lighting of its own, RGB named in the card\'s specs', 'gpu')).toEqual(['present:rgb']);
  });
});

describe('requirementItems: round 50 (blind50), things turned down in other words', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id);

  it('reads "B650 and A620 are not enough" and "Boards with DDR5 slots are out" as turned down, "with or without Wi-Fi" as either', () => {
    expect(ids('AM5 board with the X670 chipset; B650 and A620 are not enough for what I have planned', 'motherboard')).toEqual(expect.arrayContaining(['absent:b650', 'absent:a620']));
    expect(ids('DDR4 memory slots; Boards with DDR5 slots are out', 'motherboard')).toEqual(['absent:ddr5', 'present:ddr4']);
    expect(ids('Any brand, any size, with or without Wi-Fi', 'motherboard')).toEqual([]);
  });

  it('reads a single desktop stick: "no kits of two 8GB sticks", "not a laptop SODIMM", "no registered ECC server memory"', () => {
    expect(ids('Exactly one module, so no kits of two 8GB sticks; a normal desktop DIMM, not a laptop SODIMM; and no registered ECC server memory', 'memory'))
      .toEqual(['absent:kit', 'absent:sodimm', 'absent:registered', 'present:dimm']);
  });

  it('reads "come with its own little remote" as a remote included and "budget is 90 max" as no word on the page', () => {
    expect(ids('the case has to come with its own little remote for that. budget is 90 max', 'case')).toEqual(['present:remote']);
  });

  it('reads "I trust Acme Design\'s build quality" as that maker, "a kit of four matching modules" as the kit', () => {
    expect(ids('I trust Acme Design\'s build quality, so it should be one of theirs', 'case')).toEqual(['brand=Acme Design']);
    expect(ids('with one kit of four matching modules', 'memory')).toEqual(['kit-modules:4x']);
  });

  it('reads "Paying extra for a Gen4 drive ... makes no sense" as no PCIe 4, and a name and "the version with X" called different products as both out', () => {
    expect(ids('Paying extra for a Gen4 drive whose speed the slot throws away makes no sense to me', 'ssd')).toEqual(['absent:pcie 4']);
    expect(ids('the EVA-02 edition and the version with Zeta fans are different products', 'cooler')).toEqual(['absent:eva-02', 'absent:zeta']);
  });
});


describe('requirementItems: session 27 readings (held-back sets 55 and 56)', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id).sort();
  const verdicts = (said: string, kind: string, name: string) => verifyChecklist(requirementItems(said, kind), product({ name, description: 'A part.' })).map((v) => v.status);

  it('reads "but not Wi-Fi" as a board without it, as "no Wi-Fi" is read', () => {
    expect(ids('with DDR5, but not Wi-Fi', 'motherboard')).toEqual(['absent:wifi', 'present:ddr5']);
    expect(ids('with Wi-Fi, not Bluetooth', 'motherboard')).toEqual(['absent:bluetooth', 'present:wifi']);
    // Each radio of a list turned down; an edition named by a radio ("not the WIFI II") turns no radio down.
    expect(ids('the motherboard must not have Wi-Fi or Bluetooth on it', 'motherboard')).toEqual(['absent:bluetooth', 'absent:wifi']);
    expect(ids('no Wi-Fi or Bluetooth', 'motherboard')).toEqual(['absent:bluetooth', 'absent:wifi']);
    expect(ids('with DDR4, but not WIFI II', 'motherboard')).not.toContain('absent:wifi');
  });

  it('reads "AMD EXPO" as one memory profile, met by the kits Corsair lists as "AMD Optimised"', () => {
    expect(ids('with 32GB and AMD EXPO', 'memory')).toEqual(['measure:gb=32', 'present:expo']);
    expect(verdicts('with AMD EXPO', 'memory', 'Maker Vengeance 32GB Kit (2 x 16GB), DDR5, 5600MHz, PMIC, AMD Optimised, DIMM Memory')).toEqual(['pass']);
  });

  it('reads "from Asus or MSI" as either maker, and "two Gigabyte boards" as no 2GB', () => {
    const items = requirementItems('It should come from Asus or MSI; two Gigabyte boards have died on me', 'motherboard');
    expect(items.map((i) => i.id)).toEqual(['brand=Asus|MSI']);
    const check = (name: string) => verifyChecklist(items, product({ name }))[0]!.status;
    expect([check('Asus ROG STRIX B650E-I GAMING WIFI'), check('MSI MPG B650I EDGE WIFI'), check('Gigabyte B650I AORUS ULTRA')]).toEqual(['pass', 'pass', 'fail']);
  });

  it('reads "an LCD or OLED screen" as one wish either meets, names like "PRO XT or CORE XT" kept whole', () => {
    expect(ids('with white and LCD or OLED screen on the pump', 'cooler')).toEqual(['present:lcd|oled', 'present:white']);
    expect(verdicts('with LCD or OLED', 'cooler', 'Maker Ryuo 120mm Liquid CPU Cooler, Full-Colour OLED Display')).toEqual(['pass']);
  });

  it('reads each material of "with wood front panel and glass side panel"', () => {
    expect(ids('with wood front panel and glass side panel', 'case')).toEqual(['present:glass', 'present:wood']);
  });
});

describe('requirementItems: glass panels counted by the sides they cover, and lighting of either kind (session 27)', () => {
  const check = (said: string, name: string) => verifyChecklist(requirementItems(said, 'case'), product({ name, description: 'A case.' })).map((v) => v.status);

  it('reads "tempered glass on three sides" as at least three glass panels, as titles count them', () => {
    expect(check('tempered glass on three sides', 'Maker iCUE 5000X RGB Case w/ 4x Tempered Glass Panels, E-ATX')).toEqual(['pass']);
    expect(check('tempered glass on three sides', 'Maker iCUE 7000X RGB Case w/ 3x Tempered Glass Panels, E-ATX')).toEqual(['pass']);
    expect(check('tempered glass on at least three sides', 'Maker 4000X Case w/ 2x Tempered Glass Panels, ATX')).toEqual(['fail']);
  });

  it('meets a wish for RGB with ARGB lighting, and turns ARGB down with RGB', () => {
    expect(check('with RGB', 'Maker Versa Case, ATX, 6x ARGB Fans')).toEqual(['pass']);
    expect(check('but not RGB', 'Maker Versa Case, ATX, 6x ARGB Fans')).toEqual(['fail']);
  });
});

describe('requirementItems: readings of blind57 (session 27)', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id).sort();
  const check = (said: string, kind: string, name: string) => verifyChecklist(requirementItems(said, kind), product({ name, description: 'A part.' })).map((v) => v.status);

  it('reads "not 4 x 8GB" as that split turned down, not asked for', () => {
    expect(ids('with white, but not 4 x 8GB', 'memory')).toEqual(['absent:4 x 8gb', 'present:white']);
    expect(check('but not 4 x 8GB', 'memory', 'Maker Vengeance RGB RT 32GB Kit (4 x 8GB), DDR4, 3600MHz, White')).toEqual(['fail']);
    expect(check('but not 4 x 8GB', 'memory', 'Maker Vengeance RGB RT 32GB Kit (2 x 16GB), DDR4, 3600MHz, White')).toEqual(['pass']);
  });

  it('reads "but not external" as a describing word turned down, and "not great" as nothing', () => {
    expect(ids('with 4TB, but not external, not 8TB', 'ssd')).toEqual(['absent:8tb', 'absent:external', 'measure:tb=4']);
    expect(ids('but not great', 'ssd')).toEqual([]);
  });

  it('reads "at least 5 M.2 slots" as a board\'s M.2 count, as titles write it, never as five metres', () => {
    expect(check('with at least 5 M.2 slots', 'motherboard', 'Maker Z790 PG RIPTIDE, Intel Z790, 1700, ATX, 4 DDR5, PCIe5, 5x M.2')).toEqual(['pass']);
    expect(check('with at least 5 M.2 slots', 'motherboard', 'Maker Z790 STEEL LEGEND, Intel Z790, 1700, ATX, 6x M.2')).toEqual(['pass']);
    expect(check('with at least 5 M.2 slots', 'motherboard', 'Maker Z790 PRO RS, Intel Z790, 1700, ATX, 4x M.2')).not.toContain('pass');
  });
});

describe('requirementItems: session 28 readings (blind60 failures)', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id);

  it('reads "280mm or 420mm" as one wish either size meets, not both sizes required', () => {
    const items = requirementItems('with 140mm fans and 280mm or 420mm radiator', 'cooler');
    const either = items.find((i) => i.id === 'present:280mm');
    expect(either).toMatchObject({ kind: 'attribute-present', anyOf: ['420mm'] });
    expect(items.map((i) => i.id)).not.toContain('present:420mm');
  });

  it('reads a cooler\'s "140mm fans" as its fans\' size, never its own first figure (the 420mm radiator)', () => {
    const items = requirementItems('the radiator has to take 140mm fans', 'cooler');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'measure', part: 'fan', value: 140 }));
    expect(items.map((i) => i.id)).not.toContain('present:140mm');
  });

  it('asks nothing of what the shopper finds boring or would accept', () => {
    expect(ids('Black or white insides are boring', 'case')).toEqual([]);
    expect(ids('a refurbished watch or a different case material would be fine', 'watch')).toEqual([]);
  });

  it('requires the maker of "the biggest radiator Corsair makes"', () => {
    expect(ids('For the CPU I want the biggest radiator Corsair makes', 'cooler')).toContain('brand=Corsair');
  });

  it('turns down a whole generation ("not the current S24 generation": the S24+ too) and keeps a "+" model apart', () => {
    const gen = requirementItems('but not the current S24 generation', 'phone')[0];
    expect(gen).toMatchObject({ kind: 'attribute-absent', text: 'S24', anyOf: ['S24+'], inTitle: true });
    expect(ids('I\'d like the bigger Galaxy S24+', 'phone')).toContain('present:s24+');
  });

  it('turns down each colour of "no yellow or violet" and keeps "black or grey" one wish', () => {
    const items = requirementItems('in a sober colour, black or grey, no yellow or violet', 'phone');
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['absent:yellow', 'present:black|grey']));
    expect(items.map((i) => i.id)).not.toContain('present:yellow');
  });

  it('reads no slot count from "one M.2 NVMe drive" of a drive, and keeps it for a board', () => {
    expect(ids('one M.2 NVMe drive with at least 4TB', 'ssd')).not.toContain('present:1x m.2');
    expect(ids('at least 5 M.2 slots', 'motherboard')).toContain('present:5x m.2');
  });

  it('turns down "none of the RGB editions" and counts "3 RGB fans" as titles write it ("3x RGB Fans")', () => {
    expect(ids('the fans must not light up, so none of the RGB editions', 'case')).toContain('absent:rgb');
    expect(requirementItems('with black and 3 RGB fans included', 'case')).toContainEqual(expect.objectContaining({ text: '3 RGB', anyOf: ['3x RGB', '3 x RGB'] }));
  });

  it('reads no single "+" model out of a list either of which will do ("the base S24, the S24+ or the S24 Ultra")', () => {
    expect(ids('the base S24, the S24+ or the S24 Ultra, whichever', 'phone')).not.toContain('present:s24+');
  });

  it('reads "so I want ..." as the wish, not as a reason to drop', () => {
    expect(ids('so I want iCUE LINK 120mm fans in black', 'fan')).toEqual(expect.arrayContaining(['measure:mm=120', 'present:black']));
  });

  it('reads "iCUE LINK fans" of fans as the line word alone, and "RGB fans" of a case as the pair', () => {
    expect(ids('iCUE LINK fans in black', 'fan')).toContain('present:link');
    expect(ids('with RGB fans', 'case')).toContain('present:rgb fans');
  });
});

describe('requirementItems: session 28 readings (blind58 failures)', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id);

  it('turns down each name of "The Compact, Lite, Mini and XL versions and the Meshify 2 RGB don\'t count"', () => {
    const refused = ids('The Compact, Lite, Mini and XL versions and the Meshify 2 RGB don\'t count', 'case');
    expect(refused).toEqual(expect.arrayContaining(['absent:compact', 'absent:lite', 'absent:mini', 'absent:xl']));
    expect(refused).not.toContain('present:xl');
  });

  it('reads a refused chip\'s graphics and a chipset\'s maker as no wish for them', () => {
    expect(ids('I don\'t want to pay for graphics built into the chip that I\'d never use', 'cpu')).not.toContain('present:graphics');
    expect(ids('socket AM5, chipset from AMD\'s top tier (X670 or X670E)', 'motherboard')).not.toContain('brand=AMD');
  });

  it('reads "five NVMe drives ..., each in its own M.2 slot" of a board as at least five M.2 slots', () => {
    expect(ids('I\'m moving five NVMe drives over, and every single one should sit in its own M.2 slot on the motherboard itself', 'motherboard')).toContain('present:5x m.2');
  });
});

describe('requirementItems: figures, makers and slots said in everyday words (blind59)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => `${i.hard ? '!' : ''}${i.label}`);
  const verdict = (said: string, kind: string, name: string) => verifyChecklist(requirementItems(said, kind), product({ name })).map((v) => v.status);

  it('turns down a figure said to be too little or too much, and reads "half a terabyte" as 500GB', () => {
    expect(labels('so roughly half a terabyte is right: 250GB feels too tight and a 1TB drive would be money wasted', 'ssd')).toEqual(['!Not 250GB', '!Not 1TB', '!About 500 GB']);
  });

  it('reads a length said alone ("any 140mm model") as a size, which a title in centimetres meets', () => {
    expect(verdict('Any Fractal 140mm model will do', 'fan', 'Fractal Design Silent Series R3 14cm Case Fan')).toEqual(['pass']);
    expect(verdict('Any Fractal 140mm model will do', 'fan', 'Fractal Design Silent Series R3 5cm Case Fan')).toEqual(['fail']);
  });

  it('reads a maker the thing must be ("should be an Asrock", "I want Corsair DDR5"), and no colour, size or standard as one', () => {
    expect(labels('The board should be an Asrock with the B650 chipset', 'motherboard')).toContain('!Brand Asrock');
    expect(labels('I want Corsair DDR5 with RGB lighting for it', 'memory')).toContain('!Brand Corsair');
    expect(labels('it should be a White one', 'case').some((l) => /Brand/.test(l))).toBe(false);
    expect(labels('it has to be an ATX board', 'motherboard').some((l) => /Brand/.test(l))).toBe(false);
  });

  it('reads "the kit should fill both slots exactly" as a kit of two sticks', () => {
    expect(labels('the kit should fill both slots exactly', 'memory')).toContain('!2 modules in the kit');
  });

  it('meets "GeForce" by the RTX or GTX series that shops title NVIDIA cards by', () => {
    expect(verdict('I still want a GeForce RTX 4070 Ti, just one with no lighting', 'graphics card', 'Asus ProArt RTX4070 Ti, PCIe4, 12GB DDR6X')).not.toContain('fail');
    expect(labels('I still want a GeForce RTX 4070 Ti', 'graphics card')).toContain('!GeForce');
  });
});

describe('requirementItems: session 32 (blind61, blind64)', () => {
  it('turns down "R5 Mark II" and "R5 C" whole, and "No DDR5 and no older DDR3 stuff" both', () => {
    expect(texts0(requirementItems('no R5 Mark II and no R5 C', 'camera'))).toEqual(['attribute-absent:R5 C', 'attribute-absent:R5 Mark II']);
    expect(texts0(requirementItems('No DDR5 and no older DDR3 stuff', 'memory'))).toEqual(['attribute-absent:DDR3', 'attribute-absent:DDR5']);
  });

  it('reads "Single sticks and 32GB kits are out" as no 32GB, and "mix black and white ones" as either colour', () => {
    expect(texts0(requirementItems('Single sticks and 32GB kits are out', 'memory'))).toEqual(['attribute-absent:32GB']);
    expect(requirementItems("I'll mix black and white ones", 'fan').map((i) => i.label)).toEqual(['black or white']);
    expect(requirementItems('a black and white case', 'case').map((i) => i.label)).toHaveLength(2);
  });

  it('reads a bare floor after the parts ("plenty of fans already inside, at least six") as that many of them', () => {
    expect(requirementItems('with plenty of fans already inside, at least six, and a remote', 'case').map((i) => i.label)).toContain('At least 6 fans');
  });

  it('turns down editions named by their glass, and a named product said to be too small', () => {
    expect(requirementItems('not the dark TG, not the white clear TG and not the solid panel one', 'case').map((i) => i.label))
      .toEqual(['Not the Dark TG edition', 'Not the White Clear TG edition', 'Not the solid edition']);
    expect(texts0(requirementItems('the full size one (the Acme Compact is too small for my board)', 'case'))).toEqual(['attribute-absent:Acme Compact']);
  });
});

describe('requirementItems: session 32, second round (blind64)', () => {
  it('reads a network port\'s speed as titles write it, and "faster than ordinary gigabit" as a multi-gigabit port', () => {
    const check = (said: string, name: string) => verifyChecklist(requirementItems(said, 'motherboard'), product({ name, description: 'A board.' }))[0]!.status;
    expect(check('the listing has to state 2.5-gigabit Ethernet (2.5G LAN)', 'Acme B550 STEEL LEGEND, AM4, ATX, 2.5GB LAN')).toBe('pass');
    expect(check('the network cabling is now faster than ordinary gigabit', 'Acme Z790 PRO, 1700, ATX, 2.5G LAN')).toBe('pass');
    expect(check('the network cabling is now faster than ordinary gigabit', 'Acme B760M, 1700, Micro ATX, GB LAN')).not.toBe('pass');
    expect(texts0(requirementItems('16GB of memory', 'memory'))).toEqual(['measure:16GB']);
  });

  it('reads no generation wish in "a new Intel 12th/13th-gen PC", nor a colour in "since everything else in the case is black"', () => {
    expect(texts0(requirementItems("I'm building a new Intel 12th/13th-gen PC for socket 1700", 'motherboard')).join(' ')).not.toMatch(/12th|13th/);
    expect(texts0(requirementItems('not one of the white models, since everything else in the case is black and unlit', 'graphics card'))).toEqual(['attribute-absent:white']);
  });

  it('reads "supports Aura Sync" as the lighting system, and "its M.2 slots" after "say that" as M.2, no bare 2', () => {
    expect(texts0(requirementItems('a 360mm all-in-one liquid cooler whose listing says it supports Aura Sync', 'cooler'))).toContain('attribute-present:Aura Sync');
    expect(texts0(requirementItems('its listing has to say that its M.2 slots come with heatsinks', 'motherboard'))).toEqual(['attribute-present:M.2']);
  });

  it('holds an EXPO profile to its own name when the listing must name it', () => {
    const expo = (said: string) => requirementItems(said, 'memory').find((i) => i.label === 'An AMD EXPO profile');
    expect(expo('XMP and EXPO')).toMatchObject({ anyOf: ['AMD Optimised', 'AMD Optimized'] });
    expect(expo('XMP and EXPO, and the listing should name both')).not.toHaveProperty('anyOf');
  });
});

describe('requirementItems: session 33', () => {
  const verdicts = (said: string, name: string, description = 'A part.') => verifyChecklist(requirementItems(said, 'case'), product({ name, description })).map((v) => v.status);

  it('reads "a 270-degree view" as met by a page that writes "270°"', () => {
    expect(verdicts('whose listing promises a 270-degree panoramic view', 'Acme CX700 Gaming Case', 'Features a panoramic 270° view through seamless glass.')).toEqual(['pass']);
  });

  it('reads "not the white editions" and "nothing in Charcoal Black" as colours turned down, and "Mark II" as titles shorten it', () => {
    expect(requirementItems('the Light TG version, not the white editions', 'case').map((i) => i.label)).toContain('Not white');
    expect(requirementItems('the North, and nothing in Charcoal Black', 'case').map((i) => i.label)).toContain('Not Charcoal Black');
    expect(verifyChecklist(requirementItems('not the R5 Mark II', 'camera'), product({ name: 'Acme EOS R5 II' })).map((v) => v.status)).toEqual(['fail']);
  });

  it('reads what a listing counts ("list how many LEDs") and what a screen is to show as no wish', () => {
    expect(requirementItems('Some coolers list how many LEDs sit in the pump head', 'cooler')).toEqual([]);
    expect(requirementItems('a little screen on the pump to show GIFs', 'cooler').map((i) => i.label)).not.toContain('GIFs');
  });
});

describe('requirementItems: refusals said otherwise (session 33)', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.label);
  it('reads "Desktop DIMMs, DDR3 and DDR5 won\'t fit", "grey, black or anything muted is a no" and "no kit with the 24-105" as things turned down', () => {
    expect(labels('DDR4 SO-DIMM memory. Desktop DIMMs, DDR3 and DDR5 won\'t fit', 'memory')).toEqual(expect.arrayContaining(['Not DDR3', 'Not DDR5']));
    expect(labels('only in a bright colour; grey, black or anything muted is a no', 'phone')).toEqual(expect.arrayContaining(['Not grey', 'Not black']));
    expect(labels('body only, so no kit with the 24-105', 'camera')).toEqual(['Not 24-105']);
  });
});

describe('requirementItems: session 34', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.label);
  it('reads "Full HD (1920 x 1080)" as one resolution, met by its name or its pixels', () => {
    const items = requirementItems('Full HD (1920 x 1080), and a USB hub', 'monitor');
    expect(items.map((i) => i.label)).toContain('Full HD');
    expect(items.map((i) => i.label)).not.toContain('HD');
    expect(verifyChecklist(items.filter((i) => i.label === 'Full HD'), product({ name: 'Acme 24" Monitor, IPS, 1920 x 1080, 75Hz' }))[0]!.status).toBe('pass');
  });

  it('reads what "counts as well" as accepted and what "doesn\'t" after it as turned down; "not laptop SO-DIMMs" turns the module down', () => {
    expect(labels('so registered ECC server modules count as well; laptop SO-DIMMs don\'t', 'memory')).toEqual(['Not SO-DIMMs']);
    expect(labels('not laptop SO-DIMM', 'memory')).toEqual(['Not SO-DIMM']);
  });

  it('reads "no two-stick kits" and "a single 16GB stick" as one module, unless a kit is said to do as well', () => {
    expect(labels('no two-stick kits', 'memory')).toEqual(['Not a kit']);
    expect(labels('a single 16GB DDR4 desktop stick', 'memory')).toEqual(expect.arrayContaining(['Not a kit', '16GB', 'DDR4']));
    expect(labels('One 16GB stick or a kit of two 8GB sticks are both fine', 'memory')).not.toContain('Not a kit');
  });

  it('reads "no slower than this 3200MHz one" as a floor, "I only buy Acme or Bolt drives" as either maker, and examples "or the like" as no wish', () => {
    expect(labels('a stick that is no slower than this 3200MHz one', 'memory')).toContain('At least 3200 MHz');
    expect(requirementItems('I only buy Acme or Bolt drives', 'ssd').find((i) => i.kind === 'brand-is')).toMatchObject({ brand: 'Acme', orBrands: ['Bolt'] });
    expect(labels('painted a loud colour, cyan, orange or the like', 'case')).not.toContain('orange');
  });

  it('reads a cooler\'s fans said beside its radiator ("a 240mm one, two 120mm fans") as no wish of their own, and the case\'s room for a radiator as none of the cooler\'s', () => {
    expect(labels('made for a 240mm one, two 120mm fans side by side', 'cooler')).not.toContain('Fans of 120mm');
    expect(labels('it has room for a 360mm radiator, with a 360mm radiator', 'cooler')).not.toContain('Takes a 360 mm radiator');
    expect(labels('The build is black from top to bottom, so a white cooler would look wrong', 'cooler')).toEqual(['Not white']);
  });
});

describe('requirementItems: session 34, lists and figures said other ways', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.label);
  it('reads "an LCD, an OLED or one of those LED-matrix panels all count" as one wish any of them meets', () => {
    const [item] = requirementItems('the pump head should show an LCD, an OLED or one of those LED-matrix panels all count', 'cooler');
    expect(item).toMatchObject({ label: 'LCD, OLED or LED-matrix', anyOf: ['OLED', 'LED-matrix', 'matrix'] });
    expect(verifyChecklist([item!], product({ name: 'Acme Ryuo 240 Liquid CPU Cooler, Anime Matrix LED Display' }))[0]!.status).toBe('pass');
  });

  it('reads "(Wi-Fi 7 would also be fine)" as only its bracket accepted, "the 6GHz Wi-Fi band" as Wi-Fi 6E, and "a full terabyte or more" as at least 1TB', () => {
    expect(labels('the listing has to mention PCIe 5.0 and Wi-Fi 6E (Wi-Fi 7 would also be fine)', 'motherboard')).toEqual(['PCIe 5', 'Wi-Fi 6E or newer']);
    expect(labels('to use the uncrowded 6GHz Wi-Fi band', 'motherboard')).toEqual(['Wi-Fi 6E or newer']);
    expect(labels('a SATA SSD with a full terabyte or more', 'ssd')).toContain('At least 1 TB');
  });

  it('reads "two 16GB DDR5 sticks" as the kit\'s modules and its generation, "one single 8GB module" as an 8GB module', () => {
    expect(labels('one kit of two 16GB DDR5 sticks', 'memory')).toEqual(['2 x 16GB modules', 'DDR5']);
    expect(labels('one single 8GB module per pack', 'memory')).toEqual(expect.arrayContaining(['Not a kit', '8 GB']));
  });

  it('reads "from Acme\'s Xeon server line" as that line', () => {
    expect(makersLineItems('the contractor wants it from Acme\'s Xeon server line').map((i) => i.label)).toEqual(['From Acme\'s Xeon line']);
  });
});

describe('requirementItems: session 35', () => {
  const labels = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.label);
  it('reads "Not the B760M GAMING X without the AX" as that name refused, the AX model named after it kept', () => {
    const items = requirementItems('Not the B760M GAMING X without the AX, since I need the Wi-Fi', 'motherboard');
    expect(items.map((i) => i.label)).toEqual(['Not B760M GAMING X']);
    const verdicts = (name: string) => verifyChecklist(items, product({ name })).map((v) => v.status);
    expect(verdicts('Acme 1700 B760M GAMING X AX DDR4')).toEqual(['pass']);
    expect(verdicts('Acme 1700 B760M GAMING X DDR4')).toEqual(['fail']);
  });

  it('reads "Not the plain 5000D Airflow" at a sentence\'s start as that name refused whole', () => {
    expect(labels('Not the plain 5000D Airflow without RGB fans.', 'case')).toContain('Not 5000D Airflow');
  });

  it('reads "2TB is the minimum I need" as a floor and "65W is the maximum" as a ceiling', () => {
    expect(labels('2TB is the minimum I need, though more would be welcome', 'drive')).toEqual(['At least 2 TB']);
    expect(labels('65W is the maximum', 'processor')).toEqual(['At most 65 W']);
  });

  it('reads "as a pair of 16GB sticks" as a kit of two, and "desktop DIMMs" of memory as no laptop modules', () => {
    const items = requirementItems('DDR4, desktop DIMMs, 32GB in total as a pair of 16GB sticks', 'memory').map((i) => i.id);
    expect(items).toContain('kit-modules:2x16GB');
    expect(items).toContain('absent:so-dimm');
    expect(items).not.toContain('present:dimms');
  });

  it('reads "I don\'t want to pay extra for a model with a SIM slot" as Wi-Fi only', () => {
    expect(labels('so I don\'t want to pay extra for a model with a SIM slot or mobile data', 'tablet')).toContain('No SIM slot: Wi-Fi only');
  });
});

describe('numberedLineWishes', () => {
  it('reads "Corsair\'s 2500 series" as models numbered 2500 with a letter or two after, not the word "2500"', () => {
    const [wish] = numberedLineWishes('Any case from Acme\'s 2500 series would suit my build.');
    expect(wish!.met('Acme 2500X RGB Dual Chamber Case')).toBe(true);
    expect(wish!.met('Acme 2500D Airflow Case')).toBe(true);
    expect(wish!.met('Acme 4000D Airflow Case')).toBe(false);
    expect(requirementItems('Any case from Acme\'s 2500 series would suit my build.', 'case').map((i) => i.label)).not.toContain('From Acme\'s 2500 line');
  });
});

describe('requirementItems: two models of a chip line, either of which will do', () => {
  it('reads "either with the RTX 4060 or with the RTX 4060 Ti" as one wish met by either', () => {
    const items = requirementItems('one of Acme\'s Dual EVO cards, either with the RTX 4060 or with the RTX 4060 Ti', 'graphics card');
    const verdicts = (name: string) => verifyChecklist(items.filter((i) => i.label.includes(' or ')), product({ name, description: 'A graphics card.' })).map((v) => v.status);
    expect(verdicts('Acme DUAL RTX4060 EVO OC, 8GB')).toEqual(['pass']);
    expect(verdicts('Acme DUAL RTX4060 Ti EVO OC, 8GB')).toEqual(['pass']);
    expect(verdicts('Acme DUAL RTX4070 EVO OC, 12GB')).toEqual(['fail']);
  });
});

describe('requirementItems: session 36', () => {
  it('turns down each of "nothing RGB, ARGB or LED"', () => {
    expect(requirementItems('so nothing RGB, ARGB or LED', 'fan').map((i) => i.label)).toEqual(['Not RGB', 'Not ARGB', 'Not LED']);
  });

  it('asks nothing of the titles for a thousands series turned down', () => {
    expect(thousandSeriesWishes('not the 5000 series, those are too big')).toEqual([]);
    expect(thousandSeriesWishes('a card of the RTX 4000 series')).toHaveLength(1);
  });
});

describe('requirementItems: makers trusted and lines turned down (session 36)', () => {
  it('reads "I\'ve always trusted Acme\'s own boards (not the fancy ZORUS line)" as that maker, not that line', () => {
    expect(requirementItems('I\'ve always trusted Acme\'s own boards (not the fancy ZORUS line)', 'motherboard').map((i) => i.label)).toEqual(['Brand Acme', 'Not ZORUS']);
  });

  it('turns down board sizes said to be too much or too small, each of a pair', () => {
    expect(requirementItems('The big E-ATX towers are too much for my desk and the Micro ATX cases are too small for my board', 'case').map((i) => i.label).sort()).toEqual(['Not E-ATX', 'Not Micro ATX']);
  });
});

describe('requirementItems: a maker the shopper is loyal to, and a Ryzen build (session 36)', () => {
  it('reads "I\'m loyal to be quiet! for cases" as that maker and "for a new Ryzen build" as an AMD one', () => {
    expect(requirementItems('I have a big workstation board and I\'m loyal to be quiet! for cases', 'case').map((i) => i.label)).toContain('Brand be quiet!');
    expect(requirementItems('for a new Ryzen build', 'motherboard').map((i) => i.label)).toEqual(['Fits AMD']);
  });
});

describe('requirementItems: session 37', () => {
  const ids = (said: string, kind?: string) => requirementItems(said, kind).map((i) => i.id);

  it('wants the maker before the words describing the kind ("a Acme all-in-one liquid CPU cooler")', () => {
    expect(ids('a Vexor all-in-one liquid CPU cooler with a 420mm radiator', 'cooler')).toContain('brand=Vexor');
  });

  it('reads memory "tuned for AMD/Ryzen systems" as kits titled AMD or Ryzen optimised, no part it fits', () => {
    const items = requirementItems('tuned specifically for AMD/Ryzen systems, 32GB in total', 'memory');
    expect(items.map((i) => i.label)).toContain('Tuned for AMD Ryzen');
    expect(items.map((i) => i.kind)).not.toContain('compatible-with');
    const tuned = items.find((i) => i.label === 'Tuned for AMD Ryzen')!;
    expect(verifyChecklist([tuned], product({ name: 'Vexor LPX 32GB Kit (2 x 16GB), DDR4, Ryzen Optimised, DIMM Memory' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([tuned], product({ name: 'Vexor LPX 32GB Kit (2 x 16GB), DDR4, XMP 2.0, DIMM Memory', description: 'Works with Intel and AMD boards.' }))[0]!.status).not.toBe('pass');
  });

  it('reads "(not laptop modules)", "(no laptop SODIMMs)" and "a pair of 16GB desktop DIMMs" of memory', () => {
    expect(ids('regular desktop memory (not laptop modules)', 'memory')).toContain('absent:so-dimm');
    expect(ids('32GB as a pair of 16GB desktop DIMMs (no laptop SODIMMs)', 'memory')).toContain('kit-modules:2x16GB');
    const noLaptop = requirementItems('(no laptop SODIMMs)', 'memory');
    expect(verifyChecklist(noLaptop, product({ name: 'Vexor 32GB Kit (2 x 16GB), DDR4, 3200MHz, SODIMM Memory' }))[0]!.status).toBe('fail');
  });

  it('turns down each of "without any RGB or ARGB lighting"', () => {
    expect(ids('a case with a glass side, just without any RGB or ARGB lighting', 'case')).toEqual(expect.arrayContaining(['absent:rgb', 'absent:argb']));
  });

  it('reads "in Cobalt Violet or Marble Gray" as either edition colour, and "in black as well as in white" as either colour', () => {
    const either = requirementItems('in Cobalt Violet or Marble Gray', 'phone')[0]!;
    expect(either.label).toBe('Cobalt Violet or Marble Gray');
    expect(verifyChecklist([either], product({ name: 'Vexor X24 5G 256GB Marble Gray Smartphone' }))[0]!.status).toBe('pass');
    expect(ids('with the glass window, in black as well as in white', 'case')).toContain('present:black|white');
  });
});
