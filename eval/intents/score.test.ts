import { describe, expect, it } from 'vitest';
import { countMatches, exactMatch, partialMatch, scoreMusic } from './score';

const t = (category: string, role: string, text: string) => ({ category, role, text });

describe('intent scoring', () => {
  it('matches exactly after trimming and lower-casing, with category and role equal', () => {
    expect(exactMatch(t('genre', 'wanted', ' Jazz '), t('genre', 'wanted', 'jazz'))).toBe(true);
    expect(exactMatch(t('genre', 'rejected', 'jazz'), t('genre', 'wanted', 'jazz'))).toBe(false);
  });

  it('matches partially on one shared word', () => {
    expect(partialMatch(t('mood', 'wanted', 'chill jazzy'), t('mood', 'wanted', 'chill'))).toBe(true);
    expect(partialMatch(t('mood', 'wanted', 'dark'), t('mood', 'wanted', 'chill'))).toBe(false);
  });

  it('lets each gold triple be matched once', () => {
    expect(countMatches([t('genre', 'wanted', 'rock'), t('genre', 'wanted', 'rock')], [t('genre', 'wanted', 'rock')], exactMatch)).toBe(1);
  });

  it('computes micro P/R/F1 overall, per category and per role', () => {
    const s = scoreMusic([
      { predicted: [t('genre', 'wanted', 'rock'), t('mood', 'wanted', 'sad')], gold: [t('genre', 'wanted', 'rock'), t('mood', 'rejected', 'sad')] },
      { predicted: [], gold: [t('named_entity', 'referential', 'daft punk')] },
      { predicted: [t('named_entity', 'referential', 'daft punk songs')], gold: [] },
    ]);
    expect(s.exact).toMatchObject({ tp: 1, predicted: 3, gold: 3 });
    expect(s.exact.f1).toBeCloseTo(1 / 3);
    expect(s.byCategory.genre!.exact.f1).toBe(1);
    expect(s.byRole.rejected!.exact).toMatchObject({ tp: 0, predicted: 0, gold: 1, f1: 0 });
    expect(s.byCategory.named_entity!.partial).toMatchObject({ tp: 0 });
  });
});
