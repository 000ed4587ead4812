import { describe, expect, it } from 'vitest';
import { connectorEnds, connectorsIn, isConnectorWord, showsEnds } from './connectors';

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
