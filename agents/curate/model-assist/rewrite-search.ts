/**
 * A site whose planned queries all found nothing may be searched once more with words a model
 * proposes; the rules still decide what the new results are worth. Bounded per run (maxRewrites).
 */
import { searchSite, type SearchContext, type SiteCards } from '../site-search';
import type { SiteRef } from '../../sites/types';
import type { ModelAssistRun } from './run-state';

export async function searchWithRewrites(site: SiteRef, plans: string[][], ctx: SearchContext, run: ModelAssistRun | undefined): Promise<SiteCards> {
  const found = await searchSite(site, plans, ctx);
  if (!run || found.cards.length || !found.queries.length || !run.takeRewrite()) return found;
  // The first planned query carries the user's own words; the later ones are the rules' relaxations.
  const why = `the site's search found nothing for: ${found.queries.join(' | ')}`;
  const answer = await run.ask((signal) => run.model.rewriteQuery(found.queries[0]!, site.name, why, signal));
  if (!answer) return found;
  if (answer.problem) {
    run.note(`${run.model.label}: ${answer.problem}, so ${site.name} was searched with the planned queries only.`);
    return found;
  }
  if (!answer.queries.length) return found;
  run.decided(`queries for ${site.name} after nothing was found: ${answer.queries.join(' | ')}`, answer.decidedBy);
  const more = await searchSite(site, [answer.queries], ctx);
  return { cards: more.cards, queries: [...found.queries, ...more.queries], foundBy: more.foundBy, alsoFoundBy: more.alsoFoundBy };
}
