import { describe, expect, it } from 'vitest';
import { formatErrorBreakdown, requestErrors } from './error-breakdown';

const t = (category: string, role: string, text: string) => ({ category, role, text });

describe('intent error breakdown', () => {
  it('puts each unmatched triple in one bucket: role, category, boundary, missed, spurious', () => {
    const errors = requestErrors('q', [
      t('genre', 'wanted', 'rock'), // exact: no error
      t('genre', 'wanted', 'jazz'), // gold rejects it: wrong role
      t('mood', 'wanted', 'ambient'), // gold files it as genre: wrong category
      t('named_entity', 'referential', 'daft punk songs'), // boundary
      t('mood', 'wanted', 'weird'), // spurious
    ], [
      t('genre', 'wanted', 'rock'), t('genre', 'rejected', 'jazz'), t('genre', 'wanted', 'ambient'),
      t('named_entity', 'referential', 'daft punk'), t('decade', 'wanted', '80s'),
    ]);
    expect(errors.map((e) => e.bucket).sort()).toEqual(['boundary', 'missed', 'spurious', 'wrong category', 'wrong role']);
    expect(formatErrorBreakdown(errors)).toMatch(/missed: 1 {2}\(decade 1\)/);
  });
});
