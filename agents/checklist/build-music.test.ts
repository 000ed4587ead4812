import { describe, expect, it } from 'vitest';
import { musicItems } from './build-music';
import { extractIntents } from '../intents';
import { buildChecklist } from './build';

describe('music items from intents', () => {
  it('keeps a decade, genre or feel hard whatever role the extractor gave it; only "like <artist>" is soft', () => {
    expect(musicItems({ domain: 'music', category: 'decade', role: 'referential', text: '70s', years: { from: 1970, to: 1979 }, source: 'rules' })[0]).toMatchObject({ kind: 'decade', hard: true });
    expect(musicItems({ domain: 'music', category: 'named_entity', role: 'referential', text: 'Depeche Mode', entityKind: 'artist', source: 'rules' })[0]).toMatchObject({ kind: 'similar-to-artist', hard: false });
  });

  it('rejects a rejected "instrument" as an artist too, since it may name one', () => {
    expect(musicItems({ domain: 'music', category: 'instrument', role: 'rejected', text: 'eminem', source: 'rules' }).map((i) => i.id)).toEqual(['instrument:!eminem', 'artist!=eminem']);
  });
});

describe('years as a card shows them', () => {
  const years = (text: string) => buildChecklist(extractIntents(text)).filter((i) => i.kind === 'decade').map((i) => i.label);
  it('names a decade, a year, part of a decade and an open range as said, not as "2016s"', () => {
    expect(years('synth pop from the 80s')).toEqual(['1980s']);
    expect(years('best of 2020')).toEqual(['2020']);
    expect(years('best post punk garage rock songs of the late 90s early 2000s')).toEqual(['1996–2003']);
    expect(years('newer 2005+ ballads')).toEqual(['2005 or later']);
    expect(years('rock from the 80s and 90s')).toEqual(['1980s–1990s']);
  });
});

describe('places as a card shows them', () => {
  const place = (text: string, role: 'wanted' | 'rejected' = 'wanted') => musicItems({ domain: 'music', category: 'country', role, text, source: 'rules' }).map((i) => i.label);
  it('says a country "From Brazil" and a people, language or direction as the music\'s kind, never "from english"', () => {
    expect(place('brazil')).toEqual(['From Brazil']);
    expect(place('uk')).toEqual(['From the UK']);
    expect(place('japan', 'rejected')).toEqual(['Not from Japan']);
    expect(place('english', 'rejected')).toEqual(['Not English music']);
    expect(place('western')).toEqual(['Western music']);
  });
});
