import { describe, expect, it } from 'vitest';
import { extractIntents } from '../extract';
import { shippedTagger } from './index';

describe('model-free extraction with the shipped tagger', () => {
  it('leaves shopping requests to the rules alone', () => {
    for (const text of ['wireless headphones under $50, black, no refurbished', 'size 10 running shoes like my brooks ghost']) {
      expect(extractIntents(text, { domain: 'shopping' })).toEqual(extractIntents(text, { domain: 'shopping', tagger: null }));
      expect(extractIntents(text).intents.filter((i) => i.domain === 'shopping'))
        .toEqual(extractIntents(text, { tagger: null }).intents.filter((i) => i.domain === 'shopping'));
    }
  });

  it('tags music requests with category and role, keeping normalised decade years', () => {
    const { intents } = extractIntents('upbeat 80s synth pop like depeche mode', { domain: 'music' });
    expect(intents).toContainEqual(expect.objectContaining({ category: 'decade', role: 'wanted', text: '80s', years: { from: 1980, to: 1989 } }));
    expect(intents).toContainEqual(expect.objectContaining({ category: 'named_entity', role: 'referential', text: 'depeche mode' }));
  });

  it('ships weights that say what they were trained on', () => {
    expect(shippedTagger().trainedOn).toMatchObject({ file: 'queries.jsonl', requests: expect.any(Number) });
    expect(shippedTagger().trainedOn!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
