import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { connectionEnds, namedEndsWish, readNeed } from './need-kinds';
import { saidQualities } from './said-qualities';

describe('readNeed: a generic "device" is searched by the kind its need asks for', () => {
  it('turns playing phone music on an old stereo without cables into a Bluetooth music receiver', () => {
    const need = readNeed('device', 'that lets me play music from my phone on my old home stereo without cables')!;
    expect(need.subject).toBe('music receiver');
    expect(need.items).toMatchObject([{ kind: 'attribute-present', text: 'Bluetooth', hard: true }]);
    const shows = (title: string) => need.wishes.every((w) => w.met(title));
    expect(shows('Acme (HA100) Bluetooth & NFC Music Receiver, Provides Wireless Connectivity to your Stereo')).toBe(true);
    expect(shows('Acme Bluetooth Hands-Free Receiver for Cars, 3.5mm Jack')).toBe(false);
  });

  it('leaves a subject that names a kind, or a need it does not know, to the usual rules', () => {
    expect(readNeed('speaker', 'that lets me play music from my phone')).toBeUndefined();
    expect(readNeed('device', 'that makes coffee')).toBeUndefined();
    expect(readNeed('gadget', 'to charge my phone')?.subject).toBe('charger');
  });
});

describe('readNeed: a generic word with its need in the same phrase', () => {
  it('reads "something to bundle the loose cables" as cable ties, whose titles say so', () => {
    const need = readNeed('something to bundle the loose cables inside my PC case neatly', '')!;
    expect(need.subject).toBe('cable ties');
    const shows = (title: string) => need.wishes.every((w) => w.met(title));
    expect(shows('Cable Ties, 292mm x 3.6mm, Black, Pack of 100')).toBe(true);
    expect(shows('Acme Cat6 Ethernet Cable, 5 Metres')).toBe(false);
    expect(readNeed('something pretty', '')).toBeUndefined();
  });
});

describe('connectionEnds: the sockets a connecting clause names are the ends of the product', () => {
  it('reads a phone\'s headphone jack as a 3.5 mm plug and red and white inputs as RCA', () => {
    const ends = connectionEnds('that connects the headphone jack of my phone to the red and white audio inputs of my amplifier')!;
    expect(ends.rest).toBe('');
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Acme 3.5mm Jack Plug to 2x RCA Plugs Converter Cable, Stereo, 1.5m')).toBe(true);
    expect(shows('Acme 3.5mm Jack Stereo Cable, Male to Male, 3m')).toBe(false);
    expect(shows('Acme Stereo RCA Cable, 2x RCA to 2x RCA, 1m')).toBe(false);
  });

  it('reads "plugs straight into USB-A and USB-C" as a product with both plugs', () => {
    const ends = connectionEnds('that plugs straight into USB-A and USB-C without an adapter')!;
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Maker SE880 1TB Pocket Size External SSD, USB 3.2 Gen2 Type-C/Type-A, Blue')).toBe(true);
    expect(shows('Maker Elements SE 1TB Pocket Size External SSD, USB 3.2 Gen1 Type-A, Black')).toBe(false);
  });

  it('leaves a clause that names no two known sockets to the usual rules', () => {
    expect(connectionEnds('that connects my pc to the tv')).toBeUndefined();
    expect(connectionEnds('with a length of at most 1 metre')).toBeUndefined();
  });
});

describe('connectionEnds: ports named in a connecting clause', () => {
  it('reads "connects the HDMI port of my laptop to the VGA input of my projector" as HDMI and VGA ends', () => {
    const ends = connectionEnds('that connects the HDMI port of my laptop to the VGA input of my projector, and is at least 2 m long')!;
    expect(ends.rest).toBe('is at least 2 m long');
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Acme HDMI Male to VGA Female Converter Cable, 25cm')).toBe(true);
    expect(shows('Acme DisplayPort Male to VGA Female Converter Cable, 20cm')).toBe(false);
  });
});

