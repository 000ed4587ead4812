import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../checklist/types';
import { groundInSiteLabels, labelsInRequest } from './music-grounding';

const origin = 'request' as const;
const genre = (g: string, wanted = true): ChecklistItem => ({ kind: 'genre', id: `genre:${wanted ? '' : '!'}${g}`, label: g, genre: g, wanted, hard: true, origin });
const mood = (m: string): ChecklistItem => ({ kind: 'mood', id: `mood:${m}`, label: m, mood: m, wanted: true, hard: true, origin });
const labels = ['Browse', 'rock', 'classic rock', 'hard rock', 'gangster rap', 'rap', 'Drum & Bass', 'Vocal', 'post rock'];

describe('grounding a request in the sites\' genre names', () => {
  it('reads the longest label the request spells out, over the words it was split into', () => {
    expect(groundInSiteLabels('classic rock from the 70s', [genre('rock')], labels).checklist.map((i) => i.id)).toEqual(['genre:classic rock']);
    expect(groundInSiteLabels('gangster rap from the 90s', [mood('gangster'), genre('rap')], labels).checklist.map((i) => i.id)).toEqual(['genre:gangster rap']);
    expect(labelsInRequest('drum and bass to keep me awake', labels).map((l) => l.label)).toEqual(['Drum & Bass']);
  });

  it('reads a label spelt with an abbreviation the extractor wrote out ("pop edm", edm read as electronic dance music)', () => {
    expect(groundInSiteLabels('upbeat pop edm for a road trip', [mood('upbeat'), genre('pop'), genre('electronic dance music')], [...labels, 'pop edm']).checklist.map((i) => i.id))
      .toEqual(['mood:upbeat', 'genre:pop edm']);
  });

  it('leaves negated labels, rejected wishes and stray one-word labels alone', () => {
    expect(groundInSiteLabels('rock songs with real vocals, not post rock', [genre('rock'), genre('post rock', false)], labels).checklist.map((i) => i.id))
      .toEqual(['genre:rock', 'genre:!post rock']);
    expect(groundInSiteLabels('anything but hard rock', [], labels).checklist).toEqual([]);
  });
});
