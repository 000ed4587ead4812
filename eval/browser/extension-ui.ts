/** Drives the extension's own pages the way a user does: these are the only ways tests and benchmarks talk to it. */
import type { BrowserContext, Page } from '@playwright/test';

export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path}`;
}

export async function addSiteThroughOptions(context: BrowserContext, extensionId: string, site: { url: string; name: string; kind: 'shop' | 'music' }): Promise<void> {
  const options = await context.newPage();
  await options.goto(extensionUrl(extensionId, 'options.html'));
  const form = options.getByTestId('add-site');
  await form.getByLabel('Address').fill(site.url);
  await form.getByLabel('Name (optional)').fill(site.name);
  await form.getByLabel('Kind').selectOption(site.kind);
  await form.getByRole('button', { name: 'Add site' }).click();
  await options.getByText(`Added ${site.name}.`).waitFor();
  await options.close();
}

export interface PanelAnswer {
  status: string;
  picks: { title: string; url: string }[];
  /** The products the request quoted, shown above the picks ("You asked about"): not answers, kept apart. */
  references: { title: string; url: string }[];
  message?: string;
}

/** Types a request into the side panel, waits for the run to end, and reads the cards shown. */
export async function askSidePanel(panel: Page, request: string, timeoutMs = 120_000): Promise<PanelAnswer> {
  // Read without waiting: before the first request there is no run view at all.
  const previous = await panel.evaluate(() => document.querySelector('[data-testid="run"]')?.getAttribute('data-run-id') ?? null);
  const alertText = () => panel.evaluate(() => document.querySelector('p.error[role="alert"]')?.textContent ?? null);
  const previousAlert = await alertText();
  await panel.getByTestId('request-input').fill(request);
  await panel.getByTestId('request-input').press('Enter');
  const run = panel.getByTestId('run');
  // Ends when the new run ends, or when the panel refuses the request with a message ("No music
  // sites are set up yet"): then no run starts, and waiting for one would only wait out the timeout.
  await panel.waitForFunction(
    ([prev, prevAlert]) => {
      const alert = document.querySelector('p.error[role="alert"]')?.textContent ?? null;
      if (alert && alert !== prevAlert) return true;
      const el = document.querySelector('[data-testid="run"]');
      return !!el && el.getAttribute('data-run-id') !== prev && el.getAttribute('data-status') !== 'running';
    },
    [previous, previousAlert] as const,
    { timeout: timeoutMs },
  );
  const refusal = await alertText();
  if (refusal && refusal !== previousAlert) return { status: 'refused', picks: [], references: [], message: refusal };
  const status = (await run.getAttribute('data-status')) ?? 'unknown';
  // Long lists come a page at a time: open them all, as a user who wants every pick would.
  const more = run.getByTestId('show-more');
  while (await more.count()) await more.click();
  // Offers of one product share a card; each link keeps its place in the agent's ranking (data-rank).
  const picks = await run.getByTestId('pick-link').evaluateAll((links) =>
    links
      .map((a, i) => ({ title: (a.getAttribute('data-title') ?? a.textContent ?? '').trim(), url: a.getAttribute('href') ?? '', rank: Number(a.closest('[data-rank]')?.getAttribute('data-rank') ?? i + 1) }))
      .sort((x, y) => x.rank - y.rank)
      .map(({ title, url }) => ({ title, url })),
  );
  const references = await run.getByTestId('reference-link').evaluateAll((links) =>
    links.map((a) => ({ title: (a.textContent ?? '').trim(), url: a.getAttribute('href') ?? '' })));
  const message = (await run.getByTestId('run-message').count()) ? ((await run.getByTestId('run-message').textContent()) ?? undefined) : undefined;
  return { status, picks, references, message };
}
