import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { boardSizesNamed, saidQualities } from './said-qualities';

/** The verdicts the qualities a clause says get on a product of that name and description. */
const verdict = (requirements: string, name: string, description = 'A part.') =>
  verifyChecklist(saidQualities(requirements).items, product({ name, description })).map((v) => v.status);

describe('saidQualities: a quality said by its effect is checked by the words pages state it with', () => {
  it('reads a cable "coiled like an old telephone cord" as a spiral cable: a straight one fails', () => {
    const request = 'that is coiled like an old telephone cord, so that it stretches when I lean back';
    expect(saidQualities(request).rest).not.toMatch(/coiled|telephone/);
    expect(verdict(request, 'Acme Flexi-Slim 3.5mm Jack Stereo Spiral Cable, 1.5 Metre')).toEqual(['pass']);
    expect(verdict(request, 'Acme Coiled Headphone Extension Lead, 3 m')).toEqual(['pass']);
    expect(verdict(request, 'Acme 3.5mm Jack Stereo Cable, Male to Male, 3 Metre', 'A straight stereo cable.')).toEqual(['fail']);
  });

  it('reads "a foldable screen" as a Fold, Flip or razr model, as their titles say; a slab phone fails', () => {
    expect(verdict('with a foldable screen', 'Smartphone SAMSUNG Galaxy Z Fold5 5G 12/256GB Blue SM-F946BLBBEUE')).toEqual(['pass']);
    expect(verdict('with a foldable screen', 'Smartphone SAMSUNG Galaxy Z Flip 6 12/256GB Mint')).toEqual(['pass']);
    expect(verdict('with a foldable screen', 'Smartphone SAMSUNG Galaxy S24 8/256GB Black SM-S921BZKGEUE')).toEqual(['fail']);
  });

  it('reads "I have no power supply, so one must come with the case" as a power supply in the box: "No PSU" fails', () => {
    const request = 'for a Mini ITX board, I have no power supply, so one must come with the case';
    const said = saidQualities(request);
    expect(said.items.map((i) => i.label)).toEqual(['Mini ITX', 'Comes with a power supply']);
    expect(said.rest).toBe('for a board');
    expect(verdict(request, 'Acme Mini ITX Slimline Desktop Case, 300W TFX Bronze', 'Slimline case with 300W TFX Bronze power supply.')).toEqual(['pass', 'pass']);
    expect(verdict(request, 'Acme Micro ATX Slimline Desktop Case, No PSU (TFX Only)', 'Supports Micro ATX and Mini ITX boards.')).toEqual(['pass', 'fail']);
    expect(saidQualities('that comes with a PSU').items.map((i) => i.label)).toEqual(['Comes with a power supply']);
  });

  it('reads "quiet to type on" as silent or quiet, as pages say either; the maker be quiet! is no quality', () => {
    expect(saidQualities('that is quiet to type on').rest).toBe('');
    expect(saidQualities('that is quiet').items.map((i) => i.label)).toEqual(['Quiet: its page says silent or quiet (or fanless)']);
    expect(verdict('that is quiet to type on', 'Acme TK-350 Wireless Membrane Keyboard, Silent Keys')).toEqual(['pass']);
    expect(verdict('that is quiet to type on', 'Acme K11 Mechanical Keyboard, Blue Clicky Switches', 'Loud, tactile switches.')).toEqual(['fail']);
    expect(saidQualities('made by be quiet!').items).toEqual([]);
  });

  it('reads "everything I need to copy my current system drive onto it" as a cloning kit: a bare drive fails', () => {
    const request = 'that comes with everything I need to copy my current system drive onto it';
    expect(saidQualities(request).queries).toEqual(['cloning']);
    expect(verdict(request, '500GB Acme MX500 SSD with cloning kit')).toEqual(['pass']);
    expect(verdict(request, 'Acme 500GB SSD', 'Includes data migration software.')).toEqual(['pass']);
    expect(verdict(request, 'Acme 500GB NV3 M.2 NVMe SSD', 'A fast drive.')).toEqual(['fail']);
  });

  it('reads "completely silent even under full load" as no fans: a fanless card passes, a 0 dB fan that stops at low load does not', () => {
    const said = saidQualities('that stays completely silent even under full load, for the PC in my recording studio');
    expect(said.rest).toBe('');
    expect(said.queries).toEqual(['fanless']);
    expect(verdict('that stays completely silent even under full load', 'Acme RTX3050 KalmX, 6GB, Passive Fanless Design')).toEqual(['pass']);
    expect(verdict('that stays completely silent even under full load', 'Acme RTX4060 OC, 8GB', '0dB technology for silent operation; semi-passive at idle')).toEqual(['fail']);
  });

  it('reads "muffles the noise of my PC" as sound dampening, not fans named "Silent Series", and names no device of the shopper\'s', () => {
    const said = saidQualities('that muffles the noise of my PC');
    expect(said.rest).toBe('');
    expect(verdict('that muffles the noise of my PC', 'Acme P7 Silent ATX Case, Sound Dampening, 2 Fans')).toEqual(['pass']);
    expect(verdict('that muffles the noise of my PC', 'Acme Pop Silent Case, ATX, Sound-Damping Steel & Foam')).toEqual(['pass']);
    expect(verdict('that muffles the noise of my PC', 'Acme Focus Case, ATX, 2 Fans', 'Two preinstalled Silent Series 120mm fans')).toEqual(['fail']);
  });

  it('reads "lies flat under my monitor" as a desktop or slimline form and "a Micro ATX motherboard" whole, however shops spell it', () => {
    const said = saidQualities('that lies flat under my monitor and still takes a Micro ATX motherboard');
    expect(said.rest).toBe('that takes a motherboard');
    expect(said.items.map((i) => i.label)).toEqual(['Micro ATX', 'Lies flat: a desktop, slimline or horizontal form']);
    const request = 'that lies flat under my monitor and takes a Micro ATX motherboard';
    expect(verdict(request, 'Acme VSK2000 Micro ATX Slimline Desktop Case, TFX PSUs Only')).toEqual(['pass', 'pass']);
    expect(verdict(request, 'Acme Office Case, mATX, 12cm Fan', 'A slim desktop case.')).toEqual(['pass', 'pass']);
    expect(verdict(request, 'Acme VSK3000 Micro ATX Case, 9.2cm Fan')).toEqual(['pass', 'fail']);
    expect(verdict(request, 'Acme Gaming Case, ATX, Slimline Desktop')).toEqual(['fail', 'pass']);
  });

  it('reads "take hands-free calls" as a microphone', () => {
    expect(verdict('that lets me take hands-free calls', 'Acme Bluetooth Receiver for Cars', 'Built-in microphone for calls.')).toEqual(['pass']);
    expect(verdict('that lets me take hands-free calls', 'Acme HA100 Bluetooth Music Receiver', 'Streams music to your stereo.')).toEqual(['fail']);
  });

  it('reads "dust- and waterproof" as a stated protection: an IP rating with a water digit of 5 or more passes, "spill resistant" does not', () => {
    const said = saidQualities('that is dust- and waterproof');
    expect(said.rest).toBe('');
    expect(verdict('that is dust- and waterproof', 'Acme Scope RX Mechanical Gaming Keyboard, RX Red Switches, IP57, PBT Keycaps')).toEqual(['pass']);
    expect(verdict('that is dust- and waterproof', 'Acme K1 Gaming Keyboard', 'Spill-resistant design keeps small splashes away.')).toEqual(['fail']);
    expect(saidQualities('that I can rinse under the tap').items.map((i) => i.id)).toEqual(['quality:waterproof']);
  });

  it('reads "calibrates its colours by itself" as automatic calibration: a factory calibration set once does not count', () => {
    const request = 'that calibrates its colours by itself';
    expect(saidQualities(request).rest).toBe('');
    expect(verdict(request, 'Acme ProArt 4K Monitor, Automatic Calibration, Built-in Motorized Colorimeter')).toEqual(['pass']);
    expect(verdict(request, 'Acme ProArt 24" Monitor', 'Factory pre-calibrated colour accuracy (Delta E < 2).')).toEqual(['fail']);
  });

  it('reads "with an oak front" as that material on that part, searched as the pair: a walnut front or an oak-coloured stand does not count', () => {
    const said = saidQualities('with an oak front');
    expect(said.rest).toBe('');
    expect(said.queries).toEqual(['oak front']);
    expect(verdict('with an oak front', 'Acme North Chalk White Case, ATX, 2 Fans, Oak Front')).toEqual(['pass']);
    expect(verdict('with an oak front', 'Acme North Charcoal Black Case, ATX, Walnut Front')).toEqual(['fail']);
    expect(saidQualities('with a tempered glass side panel').items).toEqual([]);
  });

  it('leaves a clause with no quality said by its effect as it was', () => {
    expect(saidQualities('with RGB fans, at least 2 m long')).toEqual({ items: [], queries: [], rest: 'with RGB fans, at least 2 m long' });
    expect(saidQualities('that has a QuietComfort mode').items).toEqual([]);
  });
});

