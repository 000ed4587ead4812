/**
 * Small models wrap JSON in prose or code fences and leave trailing commas. This recovers the first
 * JSON object from such text; it does not guess at anything else (validation is the caller's job).
 */

export type JsonTextResult = { ok: true; value: unknown; repaired: boolean } | { ok: false; error: string };

/** The first balanced {...} in the text, skipping braces inside strings. */
function firstObject(text: string): string | undefined {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** Drops commas directly before } or ], leaving string contents alone. */
function withoutTrailingCommas(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += json[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',' && /^\s*[}\]]/.test(json.slice(i + 1))) continue;
    out += ch;
  }
  return out;
}

export function parseModelJson(raw: string): JsonTextResult {
  const trimmed = raw.trim();
  try {
    return { ok: true, value: JSON.parse(trimmed), repaired: false };
  } catch {
    // fall through to repair
  }
  const unfenced = trimmed.replace(/```(?:json)?/gi, '');
  const candidate = firstObject(unfenced);
  if (!candidate) return { ok: false, error: 'no JSON object in the model output' };
  try {
    return { ok: true, value: JSON.parse(withoutTrailingCommas(candidate)), repaired: true };
  } catch (err) {
    return { ok: false, error: `model output is not valid JSON (${(err as Error).message})` };
  }
}
