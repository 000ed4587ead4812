import { describe, expect, it } from 'vitest';
import { musicItems } from './build-music';

describe('music items from intents', () => {
  it('keeps a decade, genre or feel hard whatever role the extractor gave it; only "like <artist>" is soft', () => {
    expect(musicItems({ domain: 'music', category: 'decade', role: 'referential', text: '70s', years: { from: 1970, to: 1979 }, source: 'rules' })[0]).toMatchObject({ kind: 'decade', hard: true });
    expect(musicItems({ domain: 'music', category: 'named_entity', role: 'referential', text: 'Depeche Mode', entityKind: 'artist', source: 'rules' })[0]).toMatchObject({ kind: 'similar-to-artist', hard: false });
  });

  it('rejects a rejected "instrument" as an artist too, since it may name one', () => {
    expect(musicItems({ domain: 'music', category: 'instrument', role: 'rejected', text: 'eminem', source: 'rules' }).map((i) => i.id)).toEqual(['instrument:!eminem', 'artist!=eminem']);
  });
});
