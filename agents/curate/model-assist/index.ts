/** Model-assisted curation: the entry points the shopping and music agents call. */
import type { ChecklistItem } from '../../checklist/types';
import { compareCandidates, type Candidate } from '../rank';
import type { Candidate as TrackCandidate } from '../music-select';
import { productEvidence, trackEvidence } from './evidence';
import { judgeFreeTextTop } from './judge-free-text';
import type { ModelAssistRun } from './run-state';

export { curationModelFromEngine, deciderId } from './engine-model';
export { finishModelAssist, startModelAssist, type ModelAssistRun } from './run-state';
export { searchWithRewrites } from './rewrite-search';
export { restatedByModel } from './restate-request';
export type * from './types';

/** Shopping: the rules' ranking decides which candidates are "top"; without a model the input comes back untouched. */
export async function assistOffers(candidates: Candidate[], checklist: ChecklistItem[], run: ModelAssistRun | undefined): Promise<Candidate[]> {
  if (!run) return candidates;
  return judgeFreeTextTop([...candidates].sort(compareCandidates), checklist, (c) => productEvidence(c.offer.record), run);
}

/** Music: `ranked` is the playlist's fill order; the caller fills again with the judged verdicts. */
export async function assistTracks<C extends TrackCandidate>(ranked: C[], checklist: ChecklistItem[], run: ModelAssistRun | undefined): Promise<C[]> {
  if (!run) return ranked;
  return judgeFreeTextTop(ranked, checklist, (c) => trackEvidence(c.track), run);
}
