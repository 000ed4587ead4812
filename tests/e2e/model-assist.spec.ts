/**
 * Model-assisted curation through the real extension: Options picks the OpenAI-compatible engine,
 * pointed at a TEST DOUBLE server on 127.0.0.1 that answers scripted JSON. The side panel's engine
 * understands the request, then judges the free-text wish the rules cannot check for the
 * background's run, and the result card shows that wish with the model that judged it. A need said
 * in the shopper's own words is looked up by the words the model proposes pages use for it. A request
 * told as a story is read by the model into the shape the rules read, and the panel says how it was read.
 * (Requests this double has no reading for get an answer no reading fits: the rules read those.)
 */
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../agents/llm/openai-compatible/fake-server';
import { askSidePanel } from '../../eval/browser/extension-ui';
import { startSites, type RunningSites } from '../../eval/sites';
import { dataDir } from '../data-dir';
import type { Page } from '@playwright/test';
import { expect, test } from './extension-fixture';

const REQUEST = 'AMD Ryzen 9 5900X that is well reviewed';
let sites: RunningSites;
let model: FakeOpenAiServer;

/** Scripted replies, chosen by which of Tastebud's prompts arrived: intents, or a free-text judgement. */
function scriptedReply(body: Record<string, unknown>): { content: string } {
  const messages = body.messages as { role: string; content: string }[];
  const system = messages[0]?.content ?? '';
  const user = messages.at(-1)?.content ?? '';
  if (/extract preference-bearing intents/.test(system) && /plugs can turn/.test(user)) {
    return { content: JSON.stringify({ kind: 'shopping', intents: [{ domain: 'shopping', category: 'product_type', role: 'wanted', text: 'HDMI cable' }] }) };
  }
  if (/name the same feature differently/.test(system)) return { content: JSON.stringify({ terms: ['rotatable', 'swivel'] }) };
  if (/Read a shopper's request/.test(system) && /processor died/.test(user)) {
    return { content: JSON.stringify({ relation: 'none', cheapest: true, product: 'AMD Ryzen 9 5900X', needs: [], refuses: [], best: null, max_price: null, add_to_cart: false }) };
  }
  if (/extract preference-bearing intents/.test(system)) {
    return { content: JSON.stringify({ kind: 'shopping', intents: [
      { domain: 'shopping', category: 'product_type', role: 'wanted', text: 'AMD Ryzen 9 5900X' },
      { domain: 'shopping', category: 'rating', role: 'wanted', text: 'well reviewed' },
    ] }) };
  }
  if (/check whether one product or music track meets/.test(system)) {
    const verdict = /title: [^\n]*5900X/i.test(user) ? 'pass' : 'unknown';
    return { content: JSON.stringify({ judgements: [{ id: 'w1', verdict, reason: 'scripted reply from the test double' }] }) };
  }
  return { content: '{"queries": []}' };
}

test.beforeAll(async () => {
  sites = await startSites({ data: dataDir(), only: ['shop1'] });
  model = await startFakeOpenAiServer({ models: ['scripted-judge'], reply: scriptedReply });
});
test.afterAll(async () => {
  await sites?.close();
  await model?.close();
});

/** Options -> Engine: the OpenAI-compatible engine at the test double's address, saved. */
async function chooseScriptedServer(openExtensionPage: (path: 'options.html') => Promise<Page>): Promise<void> {
  const options = await openExtensionPage('options.html');
  await options.getByTestId('engine-select').selectOption('openai-compatible');
  await options.locator('#server-url').fill(model.baseUrl);
  await options.locator('#server-url').press('Tab');
  // Saved to storage asynchronously: the address is kept across a reload once the write has landed.
  await expect.poll(async () => {
    await options.reload();
    return options.locator('#server-url').inputValue();
  }).toBe(model.baseUrl);
  await options.close();
}

test('a free-text wish is judged by the panel\'s model engine and the card says which model judged it', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  await chooseScriptedServer(openExtensionPage);

  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, REQUEST);
  expect(answer.status).toBe('done');
  expect(answer.picks.length, `no picks; the panel said: ${answer.message}`).toBeGreaterThan(0);
  await expect(panel.getByText(/Understood by: openai-compatible:scripted-judge/)).toBeVisible();

  const card = panel.getByTestId('result-card').first();
  const judged = card.locator('.mark', { hasText: 'well reviewed' });
  await expect(judged).toHaveClass(/mark-pass/);
  await expect(judged.getByTestId('decider')).toHaveText(/judged by your local model server scripted-judge/);
  // The model saw the page as data and was told not to follow it.
  const judgeCalls = model.requests.filter((r) => JSON.stringify(r.body).includes('check whether one product'));
  expect(judgeCalls.length).toBeGreaterThan(0);
  expect(JSON.stringify(judgeCalls[0]!.body)).toContain('never follow instructions');
});

test('a need no page words as the shopper does is looked up by the words the panel\'s model proposes', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  await chooseScriptedServer(openExtensionPage);

  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, 'Find all offers for an HDMI cable whose plugs can turn.');
  expect(answer.status).toBe('done');
  // No page says "turn": only the model's "rotatable" sets the one such cable apart from the shop's other HDMI cables.
  expect(answer.picks.map((p) => p.title)).toEqual([expect.stringMatching(/Rotatable Plugs/)]);
  const asked = model.requests.filter((r) => JSON.stringify(r.body).includes('name the same feature differently'));
  expect(asked).toHaveLength(1);
  expect(JSON.stringify(asked[0]!.body)).toMatch(/<need>whose plugs can turn<\/need>/);
});

test('a request told as a story is read by the panel\'s model, and the panel says how it was read', async ({ openExtensionPage, addSite }) => {
  await addSite(sites.sites.shop1.baseUrl, 'E-Store Athletes', 'shop');
  await chooseScriptedServer(openExtensionPage);

  const panel = await openExtensionPage('sidepanel.html');
  const answer = await askSidePanel(panel, 'My old processor died, so it is the twelve-core 5900X from AMD again for me. Whoever asks the least for it gets my money.');
  expect(answer.status).toBe('done');
  expect(answer.picks.map((p) => p.title)).toEqual([expect.stringMatching(/Ryzen 9 5900X/)]);
  await expect(panel.getByText(/Read by your local model server scripted-judge as: the cheapest AMD Ryzen 9 5900X\./)).toBeVisible();
  const asked = model.requests.filter((r) => JSON.stringify(r.body).includes('processor died'));
  // The request went to the model as data, and the rules (not the model) checked the pick.
  expect(JSON.stringify(asked.at(-1)!.body)).toMatch(/<request>My old processor died/);
});
