import { describe, expect, it } from 'vitest';
import { parseModelJson } from './json-text';

describe('parseModelJson', () => {
  it('reads clean JSON as is', () => {
    expect(parseModelJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] }, repaired: false });
  });

  it('recovers JSON from code fences, prose and trailing commas', () => {
    const raw = 'Sure! Here it is:\n```json\n{"intents": [{"text": "jazz, soul",},],}\n```\nHope that helps {';
    expect(parseModelJson(raw)).toEqual({ ok: true, value: { intents: [{ text: 'jazz, soul' }] }, repaired: true });
  });

  it('keeps braces and commas inside strings', () => {
    expect(parseModelJson('x {"t": "a }, ]", "u": "\\"q\\""} y')).toMatchObject({ ok: true, value: { t: 'a }, ]', u: '"q"' } });
  });

  it('fails with a reason on text that holds no object', () => {
    expect(parseModelJson('ykbeybry the cat')).toEqual({ ok: false, error: 'no JSON object in the model output' });
    expect(parseModelJson('{"a": nope}')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });
});
