/**
 * The two-stage tagger: the named-entity tagger (when present) tags artists and works, then the
 * intent tagger reads that answer, the rules engine's answer and the words to tag category x role.
 */
import { bioToSpans } from './bio';
import { requestContext, type RequestContext } from './context';
import { requestFeatures } from './features';
import type { IntentTaggerFile, LabelledSpan, TrainingOrigin } from './types';
import { loadSequenceTagger, type SequenceTagger } from './weights-file';

export interface IntentTagger {
  intents: SequenceTagger;
  entities?: SequenceTagger;
  trainedOn?: TrainingOrigin;
}

export function loadIntentTagger(file: IntentTaggerFile): IntentTagger {
  if (file.format !== 'tastebud-intent-tagger/1') {
    throw new Error(`intent tagger: unknown weights format "${String(file.format)}"; retrain with npm run train:intents`);
  }
  return {
    intents: loadSequenceTagger(file.intents),
    ...(file.entities ? { entities: loadSequenceTagger(file.entities) } : {}),
    ...(file.trainedOn ? { trainedOn: file.trainedOn } : {}),
  };
}

/** Fills in the entity tagger's answer, which the intent features read. */
export function withEntities(ctx: RequestContext, entities: SequenceTagger | undefined): RequestContext {
  if (entities) ctx.entities = entities.tag(requestFeatures(ctx, 'entities'));
  return ctx;
}

export function tagRequest(text: string, tagger: IntentTagger): { ctx: RequestContext; spans: LabelledSpan[] } {
  const ctx = withEntities(requestContext(text), tagger.entities);
  return { ctx, spans: bioToSpans(tagger.intents.tag(requestFeatures(ctx, 'intents'))) };
}
