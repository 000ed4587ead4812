/** Reads every returned track on freshly started music sites and scores each scenario. */
import { taskRow } from '../report/task-row';
import type { RawAnswer, TaskRow } from '../report/types';
import { siteBases } from '../report/record-answer';
import { startSites } from '../sites';
import { relatedArtists } from './catalog-facts';
import { readTrackFacts, rebaseUrl } from './read-tracks';
import { scoreMusicScenario } from './score';
import type { MusicScenario, TrackFacts } from './types';

export async function scoreMusicAnswers(raw: readonly RawAnswer[], scenarios: readonly MusicScenario[], data: string): Promise<TaskRow[]> {
  const sites = await startSites({ data, only: ['tunes', 'archive'] });
  const related = relatedArtists(data);
  try {
    const rows: TaskRow[] = [];
    for (const answer of raw) {
      const scenario = scenarios.find((s) => s.id === answer.id);
      if (!scenario) throw new Error(`Answer for unknown music scenario ${answer.id}: scenarios.json changed during the run?`);
      const tracks: TrackFacts[] = [];
      const notes: string[] = answer.message ? [answer.message] : [];
      for (const pick of answer.picks) {
        const facts = await readTrackFacts(rebaseUrl(pick.url, answer.sites, siteBases(sites.sites)));
        if ('error' in facts) notes.push(`${pick.url}: ${facts.error} (counted as meeting nothing)`);
        tracks.push('error' in facts ? { url: pick.url, artist: `unreadable ${pick.url}`, genres: [], styles: [], moods: [] } : facts);
      }
      const score = scoreMusicScenario(scenario, tracks, related);
      if (score.tracks < scenario.minTracks) notes.push(`only ${score.tracks} tracks, ${scenario.minTracks} wanted`);
      notes.push(score.perCheck.join('; '));
      rows.push(taskRow(answer, {
        metrics: { satisfied: score.satisfied, violations: score.violations, artistVariety: score.artistVariety, tracks: score.tracks },
        passed: score.passed,
        answer: answer.picks.map((p) => p.url),
        notes,
      }));
    }
    return rows;
  } finally {
    await sites.close();
  }
}
