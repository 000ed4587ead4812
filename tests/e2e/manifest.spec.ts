/** Least privilege: the store builds ask for no site access up front; the local build only for 127.0.0.1. */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const manifest = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

test('the Chrome store build has no host access until the user adds a site', () => {
  const m = manifest('chrome-mv3');
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions).toEqual(['*://*/*']);
  expect(m.side_panel.default_path).toBe('sidepanel.html');
});

test('the Firefox store build has no host access until the user adds a site, and a sidebar', () => {
  const m = manifest('firefox-mv2');
  expect(m.permissions.filter((p: string) => p.includes('/') || p === '<all_urls>')).toEqual([]);
  expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
});

test('the local build is granted 127.0.0.1 and nothing else', () => {
  expect(manifest('local/chrome-mv3').host_permissions).toEqual(['http://127.0.0.1/*']);
});
