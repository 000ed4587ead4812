/**
 * A CurationModel over an LlmEngine in the same page: builds the prompts, asks for JSON, validates
 * it. Engine errors (not loaded, server gone, aborted) are thrown for the caller to turn into a note;
 * unusable JSON comes back as an answer with a `problem` and nothing judged.
 */
import { FREE_TEXT_JUDGE_SCHEMA, freeTextJudgePrompt } from '../../llm/prompts/free-text-judge';
import { PAGE_WORDS_SCHEMA, pageWordsPrompt } from '../../llm/prompts/page-words';
import { QUERY_REWRITE_SCHEMA, queryRewritePrompt } from '../../llm/prompts/query-rewrite';
import { REQUEST_READING_SCHEMA, requestReadingPrompt, withQuotedPlaceholders } from '../../llm/prompts/request-reading';
import type { LlmEngine } from '../../llm/types';
import type { CurationModel, JudgeAnswer, PageWordsAnswer, ReadingAnswer, RewriteAnswer } from './types';
import { validateJudgements, validatePageWords, validateRequestReading, validateRewrites } from './validate';

/** Enough tokens for a few short judgements; small models ramble on otherwise. */
const MAX_TOKENS = 400;

export function deciderId(engine: LlmEngine): string {
  return engine.modelId ? `${engine.id}:${engine.modelId}` : engine.id;
}

export function curationModelFromEngine(engine: LlmEngine): CurationModel {
  if (!engine.usesModel) throw new Error(`${engine.label} uses no model: curate with the rules alone (leave modelAssist out).`);
  return {
    label: engine.label,
    async judgeFreeText(wishes, evidence, signal): Promise<JudgeAnswer> {
      // Short ids ("w1") are easier for a small model to copy back than checklist ids.
      const asked = new Map(wishes.map((w, i) => [`w${i + 1}`, w.id]));
      const prompt = freeTextJudgePrompt({ wishes: wishes.map((w, i) => ({ id: `w${i + 1}`, text: w.text })), page: evidence });
      await engine.load({ signal });
      const raw = await engine.completeJson(prompt, FREE_TEXT_JUDGE_SCHEMA, { signal, maxTokens: MAX_TOKENS });
      const checked = validateJudgements(raw, asked);
      const decidedBy = deciderId(engine);
      return checked.ok ? { judgements: checked.value, decidedBy } : { judgements: [], decidedBy, problem: checked.problem };
    },
    async rewriteQuery(query, site, why, signal): Promise<RewriteAnswer> {
      await engine.load({ signal });
      const raw = await engine.completeJson(queryRewritePrompt(query, site, why), QUERY_REWRITE_SCHEMA, { signal, maxTokens: MAX_TOKENS });
      const checked = validateRewrites(raw, [query]);
      const decidedBy = deciderId(engine);
      return checked.ok ? { queries: checked.value, decidedBy } : { queries: [], decidedBy, problem: checked.problem };
    },
    async pageWords(need, kind, signal): Promise<PageWordsAnswer> {
      await engine.load({ signal });
      const raw = await engine.completeJson(pageWordsPrompt(need, kind), PAGE_WORDS_SCHEMA, { signal, maxTokens: MAX_TOKENS });
      const checked = validatePageWords(raw);
      const decidedBy = deciderId(engine);
      return checked.ok ? { terms: checked.value, decidedBy } : { terms: [], decidedBy, problem: checked.problem };
    },
    async readRequest(request, signal): Promise<ReadingAnswer> {
      await engine.load({ signal });
      const raw = await engine.completeJson(requestReadingPrompt(request), REQUEST_READING_SCHEMA, { signal, maxTokens: MAX_TOKENS });
      const checked = validateRequestReading(raw, withQuotedPlaceholders(request).urls.length);
      const decidedBy = deciderId(engine);
      return checked.ok ? { reading: checked.value, decidedBy } : { decidedBy, problem: checked.problem };
    },
  };
}
