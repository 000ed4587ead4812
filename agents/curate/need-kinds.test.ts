import { describe, expect, it } from 'vitest';
import { readNeed } from './need-kinds';

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
