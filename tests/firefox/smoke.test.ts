/**
 * Firefox smoke test: the Firefox build installs in firefox-esr, its background answers the side
 * panel, and its content script reads a local shop page (the full request path, in Firefox).
 * Playwright cannot drive firefox-esr; puppeteer-core over WebDriver BiDi can.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSites, type RunningSites } from '../../eval/sites';
import { dataDir } from '../data-dir';

const EXTENSION_DIR = resolve('.output/local/firefox-mv2');
const ADDON_ID = 'tastebud@tastebud.local';
// Firefox gives each install a random internal UUID; pinning it lets the test open extension pages.
const INTERNAL_UUID = '5b7d2f0e-7a4c-4c8e-9a51-3f3c1d2b9e10';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let sites: RunningSites;

before(async () => {
  assert.ok(existsSync(`${EXTENSION_DIR}/manifest.json`), 'Build the Firefox variant first: TASTEBUD_LOCAL=1 npx wxt build -b firefox');
  assert.ok(existsSync(FIREFOX), `firefox-esr not found at ${FIREFOX}: apt-get install firefox-esr or set FIREFOX_PATH`);
  sites = await startSites({ data: dataDir(), only: ['shop2'] });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: INTERNAL_UUID }),
      'network.proxy.allow_hijacking_localhost': false,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const id = await browser.installExtension(EXTENSION_DIR);
  assert.equal(id, ADDON_ID);
});

after(async () => {
  await browser?.close();
  await sites?.close();
});

const extensionPage = (path: string) => `moz-extension://${INTERNAL_UUID}/${path}`;

/**
 * WebDriver BiDi refuses to navigate to moz-extension: URLs (and reports extension pages as
 * about:blank). The extension opens its Options page on install; the test finds that tab by its
 * real location and moves between the extension's own pages from inside it.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const where = (p: Page) => p.evaluate(() => location.href).catch(() => '');
  let page: Page | undefined;
  for (let tries = 0; !page && tries < 60; tries++) {
    for (const p of await browser.pages()) if ((await where(p)).startsWith(extensionPage(''))) page = p;
    if (!page) await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(page, 'The extension did not open its Options page on install');
  if (!(await where(page)).endsWith(path)) {
    await page.evaluate((url) => void (location.href = url), extensionPage(path));
    await page.waitForFunction((url) => location.href === url && document.readyState === 'complete', { timeout: 20_000 }, extensionPage(path));
  }
  return page;
}

test('the background answers the popup', async () => {
  const popup = await openExtensionPage('popup.html');
  const status = await popup.waitForSelector('[data-testid="engine-status"]', { timeout: 20_000 });
  assert.match((await status!.evaluate((el) => el.textContent)) ?? '', /Model-free engine: ready/);

});

test('a side panel request reads a local shop through the content script', async () => {
  const options = await openExtensionPage('options.html');
  await options.waitForSelector('#site-url');
  await options.type('#site-url', sites.sites.shop2.baseUrl);
  await options.type('#site-name', 'TechTalk');
  await options.click('[data-testid="add-site"] button[type="submit"]');
  await options.waitForFunction(() => document.body.textContent?.includes('Added TechTalk.'), { timeout: 20_000 }).catch(async (e) => {
    throw new Error(`${e.message}; the options page shows: ${await options.evaluate(() => document.body.innerText)}`);
  });

  const panel = await openExtensionPage('sidepanel.html');
  await panel.waitForSelector('[data-testid="request-input"]');
  await panel.type('[data-testid="request-input"]', 'AMD Ryzen 9 5900X');
  await panel.keyboard.press('Enter');
  await panel.waitForFunction(() => {
    const run = document.querySelector('[data-testid="run"]');
    return run && run.getAttribute('data-status') !== 'running';
  }, { timeout: 90_000 });
  const status = await panel.$eval('[data-testid="run"]', (el) => el.getAttribute('data-status'));
  const titles = await panel.$$eval('[data-testid="pick-link"]', (links) => links.map((a) => a.textContent ?? ''));
  assert.equal(status, 'done');
  const shown = await panel.evaluate(() => document.body.innerText);
  assert.ok(titles.some((t) => /5900X/i.test(t)), `expected a 5900X pick, got ${JSON.stringify(titles)}; the panel shows: ${shown}`);
});
