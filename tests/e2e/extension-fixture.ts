/** Playwright fixtures: the built extension in a fresh Chromium profile, and its id. */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchExtension } from '../../eval/browser/launch-extension';
import { addSiteThroughOptions, extensionUrl } from '../../eval/browser/extension-ui';

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  openExtensionPage(path: 'sidepanel.html' | 'options.html' | 'popup.html'): Promise<Page>;
  addSite(url: string, name: string, kind: 'shop' | 'music'): Promise<void>;
}

export const test = base.extend<ExtensionFixtures & { launched: Awaited<ReturnType<typeof launchExtension>> }>({
  launched: async ({}, use) => {
    const launched = await launchExtension({ headed: !!process.env.HEADED });
    await use(launched);
    await launched.close();
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(extensionUrl(extensionId, path));
      return page;
    });
  },
  addSite: async ({ context, extensionId }, use) => {
    await use((url, name, kind) => addSiteThroughOptions(context, extensionId, { url, name, kind }));
  },
});

export const expect = test.expect;
