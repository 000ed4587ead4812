import { describe, expect, it } from 'vitest';
import { checkTrack } from './checks';
import { rebaseUrl } from './read-tracks';
import { scoreMusicScenario } from './score';
import type { MusicScenario, RelatedArtists, TrackFacts } from './types';

const track = (artist: string, extra: Partial<TrackFacts> = {}): TrackFacts => ({ url: `http://x/${artist}`, artist, genres: ['rock'], styles: ['hard rock'], moods: ['energetic'], year: 1986, ...extra });
const related: RelatedArtists = new Map([['daft punk', new Set(['justice', 'air'])]]);

describe('music checks', () => {
  it('matches genres and styles by whole words, not substrings', () => {
    expect(checkTrack({ kind: 'genre', value: 'hard rock' }, track('a'), related)).toBe(true);
    expect(checkTrack({ kind: 'genre', value: 'rock' }, track('a', { genres: [], styles: ['rockabilly'] }), related)).toBe(false);
    expect(checkTrack({ kind: 'genre', value: 'hip hop' }, track('a', { genres: ['rap'], styles: ['southern hip-hop'] }), related)).toBe(true);
  });
  it('treats an unknown year as not meeting a decade', () => {
    expect(checkTrack({ kind: 'decade', from: 1980, to: 1989 }, track('a'), related)).toBe(true);
    expect(checkTrack({ kind: 'decade', from: 1980, to: 1989 }, track('a', { year: undefined }), related)).toBe(false);
  });
  it('reads a passive activity level as calm on sites without audio features', () => {
    expect(checkTrack({ kind: 'mood', value: 'calm' }, track('a', { moods: [], activity: 1 }), related)).toBe(true);
    expect(checkTrack({ kind: 'mood', value: 'calm' }, track('a', { moods: [], activity: 3 }), related)).toBe(false);
  });
  it('counts a rejected band named with or without "the" as a violation', () => {
    expect(checkTrack({ kind: 'not-artist', artist: 'The Eagles' }, track('Eagles'), related)).toBe(false);
    expect(checkTrack({ kind: 'not-artist', artist: 'eagles' }, track('The Eagles'), related)).toBe(false);
    expect(checkTrack({ kind: 'not-artist', artist: 'The Eagles' }, track('Journey'), related)).toBe(true);
  });
  it('counts only other artists sharing a playlist as similar', () => {
    const similar = { kind: 'similar-to-artist', artist: 'Daft Punk' } as const;
    expect(checkTrack(similar, track('Justice'), related)).toBe(true);
    expect(checkTrack(similar, track('Daft Punk'), related)).toBe(false);
    expect(checkTrack(similar, track('Metallica'), related)).toBe(false);
  });
});

describe('scoreMusicScenario', () => {
  const scenario: MusicScenario = {
    id: 's', category: 'rejection', request: '80s hard rock no bon jovi', minTracks: 3,
    checklist: [{ kind: 'genre', value: 'hard rock' }, { kind: 'decade', from: 1980, to: 1989 }, { kind: 'not-artist', artist: 'Bon Jovi' }],
  };
  it('scores the share of items met over all tracks, counts rejected-item violations and artist variety', () => {
    const score = scoreMusicScenario(scenario, [track('AC/DC'), track('Bon Jovi'), track('AC/DC', { year: 1995 })], related);
    expect(score.satisfied).toBeCloseTo(7 / 9);
    expect(score.violations).toBe(1);
    expect(score.artistVariety).toBeCloseTo(2 / 3);
    expect(score.passed).toBe(false);
  });
  it('passes only with enough tracks that all meet every item', () => {
    expect(scoreMusicScenario(scenario, [track('AC/DC'), track('Whitesnake'), track('Europe')], related).passed).toBe(true);
    expect(scoreMusicScenario(scenario, [track('AC/DC'), track('Europe')], related).passed).toBe(false);
    expect(scoreMusicScenario(scenario, [], related).satisfied).toBe(0);
  });
});

describe('rebaseUrl', () => {
  it('moves a pick to the same site running on another port', () => {
    expect(rebaseUrl('http://127.0.0.1:5001/track/abc?x=1', { tunes: 'http://127.0.0.1:5001' }, { tunes: 'http://127.0.0.1:6001' })).toBe('http://127.0.0.1:6001/track/abc?x=1');
  });
});
