/**
 * npm run sites -- --data DIR [--only shop1,tunes] [--fault shop2:latency=2000] [--fault shop3:variant=changed]
 * Starts the local web and prints each site's base URL; stops on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { ALL_SITE_IDS, startSites, type FaultOptions, type SiteId } from './index';

function siteId(value: string): SiteId {
  if (!ALL_SITE_IDS.includes(value as SiteId)) throw new Error(`Unknown site "${value}"; use one of ${ALL_SITE_IDS.join(', ')}.`);
  return value as SiteId;
}

/** "shop2:latency=2000,errors=0.2,hang,variant=changed,seed=7" -> faults for shop2. */
export function parseFault(spec: string): [SiteId, FaultOptions] {
  const [site, options = ''] = spec.split(':');
  const faults: FaultOptions = {};
  for (const part of options.split(',').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    if (key === 'latency') faults.latencyMs = Number(value);
    else if (key === 'errors' || key === 'errorRate') faults.errorRate = Number(value);
    else if (key === 'hang') faults.hang = true;
    else if (key === 'variant' && value === 'changed') faults.markupVariant = 'changed';
    else if (key === 'seed') faults.seed = Number(value);
    else throw new Error(`Unknown fault "${part}" in --fault ${spec}; use latency=MS, errors=0..1, hang, variant=changed, seed=N.`);
  }
  return [siteId(site ?? ''), faults];
}

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
