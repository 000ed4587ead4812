/**
 * After the rules: the free-text wishes they left unknown are put to the model for the top-ranked
 * candidates only (ModelAssistOptions.judgeTop), one candidate per call. A pass or fail the model
 * gives replaces the unknown and names the model; anything unusable leaves the unknown and a note.
 */
import type { ChecklistItem, Verdict } from '../../checklist/types';
import type { ModelAssistRun } from './run-state';
import type { CandidateEvidence, JudgeAnswer } from './types';

export async function judgeFreeTextTop<C extends { verdicts: Verdict[] }>(ranked: C[], checklist: ChecklistItem[], evidenceOf: (c: C) => CandidateEvidence, run: ModelAssistRun)
  : Promise<C[]> {
  const wishes = new Map(checklist.flatMap((i) => (i.kind === 'free-text' ? [[i.id, i.text] as const] : [])));
  const out = [...ranked];
  if (!wishes.size) return out;
  let asked = 0;
  for (let at = 0; at < out.length && asked < run.limits.judgeTop; at++) {
    const c = out[at]!;
    // A candidate a hard rule already ruled out cannot be saved by a model: no call spent on it.
    if (c.verdicts.some((v) => v.hard && v.status === 'fail')) continue;
    const open = c.verdicts.filter((v) => v.status === 'unknown' && wishes.has(v.itemId));
    if (!open.length) continue;
    asked++;
    const evidence = evidenceOf(c);
    const answer = await run.ask((signal) => run.model.judgeFreeText(open.map((v) => ({ id: v.itemId, text: wishes.get(v.itemId)! })), evidence, signal));
    if (!answer) break;
    if (answer.problem) {
      run.note(`${run.model.label}: ${answer.problem}, so the free-text wishes for "${evidence.title}" stay unchecked.`);
      continue;
    }
    out[at] = { ...c, verdicts: applyJudgements(c.verdicts, answer, wishes) };
    run.decided('free-text wishes of the top candidates', answer.decidedBy);
  }
  return out;
}

function applyJudgements(verdicts: Verdict[], answer: JudgeAnswer, wishes: Map<string, string>): Verdict[] {
  const byItem = new Map(answer.judgements.map((j) => [j.itemId, j]));
  return verdicts.map((v) => {
    const j = byItem.get(v.itemId);
    if (!j || v.status !== 'unknown') return v;
    if (j.status === 'unknown') return { ...v, reason: `${v.reason}; the model could not tell either (${j.reason})` };
    return { ...v, label: wishes.get(v.itemId) ?? v.label, status: j.status, reason: j.reason, decidedBy: answer.decidedBy };
  });
}
