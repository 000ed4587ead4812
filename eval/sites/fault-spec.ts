/** The --fault option of `npm run sites`, parsed apart from the CLI so tests can import it without starting it. */
import { ALL_SITE_IDS, type FaultOptions, type SiteId } from './types';

export function siteId(value: string): SiteId {
  if (!ALL_SITE_IDS.includes(value as SiteId)) throw new Error(`Unknown site "${value}"; use one of ${ALL_SITE_IDS.join(', ')}.`);
  return value as SiteId;
}

/** "shop2:latency=2000,errors=0.2,hang,variant=changed,interstitial,seed=7" -> faults for shop2. */
export function parseFault(spec: string): [SiteId, FaultOptions] {
  const [site, options = ''] = spec.split(':');
  const faults: FaultOptions = {};
  for (const part of options.split(',').filter(Boolean)) {
    const [key, value = ''] = part.split('=');
    if (key === 'latency') faults.latencyMs = Number(value);
    else if (key === 'errors' || key === 'errorRate') faults.errorRate = Number(value);
    else if (key === 'hang') faults.hang = true;
    else if (key === 'variant' && value === 'changed') faults.markupVariant = 'changed';
    else if (key === 'interstitial') faults.interstitial = true;
    else if (key === 'seed') faults.seed = Number(value);
    else throw new Error(`Unknown fault "${part}" in --fault ${spec}; use latency=MS, errors=0..1, hang, variant=changed, interstitial, seed=N.`);
  }
  return [siteId(site ?? ''), faults];
}