describe('readNeed: common needs of a generic "something"', () => {
  it('reads more USB ports as a hub, backing up photos as an external drive, and Wi-Fi in every room as an extender', () => {
    expect(readNeed('something', 'that gives my laptop more USB ports')?.subject).toBe('usb hub');
    expect(readNeed('device', 'to back up the photos on my laptop')?.subject).toBe('external hard drive');
    const wifi = readNeed('something to get the wifi signal into every room', '')!;
    expect(wifi.subject).toBe('wifi extender');
    expect(wifi.wishes.every((w) => w.met('Acme (RE450) AC1750 Wi-Fi Range Extender, Dual Band'))).toBe(true);
    expect(wifi.wishes.every((w) => w.met('Acme 8-Port Gigabit Desktop Switch'))).toBe(false);
  });
});

describe('readNeed: a cable that does not reach asks for an extension of that cable', () => {
  it('reads "lets my case fan\'s cable reach a header that is too far away" as a fan extension cable', () => {
    const need = readNeed('something', "that lets my case fan's cable reach a motherboard header that is too far away")!;
    expect(need.subject).toBe('fan extension cable');
    const shows = (title: string) => need.wishes.every((w) => w.met(title));
    expect(shows('Acme PWM Fan Extension Cable, 30cm')).toBe(true);
    expect(shows('Acme USB 3.0 Extension Cable, 2m')).toBe(false);
    expect(shows('Acme 12cm PWM Case Fan, 4-pin')).toBe(false);
  });

  it('names no device when the cable\'s owner is no kind of product', () => {
    expect(readNeed('something', 'so the cable of my lamp reaches the socket')?.subject).toBe('extension cable');
  });
});

describe('connectionEnds: every socket the connector table knows', () => {
  it('reads a USB port and a DisplayPort by name, a plain USB end met by any USB plug', () => {
    const ends = connectionEnds('that connects the USB port of my laptop to the DP input of my monitor')!;
    expect(ends.wishes.map((w) => w.id)).toEqual(['end:USB', 'end:DisplayPort']);
    expect(ends.wishes.every((w) => w.met('Acme USB-C to DisplayPort Adapter, 4K'))).toBe(true);
    expect(ends.wishes.every((w) => w.met('Acme USB-C to Mini DisplayPort Adapter'))).toBe(false);
  });

  it('meets an optical end by an optical audio cable, not by a PC sold without an optical drive', () => {
    const ends = connectionEnds('that connects the optical output of my TV to the aux input of my speaker')!;
    expect(ends.wishes.map((w) => w.label)).toEqual(['One end is a Toslink plug', 'One end is a 3.5mm plug']);
    expect(ends.wishes[0]!.met('Acme Optical Audio Cable, 3.5mm Adapter, 2m')).toBe(true);
    expect(ends.wishes[0]!.met('Acme Tower PC, 512GB SSD, No Optical, USB-C')).toBe(false);
  });
});

describe('readNeed: a generic thing between two different plugs', () => {
  const request = 'that lets the 4-pin CPU cable of my power supply plug into the 8-pin CPU power socket of my new motherboard';

  it('reads "lets the 4-pin cable plug into the 8-pin socket" as a 4-pin to 8-pin adapter, whose title shows both', () => {
    expect(readNeed('something', request)?.subject).toBe('4-pin to 8-pin adapter');
    const ends = connectionEnds(request)!;
    expect(ends.wishes.map((w) => w.label)).toEqual(['One end is a 4-pin plug', 'One end is an 8-pin plug']);
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Acme 4-pin to 8-pin (4+4) ATX PSU Adapter Cable, 20cm')).toBe(true);
    expect(shows('Acme 8-pin EPS 12V Extension Cable, 30cm')).toBe(false);
    expect(shows('Acme 24-pin ATX Extension Cable, 30cm')).toBe(false);
  });

  it('reads a clause that connects two sockets as a cable, and one plug into the same plug as no adapter', () => {
    expect(readNeed('something', 'that connects the HDMI port of my laptop to the VGA input of my projector')?.subject).toBe('HDMI to VGA cable');
    expect(readNeed('something', 'that lets my 8-pin cable plug into the 8-pin socket')).toBeUndefined();
  });
});

describe('readNeed: music and calls through a car radio', () => {
  it('reads playing phone music and taking calls through an old car radio as a receiver made for cars', () => {
    const need = readNeed('device', 'that lets me play music from my phone and take hands-free calls through the AUX input of my old car radio')!;
    expect(need.subject).toBe('car receiver');
    const shows = (title: string) => need.wishes.every((w) => w.met(title));
    expect(shows('Acme Bluetooth Hands-Free Receiver for Cars, 3.5mm Jack for AUX-In, 12V Charger')).toBe(true);
    expect(shows('Acme (HA100) Bluetooth & NFC Music Receiver, Provides Wireless Connectivity to your Stereo')).toBe(false);
  });
});

