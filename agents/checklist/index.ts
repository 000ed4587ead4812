export { buildChecklist } from './build';
export { verifyChecklist, tally } from './verify';
export { measureFromText } from './build-shopping';
export type { ChecklistItem, Verdict, Profile, Evidence, VerdictStatus, CheckedRecord } from './types';
