/**
 * A test double of an OpenAI-compatible server (what Ollama, llama.cpp and LM Studio expose), on
 * 127.0.0.1 and a free port. It records each request so tests can check what the engine sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeServerBehaviour {
  models: string[];
  /** Answer for chat completions: text content, or an HTTP status to fail with. */
  reply(body: Record<string, unknown>): { content: string } | { status: number; text: string } | 'hang';
}

export interface FakeOpenAiServer {
  baseUrl: string;
  requests: { path: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data ? (JSON.parse(data) as Record<string, unknown>) : {};
}

export async function startFakeOpenAiServer(behaviour: FakeServerBehaviour): Promise<FakeOpenAiServer> {
  const requests: FakeOpenAiServer['requests'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    const path = req.url ?? '';
    requests.push({ path, body });
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(typeof value === 'string' ? value : JSON.stringify(value));
    };
    if (req.method === 'GET' && path === '/v1/models') {
      return send(200, { object: 'list', data: behaviour.models.map((id) => ({ id, object: 'model' })) });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const reply = behaviour.reply(body);
      if (reply === 'hang') return void hanging.add(res);
      if ('status' in reply) return send(reply.status, reply.text);
      return send(200, { object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: reply.content } }] });
    }
    send(404, { error: `no route ${req.method} ${path}` });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((ok) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
