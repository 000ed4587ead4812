/**
 * What every benchmark spec needs before its first task: the local sites it runs on (started once per
 * Playwright worker), and a fresh extension profile with those sites added through Options.
 */
import { test } from '@playwright/test';
import { addSiteThroughOptions } from '../browser/extension-ui';
import { launchExtension, type LaunchedExtension } from '../browser/launch-extension';
import { startSites, type RunningSites, type SiteId } from '../sites';

export function benchTest(data: string, siteIds: readonly SiteId[]) {
  return test.extend<{}, { sites: RunningSites }>({
    sites: [
      async ({}, use) => {
        const sites = await startSites({ data, only: [...siteIds] });
        await use(sites);
        await sites.close();
      },
      { scope: 'worker' },
    ],
  });
}

/** A fresh profile with `siteIds` added as the user would; `onLaunchFailure` records the lost task. */
export async function launchWithSites(
  sites: RunningSites,
  siteIds: readonly SiteId[],
  kind: 'shop' | 'music',
  onLaunchFailure: (error: unknown) => void,
): Promise<LaunchedExtension> {
  const launched = await launchExtension({ headed: !!process.env.HEADED }).catch((error: unknown) => {
    onLaunchFailure(error);
    throw error;
  });
  try {
    for (const id of siteIds) {
      const site = sites.sites[id];
      await addSiteThroughOptions(launched.context, launched.extensionId, { url: site.baseUrl, name: site.name, kind });
    }
  } catch (error) {
    await launched.close();
    onLaunchFailure(error);
    throw error;
  }
  return launched;
}
