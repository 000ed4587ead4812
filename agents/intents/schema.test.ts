import { describe, expect, it } from 'vitest';
import { extractIntents, intentJsonSchema, mergeIntents, validateIntents, MUSIC_CATEGORIES } from './index';
import type { Intent } from './types';

describe('intent JSON schema and validation', () => {
  it('lists the same categories as the types', () => {
    const music = intentJsonSchema.properties.intents.items.oneOf[0].properties.category.enum;
    expect(music).toEqual(MUSIC_CATEGORIES);
  });

  it('accepts model output that fits the schema and marks it as model-made', () => {
    const r = validateIntents({ kind: 'music', intents: [{ domain: 'music', category: 'genre', role: 'wanted', text: 'jazz' }] });
    expect(r).toEqual({ ok: true, intents: [{ domain: 'music', category: 'genre', role: 'wanted', text: 'jazz', source: 'model' }] });
  });

  it('reports each problem with where it is', () => {
    const r = validateIntents({ intents: [{ domain: 'music', category: 'price', role: 'liked', text: '' }, 'x'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('intents[0].category'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('intents[0].role'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('intents[0].text'))).toBe(true);
      expect(r.errors).toContain('intents[1]: expected an object');
    }
    expect(validateIntents('not json').ok).toBe(false);
  });
});

describe('merging model output onto the model-free answer', () => {
  it('lets the model override roles, add intents, and keeps what it missed', () => {
    const rules = extractIntents('chill piano music but no vocals', { domain: 'music' });
    const model: Intent[] = [
      { domain: 'music', category: 'mood', role: 'wanted', text: 'chill', source: 'model' },
      { domain: 'music', category: 'genre', role: 'wanted', text: 'piano music', source: 'model' },
    ];
    const merged = mergeIntents(rules, model, 'webllm:test');
    const t = merged.intents.map((i) => `${i.category}:${i.role}:${i.text}:${i.source}`);
    expect(t).toEqual(expect.arrayContaining(['mood:wanted:chill:model', 'genre:wanted:piano music:model', 'instrument:rejected:vocals:rules', 'instrument:wanted:piano:rules']));
    expect(t.filter((x) => x.startsWith('mood:wanted:chill'))).toHaveLength(1);
    expect(merged.engine).toBe('webllm:test+rules');
    expect(merged.kind).toBe('music');
  });

  it('returns the rules answer unchanged when the model found nothing', () => {
    const rules = extractIntents('80s synth pop', { domain: 'music' });
    expect(mergeIntents(rules, [], 'webllm:test')).toEqual(rules);
  });
});
