/**
 * What every benchmark spec needs before its first task: the local sites it runs on (started once per
 * Playwright worker), and a fresh extension profile with those sites added through Options.
 */
import { join } from 'node:path';
import { test } from '@playwright/test';
import { addSiteThroughOptions, extensionUrl } from '../browser/extension-ui';
import { launchExtension, type LaunchedExtension } from '../browser/launch-extension';
import { startSites, type RunningSites, type SiteId } from '../sites';
import { askAndObserve, failedAnswer, recordAnswer, siteBases } from './record-answer';
import type { RawAnswer } from './types';

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

export interface BenchTask {
  id: string;
  category: string;
  request: string;
}

/**
 * One task as every suite runs it: a fresh profile with the sites, an optional set-up step (a
 * shopper profile), the request asked in the side panel, and exactly one answer recorded, a failed
 * one when anything throws.
 */
export async function askInFreshProfile(opts: {
  sites: RunningSites;
  siteIds: readonly SiteId[];
  kind: 'shop' | 'music';
  task: BenchTask;
  settings: { rawFile: string; reportDir: string };
  prepare?(launched: LaunchedExtension): Promise<void>;
  /** Runs around the ask, e.g. to read the carts before and after; may add to the answer. */
  observe?(ask: () => Promise<RawAnswer>): Promise<RawAnswer>;
}): Promise<void> {
  const bases = siteBases(opts.sites.sites);
  const fail = (error: unknown) => recordAnswer(opts.settings.rawFile, failedAnswer(opts.task, error, bases));
  const launched = await launchWithSites(opts.sites, opts.siteIds, opts.kind, fail);
  try {
    await opts.prepare?.(launched);
    const panel = await launched.context.newPage();
    await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
    const ask = () => askAndObserve(panel, opts.task, { sites: bases, shotsDir: join(opts.settings.reportDir, 'shots') });
    recordAnswer(opts.settings.rawFile, await (opts.observe ? opts.observe(ask) : ask()));
  } catch (error) {
    fail(error);
    throw error;
  } finally {
    await launched.close();
  }
}
