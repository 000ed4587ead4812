/** A scored row of any suite: what the run recorded about the task, plus the suite's own verdict. */
import type { RawAnswer, TaskRow } from './types';

export function taskRow(answer: RawAnswer, scored: Pick<TaskRow, 'metrics' | 'passed' | 'answer' | 'notes' | 'expected' | 'alsoScored'>): TaskRow {
  return {
    id: answer.id,
    category: answer.category,
    request: answer.request,
    status: answer.status,
    seconds: answer.seconds,
    pagesLoaded: answer.pagesLoaded,
    ...scored,
    screenshot: answer.screenshot,
    panelText: answer.panelText,
    error: answer.error,
  };
}
