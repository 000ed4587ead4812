import { describe, expect, it } from 'vitest';
import { connectionEnds, readNeed } from './need-kinds';

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
