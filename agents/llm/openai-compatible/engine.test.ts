import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiCompatibleEngine, normalizeBaseUrl } from './engine';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-server';

const schema = { type: 'object', properties: { intents: { type: 'array' } }, required: ['intents'] };
const prompt = { system: 'Answer in JSON.', user: 'something like daft punk' };
let server: FakeOpenAiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A port that was free a moment ago and has nothing listening now: a server that is down. */
async function deadUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const port = (probe.address() as { port: number }).port;
  await new Promise((ok) => probe.close(ok));
  return `http://127.0.0.1:${port}`;
}

describe('OpenAI-compatible engine', () => {
  it('is available when the server lists models, and sends the schema as json_schema', async () => {
    server = await startFakeOpenAiServer({ models: ['qwen2.5:1.5b'], reply: () => ({ content: '{"intents":[]}' }) });
    const engine = new OpenAiCompatibleEngine({ baseUrl: server.baseUrl });
    expect(await engine.availability()).toEqual({ available: true, detail: 'models: qwen2.5:1.5b' });
    expect(await engine.completeJson(prompt, schema)).toBe('{"intents":[]}');
    expect(engine.modelId).toBe('qwen2.5:1.5b');
    const chat = server.requests.find((r) => r.path === '/v1/chat/completions')!;
    expect(chat.body.model).toBe('qwen2.5:1.5b');
    expect(chat.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { schema } });
    expect(chat.body.messages).toEqual([
      { role: 'system', content: 'Answer in JSON.' },
      { role: 'user', content: 'something like daft punk' },
    ]);
  });

  it('falls back to json_object when the server rejects json_schema', async () => {
    server = await startFakeOpenAiServer({
      models: ['llama'],
      reply: (body) =>
        (body.response_format as { type: string }).type === 'json_schema'
          ? { status: 400, text: 'response_format json_schema not supported' }
          : { content: '{"intents":[1]}' },
    });
    const engine = new OpenAiCompatibleEngine({ baseUrl: server.baseUrl, model: 'llama' });
    expect(await engine.completeJson(prompt, schema)).toBe('{"intents":[1]}');
    const formats = server.requests.filter((r) => r.path.endsWith('/completions')).map((r) => (r.body.response_format as { type: string }).type);
    expect(formats).toEqual(['json_schema', 'json_object']);
  });

  it('reports a server error with the status and what to do', async () => {
    server = await startFakeOpenAiServer({ models: ['m'], reply: () => ({ status: 500, text: 'model crashed' }) });
    const engine = new OpenAiCompatibleEngine({ baseUrl: server.baseUrl });
    await expect(engine.completeJson(prompt, schema)).rejects.toThrow(/HTTP 500: model crashed.*server's log/);
  });

  it('says the server is not reachable and how to fix it when nothing listens', async () => {
    const url = await deadUrl();
    const engine = new OpenAiCompatibleEngine({ baseUrl: url });
    expect(await engine.availability()).toEqual({
      available: false,
      reason: `Server not reachable at ${url}/v1: start Ollama (or llama.cpp / LM Studio) or change the URL in Options.`,
    });
    await expect(engine.completeJson(prompt, schema)).rejects.toThrow(/not reachable/);
  });

  it('names the missing model and lists the ones the server has', async () => {
    server = await startFakeOpenAiServer({ models: ['a', 'b'], reply: () => ({ content: '{}' }) });
    const availability = await new OpenAiCompatibleEngine({ baseUrl: server.baseUrl, model: 'c' }).availability();
    expect(availability).toEqual({ available: false, reason: expect.stringMatching(/no model "c"; it has a, b/) });
  });

  it('stops a running completion on abort()', async () => {
    let engine: OpenAiCompatibleEngine | undefined;
    // The server never answers; the user presses Stop once the request is in flight.
    server = await startFakeOpenAiServer({ models: ['m'], reply: () => (setImmediate(() => engine?.abort()), 'hang') });
    engine = new OpenAiCompatibleEngine({ baseUrl: server.baseUrl });
    await expect(engine.completeJson(prompt, schema)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('accepts a URL with or without /v1', () => {
    expect(normalizeBaseUrl('http://127.0.0.1:11434/')).toBe('http://127.0.0.1:11434/v1');
    expect(normalizeBaseUrl('http://127.0.0.1:1234/v1/')).toBe('http://127.0.0.1:1234/v1');
  });
});