describe('board sizes as board makers write them', () => {
  it('meets "Micro ATX" by a chipset with an M ("B760M") or "D4" for DDR4 on a board\'s title', () => {
    const [size] = boardSizesNamed('Micro ATX motherboards');
    const pass = (name: string) => verifyChecklist([size!], product({ name, description: '<p>A board.</p>' }))[0]!.status;
    expect(pass('Maker 1700 B760M GAMING X AX DDR4')).toBe('pass');
    expect(pass('Maker 1700 B760 GAMING X AX DDR4, ATX')).toBe('fail');
  });
});

describe('saidQualities: what a product does all day, or shows', () => {
  it('reads "shows my CPU and GPU temperatures on a built-in display" as a temperature display, searched as pages title it', () => {
    const said = saidQualities('that shows my CPU and GPU temperatures on a built-in display');
    expect(said.rest).toBe('');
    expect(said.queries).toEqual(['temp display']);
    expect(verdict('that shows my CPU and GPU temperatures on a built-in display', 'Acme FT Gaming Case, E-ATX, 4 Fans, CPU/GPU Temp Display, USB-C')).toEqual(['pass']);
    expect(verdict('that shows my CPU and GPU temperatures on a built-in display', 'Acme Gaming Case, E-ATX, 4 ARGB Fans', 'Tempered glass side panel.')).toEqual(['fail']);
  });

  it('reads "made to run non-stop in a PC that stays switched on day and night" as continuous operation, both phrases taken out', () => {
    const said = saidQualities('made to run non-stop in a PC that stays switched on day and night');
    expect(said.rest).toBe('');
    expect(said.items.map((i) => i.id)).toEqual(['quality:continuous']);
    expect(said.queries).toEqual(['continuous operation']);
    expect(verdict('that runs 24/7', 'Acme P14 14cm PWM Case Fan for Continuous Operation, Black')).toEqual(['pass']);
    expect(verdict('that runs 24/7', 'Acme P14 14cm PWM Case Fan, White', 'Quiet fluid dynamic bearing.')).toEqual(['fail']);
  });
});

describe('saidQualities: the computer a part goes in is no quality', () => {
  it('takes "in a PC" out, but keeps "in my PC case", which names a part', () => {
    expect(saidQualities('that fits in a PC').rest).toBe('that fits');
    expect(saidQualities('that fits in my PC case').rest).toBe('that fits in my PC case');
  });
});

describe('saidQualities: "shows off" is no display', () => {
  it('asks no temperature display of a case that shows off the parts and keeps temps low', () => {
    expect(saidQualities('that shows off my parts and keeps temps low').items).toEqual([]);
  });
});

describe('saidQualities: needs said by what the product does for the shopper', () => {
  it('reads "shut out the noise of the train" as noise cancelling, searched so; the train is no wish', () => {
    const request = 'that shut out the noise of the train';
    const said = saidQualities(request);
    expect(said.items.map((i) => i.id)).toEqual(['quality:noise-cancelling']);
    expect(said.queries).toEqual(['noise cancelling']);
    expect(said.rest).toBe('');
    expect(verdict(request, 'Acme Bluetooth Headset ANC, Active Noise Cancellation, 13 Hours')).toEqual(['pass']);
    expect(verdict(request, 'Acme QC45 Noise-Canceling Wireless Over-Ear Headphones')).toEqual(['pass']);
    expect(verdict(request, 'Acme Headset, 3.5mm Jack, Foldable', 'Soft ear cushions.')).toEqual(['fail']);
    // Muffling a product's own noise stays sound dampening.
    expect(saidQualities('that muffles the noise of my PC').items.map((i) => i.id)).toEqual(['quality:dampening']);
  });

  it('reads "tells me when its dust filters need cleaning" as a dust indicator; a filter alone does not tell', () => {
    const request = 'that tells me when its dust filters need cleaning';
    const said = saidQualities(request);
    expect(said.rest).toBe('');
    expect(said.queries).toEqual(['dust indicator']);
    expect(verdict(request, 'Acme PA602 Gaming Case, E-ATX, 2x 20cm Fans, IR Dust Indicator, USB-C')).toEqual(['pass']);
    expect(verdict(request, 'Acme Meshify Case, E-ATX, Detachable Front Filter', 'Dust filters on the front and top.')).toEqual(['fail']);
    expect(saidQualities('that warns me if the filter is clogged').items.map((i) => i.id)).toEqual(['quality:dust-indicator']);
  });

  it('reads "with a built-in battery" and "without a power cable" as a battery; a portable monitor powered over USB-C has none', () => {
    for (const request of ['with a built-in battery', 'that works without a power cable', 'that runs on batteries']) {
      expect(saidQualities(request)).toMatchObject({ items: [{ id: 'quality:battery', hard: true }], rest: '' });
    }
    expect(verdict('with a built-in battery', 'Acme 31.5" Movable Touchscreen Monitor, 4-Hour Battery, Speakers')).toEqual(['pass']);
    expect(verdict('with a built-in battery', 'Acme 15.6" Portable IPS Monitor, USB-C, USB Powered', 'One cable for power and picture.')).toEqual(['fail']);
  });
});

describe('saidQualities: a power supply inside, fans that light up, a connection of its own', () => {
  it('reads "already has a power supply inside" as a power supply in the box', () => {
    expect(verdict('that already has a power supply inside', 'Acme Classic Micro ATX Case, 500W', 'Comes with a 500W power supply.')).toEqual(['pass']);
    expect(verdict('that already has a power supply inside', 'Acme Office Case, Micro ATX, 12cm Fan', 'A plain office case.')).toEqual(['fail']);
    // Words close together with a negation among them say the opposite.
    expect(verdict('that already has a power supply inside', 'Acme Office Case, Micro ATX, 12cm Fan', 'PSU not included.')).toEqual(['fail']);
  });

  it('reads "fans that light up" as RGB, ARGB or LED lighting', () => {
    expect(verdict('with fans that light up', 'Acme Vetro White ARGB Gaming Case, ATX, 3x ARGB Fans')).toEqual(['pass']);
    expect(verdict('with fans that light up', 'Acme Silent Case, ATX, 2 Fans', 'Plain black fans.')).toEqual(['fail']);
  });

  it('reads taking calls without the phone as a mobile connection of its own: "GPS + Cellular", not "Cellular : No"', () => {
    const need = 'that lets me do that: I go running without my phone and still want to take calls';
    expect(saidQualities(need).items.map((i) => i.label)).toEqual(['Works away from the phone: its own mobile connection (Cellular, LTE)']);
    expect(verdict(need, 'Acme Watch Series 8 GPS + Cellular, 41mm')).toEqual(['pass']);
    expect(verdict(need, 'Acme Watch Series 7 (GPS, 41mm)', 'GPS : Yes Cellular : No Bluetooth : Yes')).toEqual(['fail']);
  });
});