describe('readNeed: a protective kind is made for the device it protects', () => {
  it('reads "a rugged case that protects my Apple Watch Series 5 (44mm) from bumps" as a case made for that watch, searched by its line', () => {
    const need = readNeed('rugged case', 'that protects my Apple Watch Series 5 (44mm) from bumps when I go climbing')!;
    expect(need).toMatchObject({ subject: 'rugged case', requirements: '(44mm)', queries: ['Apple Watch case', 'Apple Watch'] });
    const made = (name: string) => verifyChecklist(need.items, product({ name, description: 'Shock-absorbent layer.' }))[0]!.status;
    expect(made('Acme Rugged Armor for Apple Watch 44mm Series 4-6')).toBe('pass');
    expect(made('Acme Rugged Armor for Galaxy Watch 44mm')).toBe('unknown');
  });

  it('leaves a kind that protects nothing, and a device named in lower case, to the other rules', () => {
    expect(readNeed('graphics card', 'that protects my Apple Watch Series 5')).toBeUndefined();
    expect(readNeed('case', 'that protects my old phone from drops')).toBeUndefined();
  });
});

describe('ends, parts and qualities said in everyday words', () => {
  it('reads "a USB-A plug on one end and a Micro USB plug on the other" as the cable\'s two ends', () => {
    const ends = connectionEnds('with a USB-A plug on one end and a Micro USB plug on the other')!;
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Maker USB-A to Micro USB Cable, 1.5 Metre')).toBe(true);
    expect(shows('Maker USB-C to USB-C Charging Cable, 1.5 Metre')).toBe(false);
  });

  it('reads "connects my TV to the antenna socket in the wall" as a coax end; the TV end stays open', () => {
    const ends = connectionEnds('that connects my TV to the antenna socket in the wall')!;
    expect(ends.wishes.every((w) => w.met('Maker Antenna Cable, Coax Male to Coax Female, 1.5 Metre'))).toBe(true);
    expect(ends.wishes.every((w) => w.met('Maker DisplayPort Male to HDMI Female Converter Cable'))).toBe(false);
  });

  it('keeps what follows a single socket: "plug into my phone\'s headphone jack to hear and answer calls"', () => {
    const ends = connectionEnds('I can plug into my phone\'s headphone jack to hear and answer calls')!;
    expect(ends.rest).toBe('to hear and answer calls');
  });

  it('reads a part "I can take off" as a detachable one, by any of its names', () => {
    const { items } = saidQualities('number pad I can take off to make room for my mouse');
    expect(verifyChecklist(items, product({ name: 'Maker Mechanical Keyboard, Detachable Numpad & Wrist Rest' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Maker Mechanical Keyboard, Full Size', description: '<p>With number pad.</p>' }))[0]!.status).toBe('fail');
  });

  it('reads "keeps them locked" as encryption', () => {
    const { items } = saidQualities('that keeps them locked with hardware encryption in case I lose it');
    expect(verifyChecklist(items, product({ name: 'Maker 1TB Portable Drive, USB 3.2, Hardware Encryption' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Maker 1TB Portable Drive, USB 3.2', description: '<p>Slim.</p>' }))[0]!.status).toBe('fail');
  });

  it('turns "something to hear and answer calls" into a headset, searched by the other names shops give it', () => {
    const need = readNeed('something', 'I can plug into my phone\'s headphone jack to hear and answer calls')!;
    expect(need.subject).toBe('headset');
    expect(need.queries).toContain('earset');
  });
});

describe('readNeed: more everyday needs', () => {
  it.each([
    ['so my colleagues can see me on video calls', 'webcam'],
    ['to record my console gameplay', 'capture card'],
    ['that holds my monitor at eye level', 'monitor mount'],
    ['to carry my laptop to work', 'laptop bag'],
    ['so my camera can take more photos', 'memory card'],
    ['to put between my CPU and its cooler', 'thermal paste'],
    ['to play games from the couch with friends', 'controller'],
  ])('"something %s" is searched as a %s', (need, kind) => {
    expect(readNeed('something', need)?.subject).toBe(kind);
  });

  it('leaves a named kind alone ("a keyboard to carry my laptop to work" is a keyboard)', () => {
    expect(readNeed('keyboard', 'to carry my laptop to work')).toBeUndefined();
  });
});

describe('readNeed: a plug the shopper already has, to go into a socket it does not fit', () => {
  it('reads "plug a normal HDMI cable into the mini HDMI socket" as an HDMI to Mini HDMI adapter, not a micro one', () => {
    const need = readNeed('something', 'that lets me plug a normal HDMI cable into the mini HDMI socket of my camcorder')!;
    expect(need.subject).toBe('HDMI to Mini HDMI adapter');
    const ends = connectionEnds('that lets me plug a normal HDMI cable into the mini HDMI socket of my camcorder')!;
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Acme HDMI Male to HDMI Type-C (Mini) Male Cable, Gold-Plated, 10cm')).toBe(true);
    expect(shows('Acme HDMI Type-D (Micro) Male to HDMI Female Cable, Gold-Plated, 10cm')).toBe(false);
  });

  it('reads the socket a device is said to have after it ("my camcorder, which only has a micro HDMI socket") as the end it goes into, and searches the adapter as a cable too', () => {
    const request = 'that lets me plug a normal HDMI cable into my camcorder, which only has a tiny micro HDMI socket';
    const need = readNeed('something', request)!;
    expect(need.subject).toBe('HDMI to Micro HDMI adapter');
    expect(need.queries).toEqual(['HDMI to Micro HDMI cable']);
    const ends = connectionEnds(request)!;
    expect(ends.rest).toBe('');
    const shows = (title: string) => ends.wishes.every((w) => w.met(title));
    expect(shows('Acme HDMI Type-D (Micro) Male to HDMI Female Cable, Gold-Plated, 10cm')).toBe(true);
    expect(shows('Acme HDMI Male to HDMI Type-C (Mini) Male Cable, Gold-Plated, 10cm')).toBe(false);
  });

  it('searches a cable between two sockets only as a cable', () => {
    expect(readNeed('something', 'that connects the HDMI port of my laptop to the VGA input of my projector')?.queries).toEqual([]);
  });
});

describe('readNeed: a drive joined to a desktop\'s board and power supply', () => {
  const verdicts = (need: ReturnType<typeof readNeed>, name: string, description: string) =>
    verifyChecklist(need!.items, product({ name, description })).map((v) => v.status);

  it('takes a SATA cable, and a laptop\'s slim DVD drive a slimline one', () => {
    const need = readNeed('something', 'that connects the slim DVD drive from my old laptop to the motherboard and power supply of my desktop PC')!;
    expect(need.subject).toBe('sata cable');
    expect(need.wishes.every((w) => w.met('Acme SATA Cable For Slimline Opticals, SATA+Molex to Mini SATA Power & Data, 40cm'))).toBe(true);
    expect(need.wishes.every((w) => w.met('Acme Molex to 2x Fan Power Cable, 30cm'))).toBe(false);
    expect(verdicts(need, 'Acme SATA Cable For Slimline Opticals, 40cm', 'Connects slimline SATA DVD drives.')).toEqual(['pass']);
    expect(verdicts(need, 'Acme SATA 3 Data Cable, Right Angled, 50cm', 'A 6Gb/s data cable for drives.')).toEqual(['fail']);
  });

  it('asks nothing slim of a laptop\'s hard drive, which takes ordinary SATA', () => {
    const need = readNeed('something', 'that connects the hard drive from my old laptop to the motherboard of my desktop PC')!;
    expect(need.subject).toBe('sata cable');
    expect(need.items).toEqual([]);
  });
});

describe('readNeed: memory for a laptop is a SO-DIMM module', () => {
  it('reads "a memory upgrade for my laptop" as SO-DIMM, which a desktop DIMM is not', () => {
    const need = readNeed('memory upgrade', 'for my laptop, which uses DDR4')!;
    expect(need.queries).toEqual(['SODIMM']);
    const verdict = (name: string) => verifyChecklist(need.items, product({ name, description: 'A memory module.' }))[0]!.status;
    expect(verdict('Acme 4GB, DDR4, 2666MHz (PC4-21300), CL19, SODIMM Memory')).toBe('pass');
    expect(verdict('Acme 8GB, DDR4, 3200MHz, CL16, SO-DIMM')).toBe('pass');
    expect(verdict('Acme Fury 16GB, DDR4, 2666MHz (PC4-21400), CL16, XMP, DIMM Memory')).toBe('fail');
  });

  it('reads the laptop from the sentence before the request ("My laptop has a free memory slot. ... an 8GB DDR4 stick")', () => {
    const text = 'My laptop has a free memory slot. Find the cheapest offer for an 8GB DDR4 stick I can put in it.';
    expect(readNeed('8GB DDR4 stick', 'I can put in it', text)?.items.map((i) => i.label)).toEqual(['SO-DIMM, the module laptops and mini PCs take']);
    expect(readNeed('8GB DDR4 stick', 'I can put in it')).toBeUndefined();
  });

  it('asks nothing of memory for a desktop, nor of a laptop part of another kind', () => {
    expect(readNeed('memory', 'for my gaming PC')).toBeUndefined();
    expect(readNeed('charger', 'for my laptop')).toBeUndefined();
  });
});

describe('connectionEnds: ends named by a device or from one side only', () => {
  const shows = (ends: ReturnType<typeof connectionEnds>, title: string) => ends!.wishes.every((w) => w.met(title));

  it('reads "charge my iPhone from the USB-A port of my old charger" as USB-A to Lightning, no USB-C to Lightning', () => {
    const ends = connectionEnds('to charge my iPhone from the USB-A port of my old charger');
    expect(ends?.wishes.map((w) => w.label)).toEqual(['One end is a USB-A plug', 'One end is a Lightning plug']);
    expect(ends?.rest).toBe('');
    expect(shows(ends, 'Hama Charging/Data USB-A to Lightning Cable, 1.5 Metre, White')).toBe(true);
    expect(shows(ends, 'Hama Charging/Data USB-C to Lightning Cable, 0.2 Metre')).toBe(false);
    expect(shows(ends, 'Hama Lightning to 3.5mm Jack Adapter')).toBe(false);
  });

  it('reads "connects the Mini USB port of my old camera to my computer" as a Mini USB end; the computer\'s stays open', () => {
    const ends = connectionEnds('that connects the Mini USB port of my old camera to my computer');
    expect(ends?.wishes.map((w) => w.label)).toEqual(['One end is a Mini USB plug']);
    expect(ends?.rest).toBe('');
    expect(shows(ends, 'Hama Mini USB Cable, USB-A Male to USB Mini-B5 Male, 1.5 Metre')).toBe(true);
    expect(shows(ends, 'Hama USB-A to Micro USB Cable, 1.5 Metre')).toBe(false);
    expect(shows(ends, 'Jedel DisplayPort Male to HDMI Female Converter Cable')).toBe(false);
    expect(connectionEnds('that connects my camera to my computer')).toBeUndefined();
  });
});

describe('namedEndsWish: a cable asked by its kind goes between the sockets the request names', () => {
  const text = 'My iPhone still has a Lightning socket, and the only free socket for my USB-C charger is three metres from the sofa. Find all offers for a cable long enough to charge the phone from there.';

  it('asks the title to show both ends', () => {
    const wish = namedEndsWish(['cable'], text)!;
    expect(wish.met('Hama Charging/Data USB-C to Lightning Cable, 480Mbps, 3 Metre, Black')).toBe(true);
    expect(wish.met('Hama USB-C to USB-C Quick Charging Cable, USB 2.0, 3 Metre, Black')).toBe(false);
  });

  it('asks nothing of a cable whose subject names its ends, nor where the request names one connector', () => {
    expect(namedEndsWish(['USB-C to Lightning cable'], text)).toBeUndefined();
    expect(namedEndsWish(['cable'], 'Find all offers for a cable for my USB-C charger.')).toBeUndefined();
  });
});

describe('readNeed: reading cards, burning discs, joining two named ports', () => {
  it('reads "something that lets me read them over USB" of a camera\'s memory cards as a card reader', () => {
    expect(readNeed('something', 'that lets me read them over USB: My laptop has no slot for my camera\'s memory cards')?.subject).toBe('card reader');
  });

  it('narrows "a drive that does it" of burning DVDs to a DVD writer, and leaves other drives alone', () => {
    expect(readNeed('drive', 'that does it: I still need to burn DVDs now and then')?.subject).toBe('dvd writer');
    expect(readNeed('drive', 'with 2TB for my photos')).toBeUndefined();
  });

  it('reads "something that lets me connect the two" between the ports the lead-in names as an adapter from one to the other', () => {
    const need = readNeed('something', 'that lets me connect the two: My old graphics card only has a DVI output and my new monitor only has HDMI inputs');
    expect(need?.subject).toBe('DVI to HDMI adapter');
    expect(need?.queries).toEqual(['DVI to HDMI cable']);
  });
});

describe('readNeed: power off a network cable, a charger a quoted cable plugs into', () => {
  it('reads "something that takes the power off the network cable" as a PoE splitter', () => {
    const need = readNeed('something', 'that takes the power off the network cable and feeds it to the camera\'s DC input');
    expect(need?.subject).toBe('poe splitter');
  });

  it('asks no Lightning end of a wall charger that the quoted Lightning cable plugs into to charge an iPhone', () => {
    expect(connectionEnds('that I can plug this cable into to charge my iPhone')).toBeUndefined();
    expect(readNeed('wall charger', 'that I can plug this cable into to charge my iPhone')?.wishes ?? []).toEqual([]);
  });
});

describe('readNeed: the part that powers the whole PC', () => {
  it('reads it as a power supply', () => {
    expect(readNeed('part', 'that powers the whole PC to be white as well')?.subject).toBe('power supply');
  });
});

describe('readNeed: a TPM module for a board without TPM', () => {
  it('reads an empty TPM header as the need for a TPM module', () => {
    expect(readNeed('something', 'to add it: Windows 11 refuses to install because my motherboard has no TPM 2.0, only an empty TPM header')?.subject).toBe('tpm module');
  });
});

describe('readNeed: a case, a board and a power supply in one box', () => {
  it('is a barebone PC, though the three are named before "all three"', () => {
    const text = 'I want to turn my spare processor into a tiny PC without hunting for a separate case, motherboard and power supply. Find all offers for something that gives me all three in one box.';
    expect(readNeed('something', 'that gives me all three in one box', text)?.subject).toBe('barebone pc');
    expect(readNeed('something', 'that gives me all three in one box', 'Find all offers for something that gives me all three in one box.')).toBeUndefined();
  });
});

describe('readNeed: blind29 needs', () => {
  it('reads an old car with only AUX, streaming and calls as a car receiver, for "something that adds this"', () => {
    const text = 'My car is old enough to have only an AUX input and no Bluetooth, yet I want to stream music from my phone and take calls without holding it. Find all offers for something that adds this.';
    expect(readNeed('something', 'that adds this', text)?.subject).toBe('car receiver');
    expect(readNeed('something', 'that adds this', 'Find all offers for something that adds this.')).toBeUndefined();
  });

  it('reads a small PC with no audio jacks at the back as an audio cable made for it', () => {
    const need = readNeed('something', 'to add them: My Asrock DeskMini has no audio jacks at the back, and I want to run speakers from there');
    expect(need?.subject).toBe('audio cable');
    expect(need?.items).toEqual([expect.objectContaining({ kind: 'compatible-with', target: 'Asrock DeskMini' })]);
  });

  it('reads a plain cable or extension lead for a lead that ends short as an extension of that part\'s cable', () => {
    const fan = 'I am mounting this fan at the very top of my case, and its lead ends a hand\'s width short of the fan header on the board. Find all offers for a cable that bridges the gap.';
    expect(readNeed('cable', 'that bridges the gap', fan)?.subject).toBe('fan extension cable');
    const wires = 'The wires of this ARGB fan are too short to reach my motherboard\'s PWM header. Find all offers for an extension lead for its fan plug.';
    expect(readNeed('extension lead', 'for its fan plug', wires)?.subject).toBe('fan extension cable');
    expect(readNeed('HDMI cable', '', 'My HDMI cable is too short. Find all offers for a longer HDMI cable.')?.subject).not.toBe('extension cable');
  });
});

describe('readNeed: blind30 needs', () => {
  it('reads a case\'s front USB-C socket that never worked as a USB-C cable made for that case', () => {
    const need = readNeed('something', 'that makes it work: My Maker Meshify Lite case has a USB-C socket on the front that has never worked, because nothing connects it to the motherboard');
    expect(need?.subject).toBe('usb-c cable');
    expect(need?.items).toEqual([expect.objectContaining({ kind: 'compatible-with', target: 'Maker Meshify Lite' })]);
  });

  it('does not read a charging lead that does not reach as an extension cable', () => {
    const text = 'Her phone charges from a USB-A plug and her current lead does not reach the bedside table. Find the cheapest offer for a cable long enough.';
    expect(readNeed('cable', 'that is long enough: her current lead does not reach the bedside table', text)?.subject).not.toBe('extension cable');
  });
});

describe('namedEndsWish: the same plug at both ends (session 23)', () => {
  it('reads "a cable with USB-C at both ends" as a USB-C to USB-C title, not a USB-C to Lightning one', () => {
    const wish = namedEndsWish(['cable'], 'Find all offers for a cable with USB-C at both ends.')!;
    expect(wish.met('Acme USB-C to USB-C Quick Charging Cable, USB 2.0, 2 Metre, White')).toBe(true);
    expect(wish.met('Acme USB-C to Lightning Cable, 2 Metres, White')).toBe(false);
  });
});

describe('readNeed: a device named only to be turned down hosts nothing (round 50)', () => {
  it('asks no SO-DIMM of "a normal desktop DIMM, not a laptop SODIMM", but does of memory for a laptop', () => {
    expect(readNeed('single 16GB DDR4 stick', 'a normal desktop DIMM, not a laptop SODIMM')?.items.map((i) => i.id) ?? []).not.toContain('present:sodimm');
    expect(readNeed('16GB DDR4 memory', 'for my laptop')?.items.map((i) => i.id)).toContain('present:sodimm');
  });
});

describe('readNeed: what cools a processor inside a custom loop (session 27)', () => {
  it('reads "something to cool my CPU inside my custom water-cooling loop" as a water block, no processor or all-in-one', () => {
    const need = readNeed('something to cool my CPU inside my custom water-cooling loop', 'that matches my all-white build')!;
    expect(need.subject).toBe('water block');
    const shows = (title: string) => need.wishes.every((w) => w.met(title));
    expect(shows('Acme Ryujin WB White Edition CPU Water Block, Full-Colour 3.5" LCD Screen')).toBe(true);
    expect(shows('Acme Ryzen 3 3200G CPU with Stealth Cooler, AM4')).toBe(false);
  });
});

describe('connectionEnds keeps what is said before the plug (session 28)', () => {
  it('keeps "built to survive a fall, at least 1TB" before "it has to plug straight into ... USB port"', () => {
    const ends = connectionEnds('be built to survive a fall, At least 1TB, and it has to plug straight into his laptop\'s USB port')!;
    expect(ends.rest).toMatch(/survive a fall, At least 1TB/);
    expect(ends.rest).not.toMatch(/\bhas to\b/);
  });
});

describe('readNeed: power sent down network cables (session 33)', () => {
  it('reads a box that sends power down the cameras\' network cables as a PoE switch', () => {
    const need = readNeed('something', 'that sends power down the same network cables the cameras use, for all four at once');
    expect(need?.subject).toBe('poe switch');
  });
});

describe('readNeed and connectionEnds: session 34', () => {
  it('reads "which plug into it: I\'ve got this adapter for my iPhone" as no end of its own (the quoted product\'s end decides)', () => {
    expect(connectionEnds('like that which plug into it: I\'ve got this adapter for my iPhone')).toBeUndefined();
    expect(connectionEnds('a cable that plugs into the HDMI port of my TV')?.wishes.map((w) => w.label)).toEqual(['One end is a HDMI plug']);
  });

  it('reads "laptop SO-DIMMs don\'t" as a device turned down, which hosts nothing', () => {
    expect(readNeed('DDR4 module', 'registered ECC server modules count as well; laptop SO-DIMMs don\'t')).toBeUndefined();
    expect(readNeed('DDR4 module', 'for my laptop')?.items.map((i) => i.id)).toEqual(['present:sodimm']);
  });
});
