import { describe, expect, it } from 'vitest';
import { loadShopProducts } from '../../eval/sites/data/webmall';
import { DATA_DIR, HAS_DATA } from '../../eval/sites/test-support';
import { connectorEnds, connectorSaid, connectorsIn, connectorsMeant, isConnectorWord, namesConnector, namesSocket, showsEnds, socketEndAsked, videoConnectorsIn } from './connectors';

describe('connectors: plugs and ports, not makers', () => {
  it('reads connector names however shops write them, most specific first', () => {
    expect(connectorsIn('Hama 3.5mm Jack Plug to 2x RCA Plugs')).toEqual(['3.5mm', 'RCA']);
    expect(connectorsIn('Spire Mini DisplayPort to HDMI Converter')).toEqual(['Mini DisplayPort', 'HDMI']);
    expect(connectorsIn('Type-C to Lightning Cable')).toEqual(['USB-C', 'Lightning']);
    expect(isConnectorWord('USB-C')).toBe(true);
    expect(isConnectorWord('Lightning')).toBe(true);
    expect(isConnectorWord('Sandberg')).toBe(false);
  });

  it('reads the two ends of an "X to Y" product, none for a same-plug cable', () => {
    expect(connectorEnds('USB-C to Lightning cables')).toEqual(['USB-C', 'Lightning']);
    expect(connectorEnds('DisplayPort Male to HDMI Female Converter Cable')).toEqual(['DisplayPort', 'HDMI']);
    expect(connectorEnds('Spire DisplayPort Cable, Male to Male, 2 Metres')).toBeUndefined();
    expect(connectorEnds('gaming console')).toBeUndefined();
  });

  it('needs both ends in a title, a plain USB end met by any USB plug', () => {
    expect(showsEnds('Sandberg USB-C to Lightning Cable, 1m', ['USB-C', 'Lightning'])).toBe(true);
    expect(showsEnds('Lightning to USB-C Cable 0.2m', ['USB-C', 'Lightning'])).toBe(true);
    expect(showsEnds('Fractal USB-C Cable for Fractal Cases, 1000 mm', ['USB-C', 'Lightning'])).toBe(false);
    expect(showsEnds('USB-A to Lightning Cable', ['USB', 'Lightning'])).toBe(true);
  });
});

describe('connectors: the one table, read by every other vocabulary', () => {
  it('ranks a device\'s video outputs, best bridged-from first, a Mini or Micro HDMI port apart from HDMI', () => {
    expect(videoConnectorsIn('Maker T100 Graphics Card, 4GB, HDMI, 4 miniDP 1.4')).toEqual(['Mini DisplayPort', 'HDMI']);
    expect(videoConnectorsIn('DisplayPort to HDMI adapter')).toEqual(['HDMI', 'DisplayPort']);
    expect(videoConnectorsIn('Maker Z5 Camera, 4K, Micro HDMI, USB-C, Lightning')).toEqual(['Micro HDMI', 'USB-C']);
    expect(videoConnectorsIn('Maker T200 Graphics Card, 2x Mini-DP, DVI')).toEqual(['Mini DisplayPort', 'DVI']);
  });

  it('reads "USB Type-C" as one USB-C plug, phono as RCA, a mini jack as 3.5mm, and "No Optical" as no plug', () => {
    expect(connectorsIn('Maker External DVD Writer, USB Type-C, Black')).toEqual(['USB-C']);
    expect(connectorsIn('Phono to Mini Jack Lead, 2m')).toEqual(['RCA', '3.5mm']);
    expect(connectorsIn('Maker 3.5mm Jack Plug to 2x RCA Plugs')).toEqual(['3.5mm', 'RCA']);
    expect(connectorsIn('Maker Laptop, 512GB SSD, No Optical, USB-C')).toEqual(['USB-C']);
    expect(connectorsIn('Maker Optical Audio Cable, 2m')).toEqual(['Toslink']);
  });

  it('names the connector a phrase describes a socket by, the earlier one when it names two', () => {
    const said = (phrase: string) => connectorSaid(phrase)?.name;
    expect(said('the headphone jack of my phone')).toBe('3.5mm');
    expect(said('the red and white aux inputs')).toBe('RCA');
    expect(said('the thunderbolt port of my laptop')).toBe('USB-C');
    expect(said('the mini displayport output')).toBe('Mini DisplayPort');
    expect(said('the USB port')).toBe('USB');
    expect(said('my lamp')).toBeUndefined();
  });

  it('reads a Mini USB plug however shops write it, apart from USB-A and from a "Mini USB-C" one', () => {
    expect(connectorsIn('Hama Mini USB Cable, USB-A Male to USB Mini-B5 Male, USB 2.0')).toEqual(['Mini USB', 'USB-A', 'USB']);
    expect(connectorsIn('Maker USB-A to Mini-USB Cable, 1m')).toEqual(['USB-A', 'Mini USB']);
    expect(connectorsIn('Maker Mini USB-C Hub, 4 Ports')).toEqual(['USB-C']);
    expect(namesConnector('Maker USB-A to Micro USB Cable', 'Mini USB')).toBe(false);
    expect(namesConnector('Maker USB-A to Mini-USB Cable', 'USB')).toBe(true);
  });

  it('names the port of a device named instead of its socket: an older iPhone\'s Lightning, a 15\'s USB-C', () => {
    const said = (phrase: string) => connectorSaid(phrase)?.name;
    expect(said('my iPhone')).toBe('Lightning');
    expect(said('my old iPhone 11')).toBe('Lightning');
    expect(said('my iPhone 15 Pro')).toBe('USB-C');
    // A socket the phrase names itself comes first.
    expect(said('the headphone jack of my iPhone')).toBe('3.5mm');
    expect(said('the USB-A port of my charger')).toBe('USB-A');
  });

  it('reads HDMI\'s own Type C and Type D plugs as Mini and Micro HDMI, no USB-C', () => {
    expect(connectorsIn('Maker HDMI Male to HDMI Type-C (Mini) Male Cable, 10cm')).toEqual(['HDMI', 'Mini HDMI']);
    expect(connectorsIn('Maker HDMI Type D Cable')).toEqual(['Micro HDMI']);
    expect(connectorsIn('Maker USB Type-C to HDMI Adapter')).toEqual(['USB-C', 'HDMI']);
  });

  it('meets a plain USB end by any USB plug, but an HDMI end by no Micro HDMI one', () => {
    expect(namesConnector('Maker USB-C to HDMI Adapter', 'USB')).toBe(true);
    expect(namesConnector('Maker Micro HDMI Cable, 1m', 'HDMI')).toBe(false);
    expect(namesConnector('Maker Micro HDMI to HDMI Cable, 1m', 'HDMI')).toBe(true);
  });
});