describe('saidQualities: a hub for the keyboard, a lock for the desk, sound without speakers', () => {
  it('reads "that my keyboard and mouse can plug into" as a USB hub', () => {
    expect(verdict('that my keyboard and mouse can plug into', 'Acme 27" Eye Care Monitor (VA27DQSB), 75Hz, USB Hub')).toEqual(['pass']);
    expect(verdict('that my keyboard and mouse can plug into', 'Acme 27 Inch Curved Monitor, HDMI, Display Port, USB', 'USB port for service updates.')).toEqual(['fail']);
  });

  it('reads "locked to the desk with a security cable" as a Kensington slot, searched by that word', () => {
    const said = saidQualities('I can lock like that: I share an office, so my computer has to be locked to the desk with a security cable');
    expect(said.queries).toEqual(['Kensington']);
    expect(verdict('locked to the desk with a security cable', 'Acme Focus G Gaming Case, ATX, Kensington Bracket')).toEqual(['pass']);
  });

  it('reads "plays sound by itself" as built-in speakers, "SPK" as pages abbreviate it', () => {
    expect(verdict('that plays sound by itself', 'Acme 25 IPS MONITOR SPK PD2506Q')).toEqual(['pass']);
    expect(verdict('that plays sound by itself', 'Acme 27" Gaming Monitor, IPS, 180Hz', 'No audio.')).toEqual(['fail']);
  });
});

describe('saidQualities: sound-damping panels, cooling without fans', () => {
  it('reads "sound-damping panels" as dampening and "cool it without any fans" as fanless', () => {
    expect(saidQualities('with sound-damping panels').items.map((i) => i.label)).toEqual(['Muffles noise: sound dampening']);
    expect(saidQualities('that can cool it without any fans').items.map((i) => i.label)).toEqual(['Silent under any load: no fans (fanless, passive)']);
  });
});

describe('saidQualities: drives for camera recorders, screens that show temperatures', () => {
  it('reads "for the recorder of my security cameras" as a surveillance drive, met by CCTV or NVR on the page', () => {
    const said = saidQualities('built for the recorder of my security cameras');
    expect(said.items.map((i) => i.id)).toContain('quality:surveillance');
    expect(verdict('built for the recorder of my security cameras', 'Acme 3.5", 1TB, SATA3, Hard Drive', 'Designed for AV/CCTV applications.')).toEqual(['pass']);
    expect(verdict('built for the recorder of my security cameras', 'Acme 3.5", 1TB, SATA3, Desktop Hard Drive', 'Fast storage for your PC.')).toEqual(['fail']);
  });

  it('takes a surveillance drive, or a page saying it operates 24/7, as made to run day and night', () => {
    expect(verdict('which runs day and night', 'Acme 3.5", 1TB, SATA3, Purple Surveillance Hard Drive')).toEqual(['pass']);
    expect(verdict('which runs day and night', 'Acme 3.5", 1TB, SATA3, Hard Drive', 'Designed for recorders that operate 24/7.')).toEqual(['pass']);
    expect(verdict('which runs day and night', 'Acme 2.5", 1TB, SATA3, Mobile Hard Drive', 'Light and quiet.')).toEqual(['fail']);
  });

  it('takes an LCD screen that displays real-time CPU temperatures as a temperature display', () => {
    expect(verdict('to show the CPU temperature on a screen', 'Acme CPU Cooler LCD Display Upgrade Kit, White', 'Display real-time CPU temperatures and GIFs.')).toEqual(['pass']);
    expect(verdict('to show the CPU temperature on a screen', 'Acme CPU Cooler RGB Upgrade Kit, White', 'Brighter lighting for your pump head.')).toEqual(['fail']);
  });
});

describe('saidQualities: controls that light up, screens the laptop powers', () => {
  it('reads "whose volume control lights up" as backlit', () => {
    expect(verdict('whose volume control lights up so I can find it in the dark', 'Acme Sonic 2.0 Speaker System, USB-A for Power, Backlit Volume Control')).toEqual(['pass']);
    expect(verdict('whose volume control lights up so I can find it in the dark', 'Acme Sonic 2.0 Notebook Speakers, Inline Volume Controls', 'Compact speakers.')).toEqual(['fail']);
  });

  it('reads "a second screen that it can power over a single USB cable" as USB-powered', () => {
    expect(verdict('that it can power over a single USB cable', 'Acme 15.6" Portable IPS Monitor, USB-C, USB-Powered')).toEqual(['pass']);
    expect(verdict('that it can power over a single USB cable', 'Acme 23.8" Eye Care Monitor, IPS, HDMI, USB Hub', 'A desk monitor.')).toEqual(['fail']);
  });
});

describe('saidQualities: fanless is quiet, a wall plate, a screen on the pump', () => {
  it('takes a fanless page as quiet', () => {
    expect(verdict('silent', 'Acme Plato X8 Low Profile NUC Case, Fanless, VESA Mountable')).toEqual(['pass']);
  });

  it('reads "mounts right over that wall socket" as a wall-plate design', () => {
    expect(verdict('that mounts right over that wall socket', 'Acme AX3000 Wall Plate Wi-Fi 6 Access Point, PoE')).toEqual(['pass']);
    expect(verdict('that mounts right over that wall socket', 'Acme AC1750 Ceiling Mount Access Point, PoE', 'Mounts on the ceiling.')).toEqual(['fail']);
  });

  it('reads "a screen on the pump that can show my own animated pictures" as an LCD or OLED display', () => {
    expect(verdict('with a screen on the pump that can show my own animated pictures', 'Acme Ryuo 120mm Liquid CPU Cooler, Full Colour OLED Display')).toEqual(['pass']);
    expect(verdict('with a screen on the pump that can show my own animated pictures', 'Acme LC 240 ARGB Liquid CPU Cooler, ARGB Pump Head', 'Bright lighting.')).toEqual(['fail']);
  });

  it('reads "survive falling into the lake" as waterproof to immersion: IP68 passes, IP55 (jets only) does not', () => {
    const request = 'for my photo backups that can survive falling into the lake on my kayak trips';
    expect(saidQualities(request).rest).not.toMatch(/lake/);
    expect(verdict(request, 'Maker 2TB HD710 Rugged External Hard Drive, IP68 Water/Dust Proof, Shock Proof')).toEqual(['pass']);
    expect(verdict(request, 'Maker XS 1TB Pocket Size External SSD, IP55 Water & Dust Resistant', 'Resists jets of water.')).not.toEqual(['pass']);
  });

  it('reads "a front made of real wood" as a wooden front, met by any wood the page names', () => {
    const request = 'black with a front made of real wood';
    expect(verdict(request, 'Maker North Charcoal Black Case, ATX, Walnut Front')).toEqual(['pass']);
    expect(verdict(request, 'Maker FLUX Gaming Case, E-ATX, Mesh/Wood Front')).toEqual(['pass']);
    expect(verdict(request, 'Maker Pure Base 500 Gaming Case with Window, ATX, Black', 'A steel case.')).not.toEqual(['pass']);
  });

  it('reads "one cable that carries the picture and keeps the laptop charged" as USB-C power delivery', () => {
    const request = 'I want one cable from my laptop to my desk screen that carries the picture and keeps the laptop charged';
    expect(verdict(request, 'Maker ProArt 23.8" Monitor, IPS, 2560 x 1440, USB-C PD 96W, VESA')).toEqual(['pass']);
    expect(verdict(request, 'Maker 27" Monitor, IPS, HDMI, DP', 'A monitor.')).not.toEqual(['pass']);
    expect(saidQualities('a charger for my laptop').items).toEqual([]);
  });

  it('reads "a phone that folds in half" as foldable and "a camera built in" as a webcam', () => {
    expect(verdict('that folds in half', 'Smartphone Maker Galaxy Z Flip6 5G 12/256GB Mint')).toEqual(['pass']);
    expect(verdict('that has a camera built in', 'Maker 31.5" Smart Monitor, 4K, 8MP Webcam, Speakers')).toEqual(['pass']);
    expect(verdict('that has a camera built in', 'Maker 27" Monitor, 4K, Speakers', 'A monitor.')).not.toEqual(['pass']);
  });

  it('asks no quality said as one of two alternatives ("airflow or silent"), but does when both say it', () => {
    expect(saidQualities('airflow or silent').items).toEqual([]);
    expect(saidQualities('silent or quiet').items.map((i) => i.id)).toEqual(['quality:quiet']);
  });

  it('reads "whose fan has its own lighting" and "lights up" as lit: RGB, LED or backlit', () => {
    expect(verdict('whose fan has its own lighting', 'Maker T120 Chromatic Compact Heatsink & Fan, RGB Silent Fan')).toEqual(['pass']);
    expect(verdict('whose volume control lights up', 'Maker Sonic LS-206 2.0 Speaker System, Backlit Volume Control')).toEqual(['pass']);
    expect(verdict('whose fan has its own lighting', 'Maker Pure Rock LP Heatsink & Fan, 92mm PWM Fan', 'A cooler.')).not.toEqual(['pass']);
  });
});

