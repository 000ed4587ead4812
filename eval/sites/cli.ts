/**
 * npm run sites -- --data DIR [--only shop1,tunes] [--fault shop2:latency=2000] [--fault shop3:variant=changed]
 * Starts the local web and prints each site's base URL; stops on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { parseFault, siteId } from './fault-spec';
import { startSites } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, only: { type: 'string' }, fault: { type: 'string', multiple: true }, host: { type: 'string' } },
  });
  if (!values.data) throw new Error('Missing --data DIR: the evaluation data folder (holding webmall/, music-catalog/, product-pages/).');
  const only = values.only?.split(',').map((s) => siteId(s.trim()));
  const faults = Object.fromEntries((values.fault ?? []).map(parseFault));
  const started = Date.now();
  const running = await startSites({ data: values.data, only, faults, host: values.host });
  for (const site of Object.values(running.sites)) console.log(`${site.id.padEnd(8)} ${site.name.padEnd(18)} ${site.baseUrl}`);
  console.log(`Started in ${Date.now() - started} ms. Ctrl-C to stop.`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
