/** Reads the top picks on freshly started shops and scores each personalisation scenario. */
import { taskRow } from '../report/task-row';
import { siteBases } from '../report/record-answer';
import type { RawAnswer, TaskRow } from '../report/types';
import { rebaseUrl } from '../report/rebase-url';
import { startSites } from '../sites';
import { readProductFacts } from './read-products';
import { scorePersonalScenario, TOP_PICKS } from './score';
import type { PersonalScenario, ProductFacts } from './types';

export async function scorePersonalAnswers(raw: readonly RawAnswer[], scenarios: readonly PersonalScenario[], data: string): Promise<TaskRow[]> {
  const sites = await startSites({ data, only: ['shop1', 'shop2', 'shop3', 'shop4'] });
  try {
    const rows: TaskRow[] = [];
    for (const answer of raw) {
      const scenario = scenarios.find((s) => s.id === answer.id);
      if (!scenario) throw new Error(`Answer for unknown personalisation scenario ${answer.id}: scenarios.json changed during the run?`);
      const notes: string[] = answer.message ? [answer.message] : [];
      const picks: ProductFacts[] = [];
      for (const pick of answer.picks.slice(0, TOP_PICKS)) {
        const facts = await readProductFacts(rebaseUrl(pick.url, answer.sites, siteBases(sites.sites)));
        if ('error' in facts) notes.push(`${pick.url}: ${facts.error} (counted as meeting nothing)`);
        picks.push('error' in facts ? { url: pick.url, name: '', text: '', categories: [], inStock: false } : facts);
      }
      const score = scorePersonalScenario(scenario, picks);
      notes.push(score.perCheck.join('; '));
      rows.push(taskRow(answer, {
        metrics: { satisfied: score.satisfied, picks: answer.picks.length },
        passed: score.passed,
        answer: answer.picks.slice(0, TOP_PICKS).map((p) => p.url),
        notes,
      }));
    }
    return rows;
  } finally {
    await sites.close();
  }
}
