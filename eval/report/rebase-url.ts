/** The pick URL moved from the host the run used to the same site running here. */
export function rebaseUrl(url: string, runSites: Record<string, string>, hereSites: Record<string, string>): string {
  const parsed = new URL(url);
  const site = Object.entries(runSites).find(([, base]) => new URL(base).host === parsed.host)?.[0];
  if (!site || !hereSites[site]) return url;
  const here = new URL(hereSites[site]!);
  parsed.host = here.host;
  return parsed.toString();
}
