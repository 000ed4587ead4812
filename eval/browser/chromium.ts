import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH overrides it for other machines. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Flags known to work headless on a machine with no network and no GPU. */
export function chromiumArgs(): string[] {
  return ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
}
