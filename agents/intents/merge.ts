/**
 * Combines the model-free answer with a model's: the model adds intents and overrides the role or
 * category of the same words; the rules keep what the model missed (a model that drops "no vocals"
 * must not lose it). One intent per (domain, category, text, role) in the result.
 */
import type { Intent, ParsedRequest, RequestKind } from './types';

const key = (i: Intent): string => `${i.domain}|${i.text.trim().toLowerCase()}`;

function kindOf(intents: Intent[], fallback: RequestKind): RequestKind {
  const music = intents.some((i) => i.domain === 'music');
  const shopping = intents.some((i) => i.domain === 'shopping');
  return music && shopping ? 'both' : music ? 'music' : shopping ? 'shopping' : fallback;
}

export function mergeIntents(rules: ParsedRequest, model: Intent[], modelEngine: string): ParsedRequest {
  const byText = new Map<string, Intent[]>();
  for (const m of model) {
    const list = byText.get(key(m)) ?? [];
    // The model may list the same words twice with two roles ("bossa nova vibes ... not bossa covers").
    if (!list.some((x) => x.category === m.category && x.role === m.role)) list.push({ ...m, source: 'model' });
    byText.set(key(m), list);
  }
  const merged: Intent[] = [...byText.values()].flat();
  for (const r of rules.intents) if (!byText.has(key(r))) merged.push(r);
  return {
    text: rules.text,
    kind: kindOf(merged, rules.kind),
    intents: merged,
    engine: model.length ? `${modelEngine}+rules` : rules.engine,
    notes: [...rules.notes],
  };
}