describe('saidQualities: a screen that passes the picture on', () => {
  it('reads "the second screen would have to hang off the first" as DisplayPort daisy chaining', () => {
    const clause = 'that can pass the picture on like that: my computer has one DisplayPort output free, so the second screen would have to hang off the first';
    expect(verdict(clause, 'Maker ProArt 27" Monitor, IPS, HDMI, 2 DP (Daisy-chaining), USB-C')).toEqual(['pass']);
    expect(verdict(clause, 'Maker 27" Monitor, IPS, HDMI, DP', 'A monitor with two inputs.')).toEqual(['fail']);
  });
});

describe('saidQualities: blind25 qualities', () => {
  it('reads "a shade that fits around the screen" as a monitor hood', () => {
    expect(verdict('that comes with a shade that fits around the screen', 'Maker 27" ProArt 4K HDR Monitor, Mini LED, Monitor Hood, VESA')).toEqual(['pass']);
    expect(verdict('that comes with a shade that fits around the screen', 'Maker 27" Eye Care Monitor, IPS, VESA', 'An office monitor.')).toEqual(['fail']);
  });

  it('reads "run with no fan at all" as fanless and "lights on the ear cups" as lit', () => {
    expect(verdict('that lets it run with no fan at all', 'Maker Maxwell Fanless Case for NUC 13 Pro')).toEqual(['pass']);
    expect(verdict('with lights on the ear cups', 'Maker BossBlaster USB Gaming Headset, LED Lights')).toEqual(['pass']);
    expect(verdict('with lights on the ear cups', 'Maker Bluetooth Headset ANC, Detachable Mic', 'A headset.')).toEqual(['fail']);
  });
});

describe('saidQualities: blind27 qualities', () => {
  it('reads a boom arm, controls on the cable and surviving a fall', () => {
    expect(verdict('has its microphone on a boom arm and has its controls on the cable', 'Maker USB Office Headset with Boom Mic, 30mm Drivers, In-Line Controls')).toEqual(['pass', 'pass']);
    expect(verdict('has its microphone on a boom arm and has its controls on the cable', 'Maker USB Gaming Headset, LED Lights', 'A headset.')).toEqual(['fail', 'fail']);
    expect(verdict('that also holds 1TB and is made to survive a fall', 'Maker Elements SE 1TB Pocket Size External SSD, Drop Resistance')).toEqual(['pass']);
  });
});

describe('saidQualities: blind29 qualities', () => {
  it('reads quick charging and a number pad, and no number pad where it is ruled out', () => {
    expect(verdict('that supports quick charging', 'Hama USB-A to Micro USB Quick Charging Cable, USB 2.0')).toEqual(['pass']);
    expect(verdict('that supports quick charging', 'Hama USB-A to Micro USB Cable, USB 2.0')).toEqual(['fail']);
    expect(verdict('that also has a number pad', 'Maker CLAYMORE II Gaming Keyboard, Wired/Wireless, Detachable Numpad')).toEqual(['pass']);
    expect(saidQualities('a compact one without a number pad').items).toEqual([]);
  });
});

