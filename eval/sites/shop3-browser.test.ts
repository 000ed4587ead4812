import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../browser/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSites, type RunningSites } from './index';
import { DATA_DIR, HAS_DATA } from './test-support';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`Skipping the shop3 browser test: no Chromium at ${CHROMIUM}.`);

describe.skipIf(!HAS_DATA || !HAS_CHROMIUM)('shop3 renders its listings in a real browser', () => {
  let web: RunningSites;
  let browser: Browser;
  beforeAll(async () => {
    web = await startSites({ data: DATA_DIR, only: ['shop3'] });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it('search from the home form shows 12 cards, a next link, and an explicit empty message', async () => {
    const page = await browser.newPage();
    await page.goto(`${web.sites.shop3.baseUrl}/`);
    await page.fill('form[role=search] input[name=search]', 'kingston');
    await page.press('form[role=search] input[name=search]', 'Enter');
    await page.waitForSelector('#product-list .cc-card');
    expect(await page.locator('#product-list .cc-card').count()).toBe(12);
    const firstTitles = await page.locator('.cc-card-title').allTextContents();
    await page.click('a[rel=next]');
    await page.waitForSelector('#product-list .cc-card');
    expect(page.url()).toContain('page=2');
    expect(await page.locator('.cc-card-title').first().textContent()).not.toBe(firstTitles[0]);
    await page.goto(`${web.sites.shop3.baseUrl}/shop?search=kingstn`);
    await page.waitForSelector('.cc-empty');
    expect(await page.textContent('#list-status')).toContain('No products were found');
    await page.close();
  });
});