describe.skipIf(!HAS_DATA)('connectors: the disagreements resolved leave the WebMall shops\' titles read as before', () => {
  it('has no title that names a plug only one of the older copies knew', () => {
    // Older copies read these otherwise: Micro and Mini HDMI as HDMI, "Mini-DP" as DisplayPort, "phono",
    // "mini jack" and an optical audio plug as no plug. No shop title names one, so no answer moves.
    const titles = ([1, 2, 3, 4] as const).flatMap((shop) => loadShopProducts(DATA_DIR, shop).map((p) => p.name));
    const readOtherwise = /\b(?:mini|micro)[\s-]?hdmi\b|\bmini-(?:dp|displayport)\b|\bphono\b|\bmini[\s-]?jack\b|\boptical\s(?:audio|digital|cable|lead)|\btoslink\b/i;
    expect(titles.length).toBeGreaterThan(1000);
    expect(titles.filter((t) => readOtherwise.test(t))).toEqual([]);
  });
});

describe('connectorsIn: plugs named by their pins', () => {
  it('reads "4+4-pin" as one 8-pin plug and a 24-pin plug as no 4-pin one', () => {
    expect(connectorsIn('Acme 4-pin to 8-pin (4+4) ATX PSU Adapter Cable')).toEqual(['4-pin', '8-pin']);
    expect(connectorsIn('Acme 24 Pin ATX Extension, 6+2-pin PCIe')).toEqual(['24-pin', '8-pin']);
    expect(connectorEnds('4-pin to 8-pin adapter')).toEqual(['4-pin', '8-pin']);
  });
});

describe('an end asked to be a socket', () => {
  it('reads "an HDMI socket on the other end" and tells a female end from a male one in titles', () => {
    expect(socketEndAsked('I already have a long HDMI cable, so it needs an HDMI socket on the other end.')).toBe('HDMI');
    expect(socketEndAsked('a cable with an HDMI plug on both ends')).toBeUndefined();
    expect(namesSocket('Sandberg Mini DisplayPort Male to HDMI Female Converter Cable', 'HDMI')).toBe(true);
    expect(namesSocket('Sandberg DisplayPort Male to Female HDMI Converter Cable', 'HDMI')).toBe(true);
    expect(namesSocket('Spire Mini DisplayPort Male to HDMI Male Converter, 1 Metre', 'HDMI')).toBe(false);
  });
});

describe('connectorsMeant: connectors named or described', () => {
  it('reads an aerial socket as a coax connector, in the order said', () => {
    expect(connectorsMeant('My TV stands five metres away from the aerial socket in the wall.')).toEqual(['Coax']);
    expect(connectorsMeant('from the headphone jack to my USB-C phone')).toEqual(['3.5mm', 'USB-C']);
    expect(connectorsMeant('a long cable')).toEqual([]);
  });
});
