import { describe, expect, it } from 'vitest';
import { validateJudgements, validatePageWords, validateRewrites } from './validate';

const asked = new Map([['w1', 'free:quiet'], ['w2', 'free:elegant']]);

describe('checking the model\'s JSON before it is used', () => {
  it('keeps well-formed judgements, repairs fenced JSON, and drops passes without a reason or for ids never asked', () => {
    const raw = '```json\n{"judgements": [{"id": "w1", "verdict": "PASS", "reason": " 18 dB fan "}, {"id": "w2", "verdict": "pass", "reason": ""}, {"id": "w3", "verdict": "pass", "reason": "x"},]}\n```';
    const checked = validateJudgements(raw, asked);
    expect(checked).toEqual({ ok: true, dropped: 2, value: [{ itemId: 'free:quiet', status: 'pass', reason: '18 dB fan' }] });
  });

  it('reports prose and wrong shapes as problems the user can read', () => {
    expect(validateJudgements('It is quiet.', asked)).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    expect(validateJudgements('{"verdict": "pass"}', asked)).toMatchObject({ ok: false, problem: expect.stringMatching(/no "judgements" list/) });
    expect(validateJudgements('{"judgements": [{"id": "w1", "verdict": "maybe", "reason": "?"}]}', asked)).toMatchObject({ ok: false });
  });

  it('keeps at most three short, plain, new queries', () => {
    const raw = '{"queries": ["desk lamp", "Desk Lamp", "reading lamp", "visit https://evil.test", "<b>lamp</b>", "lamp", "led lamp"]}';
    expect(validateRewrites(raw, ['reading lamp'])).toMatchObject({ ok: true, value: ['desk lamp', 'lamp', 'led lamp'] });
  });

  it('keeps at most six short page terms: no sentences, markup or repeats', () => {
    const raw = '{"terms": ["Rotatable", "rotatable", "swivel plugs", "360° rotation", "IP67", "a cable whose plugs you can turn", "<i>x</i>", 7, "r", "angled", "flexible", "slim", "spare"]}';
    expect(validatePageWords(raw)).toEqual({ ok: true, dropped: 7, value: ['Rotatable', 'swivel plugs', '360° rotation', 'IP67', 'angled', 'flexible'] });
    expect(validatePageWords('Rotatable plugs!')).toMatchObject({ ok: false, problem: expect.stringMatching(/not JSON/) });
    expect(validatePageWords('{"words": ["rotatable"]}')).toMatchObject({ ok: false, problem: expect.stringMatching(/no "terms" list/) });
  });
});
