/**
 * Starts Chromium with the built extension in a fresh profile. Shared by the end-to-end tests, the
 * demo and the benchmark runners so all three measure the same thing.
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium';

export const LOCAL_EXTENSION_DIR = resolve('.output/local/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchExtension(opts: { extensionDir?: string; headed?: boolean; extraArgs?: string[] } = {}): Promise<LaunchedExtension> {
  const dir = opts.extensionDir ?? LOCAL_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "TASTEBUD_LOCAL=1 npx wxt build" first (npm test and npm run demo do).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tastebud-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: !opts.headed,
    viewport: { width: 480, height: 900 },
    args: [...chromiumArgs(), ...(opts.extraArgs ?? []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  await closeWelcomeOptions(context);
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh install opens the Options page by itself (a welcome for real users). Chrome may put it
 * into the next blank tab, hijacking whatever a test opens at that moment, so it is awaited and
 * closed before anyone opens a page.
 */
async function closeWelcomeOptions(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().endsWith('/options.html'));
    if (welcome) return void (await welcome.close().catch(() => undefined));
    await new Promise((r) => setTimeout(r, 100));
  }
}