describe('saidQualities: blind30 qualities', () => {
  it('reads "Micro ATX or Mini ITX" as one size wish either meets', () => {
    const [size, ...rest] = saidQualities('in Micro ATX or Mini ITX size').items;
    expect(rest).toEqual([]);
    expect(verifyChecklist([size!], product({ name: 'Maker AM4 B550I PRO AX M-ITX' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([size!], product({ name: 'Maker AM4 B550M ELITE M-ATX' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([size!], product({ name: 'Maker AM4 X570 Taichi ATX', description: 'An ATX board.' }))[0]!.status).toBe('fail');
  });

  it('reads in-ear, a microphone and lighter-tinted glass', () => {
    expect(verdict('that sits in the ear instead, still with a microphone', 'Maker Kooky In-Ear Earset, 3.5mm Jack, Inline Microphone')).toEqual(['pass', 'pass']);
    expect(verdict('that sits in the ear instead, still with a microphone', 'Maker Gaming Headset, 3.5mm Jack', 'Over-ear cups.')).toEqual(['fail', 'fail']);
    expect(verdict('with lighter-tinted glass', 'Maker Torrent (Light TG) Gaming Case w/ Light Tint Glass Windows')).toEqual(['pass']);
  });
});

describe('saidQualities: session 18 qualities', () => {
  it('reads "I like to rearrange the inside of a case" as a modular design', () => {
    expect(verdict('I like to rearrange the inside of a case to suit the parts', 'Acme Boxy White Case, ATX, Mesh Panels, Modular Design, No Fans')).toEqual(['pass']);
    expect(verdict('I like to rearrange the inside of a case to suit the parts', 'Acme Tower Case, ATX, Glass Window', 'A plain tower.')).toEqual(['fail']);
  });

  it('reads "water cooling" as a liquid cooler: an air cooler fails', () => {
    expect(verdict('I trust Acme for water cooling', 'Acme Freezer 240mm Liquid CPU Cooler, PWM Pump')).toEqual(['pass']);
    expect(verdict('I trust Acme for water cooling', 'Acme Freezer 36 Heatsink & Fan, PWM Fan', 'A tower air cooler.')).toEqual(['fail']);
  });

  it('reads "nothing in it may glow" as no RGB, ARGB or LED anywhere on the page', () => {
    const said = 'The PC lives in the bedroom, so nothing in it may glow';
    expect(verdict(said, 'Acme Freezer 240mm Liquid CPU Cooler, P12 PWM Fans', 'A quiet cooler.')).toEqual(['pass']);
    expect(verdict(said, 'Acme Freezer A-RGB 240mm Liquid CPU Cooler', 'A cooler.')).toEqual(['fail']);
    expect(verdict(said, 'Acme Aqua 240mm Liquid CPU Cooler', 'Its pump head has white LEDs.')).toEqual(['fail']);
    // A strip's controller is a part, not a wish for no lights.
    expect(saidQualities('with no RGB controller').items).toEqual([]);
  });

  it('reads panels that "swallow the noise" as sound dampening', () => {
    expect(verdict('so its panels should swallow the noise', 'Acme Pop Quiet Case, E-ATX, Sound-Damping Steel & Foam')).toEqual(['pass']);
  });

  it('reads "whose case is made of aluminium" as an aluminium case, in either spelling', () => {
    expect(verdict('whose case is made of aluminium', 'Acme Watch S8 GPS 41mm Silver Aluminium Case with Sport Band')).toEqual(['pass']);
    expect(verdict('whose case is made of aluminium', 'Acme Watch S8 GPS 41mm Starlight Aluminum Case with Sport Band')).toEqual(['pass']);
    expect(verdict('whose case is made of aluminium', 'Acme Watch S8 GPS 45mm Graphite Stainless Steel Case', 'A watch.')).toEqual(['fail']);
  });
});

describe('saidQualities: a maker\'s server line', () => {
  it('reads "a processor from Intel\'s server line" as a Xeon', () => {
    expect(verdict('a processor from Intel\'s server line rather than a desktop chip', 'Intel 6 Core Xeon E-Series 2236 Server CPU')).toEqual(['pass']);
    expect(verdict('a processor from Intel\'s server line rather than a desktop chip', 'Intel Core i5-12400 CPU, 1700', 'A desktop processor.')).toEqual(['fail']);
  });
});

describe('saidQualities: session 19 qualities', () => {
  it('reads "shrugs off a spilled drink" as spill-proof', () => {
    expect(verdict('a keyboard that shrugs off a spilled drink', 'Acme K1 Wireless Keyboard, Spill-Proof')).toEqual(['pass']);
    expect(verdict('a keyboard that shrugs off a spilled drink', 'Acme K2 Wireless Keyboard', 'A keyboard.')).not.toContain('pass');
  });

  it('reads "gives it somewhere to hang" (a headset) as a headphone hook', () => {
    expect(verdict('a case that gives it somewhere to hang', 'Acme GT3 Case, ATX, Headphone Hook')).toEqual(['pass']);
  });

  it('reads "plug its keyboard and mouse into the screen" as a USB hub, and "lighting of its own" as lit', () => {
    expect(verdict('I would like to plug its keyboard and mouse into the screen', 'Acme 24" Monitor, VGA, HDMI, USB Hub')).toEqual(['pass']);
    expect(verdict('a module with lighting of its own', 'Acme Shadow RGB 16GB DDR4')).toEqual(['pass']);
  });

  it('reads "arrive with their fans already fitted" as a case not titled "No Fans"', () => {
    expect(verdict('cases that arrive with their fans already fitted', 'Acme Hype Case, 3x ARGB Fans')).not.toContain('fail');
    expect(verdict('cases that arrive with their fans already fitted', 'Acme Infinity Case, No Fans inc.')).toContain('fail');
  });
});

describe('saidQualities: a card that droops', () => {
  it('reads "something to hold it up" as a GPU support bracket, which a "350mm GPU Support" length is not', () => {
    expect(verdict('a case that comes with something to hold it up', 'Acme Vetro Case', 'Up to 240 mm radiator support. GPU support bracket.')).toEqual(['pass']);
    expect(verdict('a case that comes with something to hold it up', 'Acme Core Case, 350mm GPU Support', 'A case.')).toEqual(['fail']);
  });
});

describe('boardSizesNamed: a Mini ITX board by its chipset', () => {
  it('counts "B760I" and "X670E-I" in a title as Mini ITX', () => {
    expect(verifyChecklist(boardSizesNamed('a Mini ITX motherboard'), product({ name: 'ACME 1700 B760I PRO', description: 'A board.' })).map((v) => v.status)).toEqual(['pass']);
    expect(verifyChecklist(boardSizesNamed('a Mini ITX motherboard'), product({ name: 'ACME B760M PRO', description: 'A board.' })).map((v) => v.status)).toEqual(['fail']);
  });
});

describe('saidQualities: session 20 (round 37)', () => {
  it('reads "with nothing that lights up" as unlit, never as lit', () => {
    expect(saidQualities('a black case without a window and with nothing that lights up').items.map((i) => i.id)).toEqual(expect.arrayContaining(['quality:unlit']));
    expect(saidQualities('with nothing that lights up').items.map((i) => i.id)).not.toContain('quality:lit');
    expect(saidQualities('a fan that lights up').items.map((i) => i.id)).toContain('quality:lit');
  });

  it('reads a touchscreen and a heatsink asked for, and neither where turned down', () => {
    expect(verdict('my next laptop has to have a touchscreen', 'Acme Book 13.5" Touchscreen, 16GB')).toEqual(['pass']);
    expect(verdict('my next laptop has to have a touchscreen', 'Acme Book 15.6" FHD, 16GB')).toEqual(['fail']);
    expect(saidQualities('without a touchscreen').items).toEqual([]);
    expect(verdict('should bring a real metal heatsink, not just a label', 'Acme 1TB M.2 NVMe SSD, Heatsink')).toEqual(['pass']);
    expect(verdict('should bring a real metal heatsink, not just a label', 'Acme 1TB M.2 NVMe SSD, Heat Dissipating Graphene Label', 'Cool running.')).toEqual(['fail']);
  });

  it('reads "glass at the front" as a glass front written as one phrase, never glass and front words apart', () => {
    expect(verdict('have glass at the front as well as on the side', 'Acme Vetro Case w/ Glass Front & Side, ATX')).toEqual(['pass']);
    expect(verdict('have glass at the front as well as on the side', 'Acme Versa Case w/ Glass Side & Glass/Mesh Front, ATX')).toEqual(['pass']);
    expect(verdict('have glass at the front as well as on the side', 'Acme Storm Case w/ Glass Window, ATX', 'E-ATX, Mesh Front, Full tempered glass side panel.')).toEqual(['fail']);
  });
});

describe('saidQualities: session 20 (round 38)', () => {
  it('reads "its fans do not light up" on the fans in the title: a lit strip elsewhere is no lit fan', () => {
    expect(verdict('as long as its fans do not light up', 'Acme Storm Case, E-ATX, 5 Fans, Fan Hub, RGB Strip on PSU Shroud')).toEqual(['pass']);
    expect(verdict('as long as its fans do not light up', 'Acme Storm RGB Case, E-ATX, 5 ARGB Fans, Fan Hub')).toEqual(['fail']);
    expect(saidQualities('it does not light up').items.map((i) => i.id)).toEqual(['quality:unlit']);
  });

  it('reads little room above the processor as a low-profile cooler, and disc games as a console that plays discs', () => {
    expect(verdict('the lid leaves little room above the processor, so a tall tower cooler is out', 'Acme Rock LP Heatsink & Fan, Low Profile, 130W TDP')).toEqual(['pass']);
    expect(verdict('the lid leaves little room above the processor', 'Acme Tower 4 Heatsink & Fan, 6 Heatpipes')).toEqual(['fail']);
    expect(verdict('a stack of disc games', 'Acme Xbox Series S 512 GB Console')).toEqual(['fail']);
    expect(verdict('a stack of disc games', 'Acme Xbox Series X Console, 1TB')).toEqual(['pass']);
  });
});

describe('saidQualities: sizes the shopper does not mind', () => {
  it('asks no board size of "Mini ITX, ATX or E-ATX, I don\'t mind which size"', () => {
    expect(saidQualities("a glass side panel; Mini ITX, ATX or E-ATX, I don't mind which size").items).toEqual([]);
    expect(saidQualities('a Micro ATX case').items.map((i) => i.label)).toEqual(['Micro ATX']);
  });
});

describe('saidQualities: session 20 (round 39, later)', () => {
  it('reads copying the old drive onto it as a cloning kit, and "factory overclocked" as an OC edition', () => {
    expect(verdict('everything needed to copy my laptop\'s old drive onto it myself', '500GB Acme MX500 SSD with cloning kit')).toEqual(['pass']);
    expect(verdict('everything needed to copy my laptop\'s old drive onto it myself', '500GB Acme MX500 SSD', 'A fast drive.')).toEqual(['fail']);
    expect(verdict('comes both factory overclocked and with RGB lighting', 'Acme RTX4070 SUPER DUAL OC, 12GB, Overclocked')).toEqual(['pass']);
  });
});

describe('saidQualities: session 21 (round 40)', () => {
  it('reads "she could hang on her key ring" as a key ring loop, as titles say', () => {
    expect(verdict('a pocket SSD that she could hang on her key ring', 'Acme SC6 2TB Pocket Size External SSD, Capless Retractable Design, Key Ring')).toEqual(['pass']);
    expect(verdict('a pocket SSD that she could hang on her key ring', 'Acme XS1 2TB Pocket Size External SSD, USB-C', 'A small drive.')).toEqual(['fail']);
  });
});

describe('saidQualities: session 21 (round 41)', () => {
  it('reads deciding "how far a key has to go down" as adjustable actuation, which analog switches give', () => {
    const request = 'where I want to decide for myself how far a key has to go down before the press counts';
    expect(verdict(request, 'ACME HUNTSMAN V3 PRO GAMING KEYBOARD', 'Features Acme Analog Optical Switches Gen-2 and RGB.')).toEqual(['pass']);
    expect(verdict(request, 'Acme U2000 Wired Keyboard', 'A plain keyboard with membrane keys.')).toEqual(['fail']);
  });
});

describe('saidQualities: session 21 (round 42)', () => {
  it('reads a chamber of their own, one glass side at most, white-lit fans with no colours to cycle, and a fan switch on the case', () => {
    expect(verdict('the power supply should sit in a chamber of its own', 'Acme 2500D Airflow Dual Chamber Gaming Case')).toEqual(['pass']);
    expect(verdict('I would rather avoid glass on more than one side', 'Acme 2500X Dual Chamber Case w/ Glass Side & Front')).toEqual(['fail']);
    expect(verdict('whose fans light up in plain white, with no colours to cycle through', 'Acme Focus Mini Case, Micro ATX, 2 White LED Fans')).toEqual(['pass', 'pass']);
    expect(verdict('whose fans light up in plain white, with no colours to cycle through', 'Acme Zephyr White ARGB Case, 4x ARGB Fans')).toContain('fail');
    expect(verdict('a switch on the case itself to slow the fans down', 'Acme Silent Base Case', 'Insulation mats and a 3-step fan controller.')).toEqual(['pass']);
  });
});

describe('saidQualities: qualities turned down, cooling around the socket, the largest board size', () => {
  it('reads "no liquid cooling" as no wish for a liquid cooler', () => {
    expect(saidQualities('no liquid cooling, rated for 200W').items).toEqual([]);
    expect(saidQualities('I trust Acme for water cooling').items.map((i) => i.id)).toEqual(['quality:liquid']);
  });

  it('reads "must also cool the parts around the CPU socket" as a top-flow design, which pages state as cooling the surrounding components', () => {
    const said = 'must also cool the parts around the CPU socket, not only the CPU';
    expect(verdict(said, 'Acme Rock TF Heatsink & Fan', 'Cooling for the CPU and surrounding components.')).toEqual(['pass']);
    expect(verdict(said, 'Acme Tower Heatsink & Fan', 'A tall tower cooler with two fans.')).not.toContain('pass');
    expect(saidQualities(said).queries).toEqual(['surrounding components']);
  });

  it('reads "nothing larger than an ATX board" as every larger size ruled out, ATX and smaller kept', () => {
    const said = 'and nothing larger than an ATX board fits my case';
    expect(verdict(said, 'Acme Z790 Pro, ATX, DDR5')).toEqual(['pass', 'pass', 'pass']);
    expect(verdict(said, 'Acme Z790 Xtreme, E-ATX, DDR5')).toContain('fail');
    expect(verdict(said, 'Acme B760M, Micro ATX')).toEqual(['pass', 'pass', 'pass']);
  });
});

describe('saidQualities: a status gauge and a temperature display, said by what they show', () => {
  it('reads "a lit-up gauge that shows how hard the system is working" as a status meter, which a plain LCD cooler lacks', () => {
    const said = 'a cooler with a small lit-up gauge that shows at a glance how hard the system is working';
    expect(verdict(said, 'Acme LC 420 Liquid CPU Cooler, 3x Fans, illuminated Status Meter')).toEqual(['pass']);
    expect(verdict(said, 'Acme Ryuo 120mm Liquid CPU Cooler, Full Colour OLED Display')).not.toContain('pass');
  });

  it('reads "temperatures on a little display built into the case" as a temperature display', () => {
    const said = "the processor's and the graphics card's temperatures on a little display built into the case itself";
    expect(verdict(said, 'Acme Performance 1 FT Case, E-ATX, CPU/GPU Temp Display')).toEqual(['pass']);
    expect(verdict(said, 'Acme Classic Micro ATX Case, 500W')).not.toContain('pass');
  });
});

describe('saidQualities: a spec list\'s part and material (session 23)', () => {
  it('reads "front panel in real oak" as a field of a spec list: an oak front, as titles write it', () => {
    const { items } = saidQualities('Case spec: Vexa Design; front panel in real oak; side panel in fine mesh');
    expect(items.map((i) => i.label)).toEqual(['Oak front']);
    expect(verifyChecklist(items, product({ name: 'Vexa North XL (White Solid) Case, E-ATX, Fine Mesh Side, Oak Front' }))[0]!.status).toBe('pass');
  });
});

describe('saidQualities: session 23 (round 48)', () => {
  const labels = (said: string) => saidQualities(said).items.map((i) => `${i.kind === 'attribute-absent' ? '-' : '+'}${i.label}`);

  it('reads a quality the shopper "can do without" as one the title must not name, a bare "no" as no wish', () => {
    expect(labels('I want one with the biggest radiator, but I can do without a screen on the pump')).toEqual(['-Not: A screen on the pump: an LCD or OLED display']);
    expect(labels('no screen on the pump')).toEqual([]);
  });

  it('reads a dual-chamber layout said by name, and a case that must ship with its fans as one whose page names them', () => {
    expect(labels('I like the dual-chamber layout, with the power supply hidden behind the board')).toEqual(['+Dual chamber: the power supply in a chamber of its own']);
    expect(labels('the case has to ship with its fans already fitted')).toEqual(['-Comes with its fans fitted (not "No Fans")', '+Its page names the fans it ships with']);
  });

  it('reads power over the network cable as PoE, hidden-connector boards as BTF, a case that keeps noise in as dampening', () => {
    expect(labels('four cameras that get their power through the network cable')).toEqual(['+Powers devices over the network cable: PoE']);
    expect(labels('a board with every plug on the back of the PCB')).toEqual(['+Takes a board with its connectors on the back (Asus BTF)']);
    expect(labels('the case should be one that is built to keep noise in')).toEqual(['+Muffles noise: sound dampening']);
  });

  it('reads "shows temperatures on its side" as no wish to lie flat, "stands on its side" still as one', () => {
    expect(labels('the one that shows CPU temperatures on its side')).not.toContain('+Lies flat: a desktop, slimline or horizontal form');
    expect(labels('it sits on its side under the TV')).toContain('+Lies flat: a desktop, slimline or horizontal form');
  });
});

describe('saidQualities: session 23 (round 49)', () => {
  const labels = (said: string) => saidQualities(said).items.map((i) => `${i.kind === 'attribute-absent' ? '-' : '+'}${i.label}`);

  it('reads a grid of LEDs that plays animations, not an LCD or OLED screen, as an LED matrix display', () => {
    expect(labels('the pump head has a grid of little LEDs that plays pixel animations. Not a full-colour screen of any kind, LCD or OLED, just the dots'))
      .toEqual(['+A grid of LEDs that plays animations: an LED matrix display', '-No LCD or OLED screen']);
  });

  it('reads a case that comes with a power supply by the supply\'s wattage in its title, not by a page that says which supply fits', () => {
    const items = saidQualities('a case that already comes with a power supply inside').items;
    const status = (name: string, description = '') => verifyChecklist(items, product({ name, description }))[0]!.status;
    expect(status('Acme Classic Micro ATX Case, 500W, 2x USB 3.0')).toBe('pass');
    expect(status('Acme C3 Gaming Case, ATX, No Fans', 'inclined PSU shroud with ARGB strip; fits an ATX power supply')).toBe('fail');
  });

  it('reads "take the microphone off completely" as a detachable mic', () => {
    const items = saidQualities('I would like to take the microphone off completely').items;
    expect(verifyChecklist(items, product({ name: 'Acme Wireless Gaming Headset, Bluetooth 5.1, Detachable Mic' }))[0]!.status).toBe('pass');
  });
});

describe('saidQualities: round 50 (blind51), qualities said by what they do', () => {
  const labels = (said: string) => saidQualities(said).items.map((i) => `${i.kind === 'attribute-absent' ? '-' : '+'}${i.label}`);

  it('reads air pulled in at the bottom and pushed out at the top as a vertical airflow design, searched so', () => {
    const said = 'pulls air in at the bottom and pushes it out at the top, instead of the usual front-to-back path';
    expect(labels(said)).toEqual(['+Air in at the bottom, out at the top: a vertical airflow design']);
    expect(saidQualities(said).queries).toEqual(['vertical airflow']);
    expect(verdict(said, 'Acme Meshbox Gaming Case, ATX, Vertical Airflow Design', 'A case.')).toEqual(['pass']);
    expect(verdict(said, 'Acme Tower Gaming Case, ATX, Mesh Front', 'A case.')).not.toContain('pass');
  });

  it('reads "the Austrian one with the beige-and-brown fans" as Noctua', () => {
    expect(labels('I trust one fan maker only: the Austrian one with the beige-and-brown fans')).toEqual(['+Noctua, the Austrian maker of beige-and-brown fans']);
  });

  it('reads "glow a little, with the lighting built in" as lit, and "no LCD screen on the pump" as no wish for a screen', () => {
    expect(labels('that will glow a little too, with the lighting built in')).toEqual(['+Lights up: RGB, LED or backlit']);
    expect(labels('the ordinary one, no LCD screen on the pump')).toEqual([]);
  });
});

describe('saidQualities: session 27 qualities (held-back sets 55 and 56)', () => {
  it('reads "a little remote so I can change the colours" as a remote control in the box', () => {
    expect(verdict('plenty of fans and a little remote so I can change the colours from my bed', 'Maker Infinity Case, ATX, 6x ARGB Fans inc., RF Remote Control')).toEqual(['pass']);
    expect(verdict('with RGB remote control', 'Maker CX700 RGB Elite Case, ATX, 6x RGB Fans, LED Button')).toEqual(['fail']);
  });

  it('reads "handles to carry it by" and "carry handles" as a case with carry handles', () => {
    expect(verdict('the case needs handles to carry it by', 'Maker TUF GT502 Case, ATX, Dual Chamber, USB-C, Carry Handles')).toEqual(['pass']);
    expect(verdict('with carry handles', 'Maker 6500X Dual Chamber Case, ATX, Mesh Panels')).toEqual(['fail']);
  });

  it('reads pump heads "that turn into a mirror" as an (infinity) mirror, which a plain pump head fails', () => {
    expect(verdict('I love those pump heads that turn into a mirror when they light up', 'Maker LT520 Liquid CPU Cooler, 240mm, Addressable RGB LED Lighting, Infinity Mirror Pump Head')).toEqual(['pass', 'pass']);
    expect(verdict('with mirror pump head', 'Maker Liquid Freezer III 240mm Liquid CPU Cooler, P12 Fans')).toEqual(['fail']);
  });

  it('reads every item of "with dual chamber and carry handles", and leaves "with" for the rest of a list', () => {
    expect(saidQualities('with dual chamber and carry handles').items.map((i) => i.id)).toEqual(['quality:dual-chamber', 'quality:carry-handles']);
    expect(saidQualities('with wood front panel and glass side panel').rest).toBe('with glass side panel');
  });

  it('searches the woods fronts are made of for "a wood front", as titles name the wood ("Oak Front")', () => {
    expect(saidQualities('with a wood front panel').queries).toEqual(['wood front', 'oak front', 'walnut front']);
  });

  it('holds a case said to come "with fans included" to not being a "No Fans" edition', () => {
    expect(verdict('with fans included', 'Maker 3500X Case w/ Glass Side & Front, E-ATX, No Fans, USB-C')).toContain('fail');
    expect(saidQualities('with fans included').items.every((i) => i.id.startsWith('quality:'))).toBe(true);
  });
});

describe('saidQualities: session 28 qualities (blind60 failures)', () => {
  it('reads a case whose interior is painted a bold colour: "Orange Interior" passes, a black one fails', () => {
    const said = 'a case whose interior itself is painted a bold colour';
    expect(verdict(said, 'Acme Pop Air RGB (Orange Core TG) Gaming Case, ATX, Orange Interior/Accents')).toEqual(['pass']);
    expect(verdict(said, 'Acme VSK Gaming Case, ATX, Black Interior', 'A case with a black interior.')).toEqual(['fail']);
  });

  it('reads "a high-airflow front panel rather than a glass front": an airflow front wanted, a glass front turned down', () => {
    const { items } = saidQualities('has a high-airflow front panel rather than a glass front');
    expect(items.map((i) => [i.kind, 'text' in i ? i.text : ''])).toEqual([['attribute-present', 'airflow front'], ['attribute-absent', 'glass front']]);
  });

  it('reads an "ordinary rectangular USB port" as USB-A', () => {
    expect(verdict('it has to plug into an ordinary rectangular USB port', 'Acme 1TB Pocket SSD, USB 3.2 Gen1 Type-A')).toEqual(['pass']);
  });

  it('reads no picture daisy chain into a "LINK daisy-chain system", nor a drive\'s heatsink into a "heatsink and fan" cooler', () => {
    expect(saidQualities('not switching to their newer LINK daisy-chain system').items).toEqual([]);
    expect(saidQualities('an air cooler (heatsink and fan, no water)').items.map((i) => i.id)).not.toContain('quality:heatsink');
  });

  it('asks nothing of "with or without a screen on the pump"', () => {
    expect(saidQualities('With or without a screen on the pump').items).toEqual([]);
  });
});

describe('saidQualities: wireless networking (session 28)', () => {
  it('reads "wireless networking on the board" as Wi-Fi', () => {
    expect(verdict('wireless networking on the board', 'Acme B650 AORUS ELITE AX, AM5, ATX, WIFI')).toEqual(['pass']);
    expect(verdict('wireless networking on the board', 'Acme PRIME X670-P, AM5, ATX, 2.5G LAN', 'A board with wired LAN.')).toEqual(['fail']);
  });
});

describe('saidQualities: a quality word that closes a product\'s name is the name\'s', () => {
  it('reads no wish for quiet from "not the Pop Mini Silent", and still reads "silent" said of the product', () => {
    expect(saidQualities('Micro ATX, with the glass side and RGB fans, not the Pop Mini Silent').items.map((i) => i.id)).not.toContain('quality:quiet');
    expect(saidQualities('a silent one, please').items.map((i) => i.id)).toContain('quality:quiet');
  });
});

describe('saidQualities: fans that come fitted, said as a must', () => {
  it('reads "the fans must come pre-installed" as fans fitted', () => {
    expect(saidQualities('the fans must come pre-installed').items.map((i) => i.id)).toContain('quality:fans-fitted');
  });
});

describe('saidQualities: session 32', () => {
  it('reads "whose front is glass as well as its side" and "glass on the side and the front" as a glass front', () => {
    for (const said of ['whose front is glass as well as its side', 'glass on the side and the front', 'glass across the front and down the side']) {
      expect(verdict(said, 'Acme Vetro White Case w/ Glass Front & Side, ATX'), said).toEqual(['pass']);
      expect(verdict(said, 'Acme Zephyr White Case w/ Glass Window, Mesh Front'), said).toEqual(['fail']);
    }
  });

  it('reads "as long as its fans come fitted" as a case sold with its fans', () => {
    expect(saidQualities('fans come fitted').items.map((i) => i.id)).toContain('quality:fans-fitted');
  });
});

describe('saidQualities: session 32, second round', () => {
  it('reads a graphics card standing on its edge as vertical GPU mounting, as pages say it', () => {
    const said = 'My next case should let me mount the card that way: the graphics card stands on its edge';
    expect(verdict(said, 'Acme Case', 'It supports vertical GPU mounting.')).toEqual(['pass']);
    expect(verdict(said, 'Acme Case', 'A roomy case.')).toEqual(['fail']);
  });

  it('reads "none of those fans may light up" as unlit fans, "fans already fitted" as fans fitted, and a refusal said otherwise as one', () => {
    const ids = (said: string) => saidQualities(said, 'case').items.map((i) => i.id);
    expect(ids('at least four fans already installed, and none of those fans may light up')).toEqual(expect.arrayContaining(['quality:unlit-fans']));
    expect(ids('at least four fans already installed, and none of those fans may light up')).not.toContain('quality:lit');
    expect(ids('white, glass on both the front and the side, fans already fitted')).toEqual(expect.arrayContaining(['quality:glass-front', 'quality:fans-fitted']));
    expect(saidQualities('My board is a full-size ATX one, so a Micro ATX case won\'t do', 'case').items.map((i) => i.label)).toEqual(['Not Micro ATX']);
    expect(ids("the fans already on Acme's daisy-chained iCUE LINK system")).not.toContain('quality:daisy-chain');
  });
});

describe('saidQualities: session 32, third round (blind65)', () => {
  it('reads the fans themselves lighting up as lit fans a title names, not a lit strip elsewhere', () => {
    const said = 'I want the fans themselves to light up when it arrives';
    expect(verdict(said, 'Acme Torrent Compact (Light TG RGB) Gaming Case, E-ATX, 2 RGB Fans, Fan Hub, RGB Strip on PSU Shroud', 'A case.')).toEqual(['pass']);
    expect(verdict(said, 'Acme Torrent Compact (White TG) Gaming Case, E-ATX, 2 Fans, Fan Hub, RGB Strip on PSU Shroud', 'A case.')).toEqual(['fail']);
  });

  it('reads "it has to be quiet" and "made for low noise" as quiet, but not the maker "a be quiet fan"', () => {
    expect(saidQualities('it has to be quiet', 'case').items.map((i) => i.id)).toEqual(['quality:quiet']);
    expect(saidQualities('made for low noise', 'case').items.map((i) => i.id)).toEqual(['quality:quiet']);
    expect(saidQualities('a be quiet fan', 'fan').items).toEqual([]);
  });

  it('reads seeing the parts through the side, or "a glass version", as glass', () => {
    expect(saidQualities('where I can see my parts through the side', 'case').items.map((i) => i.id)).toEqual(['quality:glass-window']);
    expect(saidQualities('so a glass version', 'case').items.map((i) => i.id)).toEqual(['quality:glass-window']);
  });
});

describe('saidQualities: session 33', () => {
  it('reads "look inside through the side" as a see-through side, a window of glass or not; a solid side fails', () => {
    const request = 'I would like to look inside through the side';
    expect(verdict(request, 'Acme Base 700 Gaming Case w/ Window, E-ATX, 2 x Fans')).toEqual(['pass']);
    expect(verdict(request, 'Acme Base 600 Gaming Case, E-ATX, Solid Side Panel', 'A quiet case with solid steel sides.')).toEqual(['fail']);
  });

  it('reads "a coloured interior" as an edition whose title says its interior colour, and "server-class" as a server processor', () => {
    expect(verdict('one of the editions with a coloured interior', 'Acme Pop Air RGB (Orange Core TG) Gaming Case, Orange Interior/Accents')).toEqual(['pass']);
    expect(verdict('one of the editions with a coloured interior', 'Acme Pop Air RGB (White TG) Gaming Case, 3 RGB Fans', 'White inside and out.')).toEqual(['fail']);
    expect(verdict('a server-class processor', 'Acme 6 Core Xeon E-2236 Server/Workstation CPU')).toEqual(['pass']);
    expect(verdict('a server-class processor', 'Acme Core i5-12400 CPU, 6-Core', 'A desktop processor.')).toEqual(['fail']);
  });
});

describe('saidQualities: session 34', () => {
  it('reads "true wireless" earbuds as two buds, which a headset is not', () => {
    expect(verdict('true wireless earbuds', 'Acme Buddy Bluetooth Earbuds with Mic, True Wireless, Charging Case')).toEqual(['pass']);
    expect(verdict('true wireless earbuds', 'Acme HeroBlaster Wireless Gaming Headset, Bluetooth 5.1, Detachable Mic', 'An over-ear headset.')).toEqual(['fail']);
  });

  it('reads "the fans that come with the case should glow" as lit fans, and "something built in to carry it by" as carry handles', () => {
    expect(verdict('the fans that come with the case should glow by themselves', 'Acme Vortex 2 RGB (White TG) Gaming Case, E-ATX, 4 RGB Fans')).toEqual(['pass']);
    expect(verdict('the fans that come with the case should glow by themselves', 'Acme Vortex 2 (Black Solid) Gaming Case, E-ATX, 3 Fans', 'Three plain fans.')).toEqual(['fail']);
    expect(saidQualities('needs something built in to carry it by').items.map((i) => i.label)).toEqual(['Handles to carry it by']);
  });
});

describe('board sizes turned down (session 34)', () => {
  it('checks "not a Micro ATX case" on the title: an ATX case\'s page names the smaller boards it takes', () => {
    const items = boardSizesNamed('a case for a standard ATX board (not a Micro ATX case, not an E-ATX one)');
    const refused = items.filter((i) => i.kind === 'attribute-absent');
    expect(refused.map((i) => i.label)).toEqual(['Not Micro ATX', 'Not E-ATX']);
    expect(verifyChecklist(refused, product({ name: 'Acme Vortex C Gaming Case, ATX, 2 Fans', description: 'Takes ATX, Micro ATX and Mini ITX boards.' })).map((v) => v.status)).toEqual(['pass', 'pass']);
  });
});

describe('saidQualities: session 35', () => {
  it('reads "the case should arrive empty" as the edition sold without fans', () => {
    expect(verdict('the case should arrive empty', 'Acme Infinity Case, ATX, No Fans inc., USB-C, White')).toEqual(['pass']);
    expect(verdict('the case should arrive empty', 'Acme Infinity Case, ATX, 6x ARGB Fans, USB-C, Black')).toEqual(['fail']);
  });
});

describe('saidQualities: session 36', () => {
  it('reads "no lighting of any kind, so nothing RGB, ARGB or LED" as the one unlit wish', () => {
    const said = saidQualities('no lighting of any kind, so nothing RGB, ARGB or LED', 'fan');
    expect(said.items.map((i) => i.id)).toEqual(['quality:unlit']);
    expect(said.rest).not.toMatch(/ARGB|LED/);
  });

  it('reads a board with "all its plugs on the back" as a back-connector (BTF) board, and searches an empty case by "No Fans"', () => {
    expect(saidQualities('The board I\'m getting has all its plugs on the back, so the case has to be made for that', 'case').items.map((i) => i.id)).toContain('quality:btf');
    expect(saidQualities('the new case should arrive empty', 'case').queries).toContain('No Fans');
  });
});

describe('saidQualities: lighting named one by one, and a glass side window (session 36)', () => {
  it('leaves "no RGB or ARGB lighting" to the refusals of each (white LED fans pass), and reads "a glass side window" as a see-through side', () => {
    expect(saidQualities('with a glass side window, and no RGB or ARGB lighting of any kind', 'case').items.map((i) => i.id)).toEqual(['quality:window']);
    expect(verdict('a glass side window', 'Acme Focus Mini (Black) Gaming Case w/ Clear Window, Micro ATX, 2 White LED Fans')).toEqual(['pass']);
  });
});
