/** Who decided a verdict, in words for the result cards and notes: "webllm:Qwen2.5-1.5B" -> "WebLLM Qwen2.5-1.5B". */

const ENGINE_WORDS: Record<string, string> = {
  webllm: 'WebLLM',
  transformers: 'transformers.js',
  'prompt-api': "Chrome's built-in model",
  'openai-compatible': 'your local model server',
  scripted: 'scripted replies (test double)',
};

export function engineWords(engineId: string): string {
  return ENGINE_WORDS[engineId] ?? engineId;
}

/** True when a model (not the rules, not "nothing could decide") gave the verdict. */
export function decidedByModel(decidedBy: string): boolean {
  return decidedBy !== 'rules' && decidedBy !== 'unverifiable' && decidedBy !== '';
}

export function deciderWords(decidedBy: string): string {
  if (decidedBy === 'rules') return 'the rules';
  if (decidedBy === 'unverifiable') return 'nothing could decide';
  const [engine = '', ...model] = decidedBy.split(':');
  return [engineWords(engine), model.join(':')].filter(Boolean).join(' ');
}
