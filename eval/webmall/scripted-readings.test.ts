import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScriptedReadings, scriptedReaderFor, SCRIPTED_READER } from './scripted-readings';

const dir = mkdtempSync(join(tmpdir(), 'readings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('--scripted-readings: readings written by a person, answered as a model would (a test double)', () => {
  it('loads task id -> reading, and says what is wrong with a file that is no such object', () => {
    const readings = loadScriptedReadings(file('ok.json', JSON.stringify({ T1: { relation: 'none', product: 'motherboard' } })));
    expect([...readings.keys()]).toEqual(['T1']);
    expect(() => loadScriptedReadings(file('bad.json', '{ not json'))).toThrow(/not a readable JSON file/);
    expect(() => loadScriptedReadings(file('list.json', '[]'))).toThrow(/expected an object of task id -> reading/);
  });

  it('passes each reading through the same validation as a model\'s, and answers nothing else', async () => {
    expect(scriptedReaderFor(undefined)).toBeUndefined();
    const { model } = scriptedReaderFor({ relation: 'fits_quoted', cheapest: false, product: 'DDR4 memory kit', needs: [], refuses: [] })!;
    expect(await model.readRequest('Memory for http://a.test/product/x/ please')).toMatchObject({ reading: { relation: 'fits_quoted', product: 'DDR4 memory kit' }, decidedBy: SCRIPTED_READER });
    // A relation to a quoted product the request does not quote is refused, as a model's would be.
    expect(await model.readRequest('Memory please')).toMatchObject({ problem: expect.stringMatching(/does not quote/) });
    await expect(model.pageWords('plugs can turn', 'cable')).rejects.toThrow(/answers only the request reading/);
  });
});
