/**
 * Connects a run to the curation agents: picks the agent for the request's kind, turns the agents'
 * progress events into per-site progress rows, and their results into the cards the panel stores.
 */
import type { ChecklistItem, Verdict } from '../../agents/checklist/types';
import { curateMusic, curateShopping } from '../../agents/curate';
import type { ModelAssistOptions } from '../../agents/curate/model-assist/types';
import type { Offer, ProgressEvent, SiteReport } from '../../agents/curate/types';
import type { ParsedRequest } from '../../agents/intents/types';
import type { SiteRef, SiteVisitor } from '../../agents/sites/types';
import type { SiteProgress, StoredPick, StoredProfile, StoredRun, StoredSite } from '../../agents/store/types';

export interface RunCuration {
  picks: StoredPick[];
  leftOut: StoredRun['leftOut'];
  emptyMessage: string;
  /** The agent's notes for the user (a model that could not help, a wish loosened). */
  notes: string[];
  /** The products the request quoted, as read by the agent (no verdicts: they are not picks). */
  references: StoredPick[];
  /** The picks stand in for the first reference (a substitute request): the panel shows each one's price difference. */
  alternativesToReference: boolean;
}

export async function curateForRun(input: {
  parsed: ParsedRequest;
  sites: StoredSite[];
  visitor: SiteVisitor;
  profile: StoredProfile;
  maxPicks: number;
  signal: AbortSignal;
  onProgress(progress: SiteProgress): void;
  /** The side panel's model; absent with the model-free engine. */
  modelAssist?: ModelAssistOptions;
}): Promise<RunCuration> {
  const refs: SiteRef[] = input.sites.map((s) => ({ id: s.id, name: s.name, baseUrl: s.baseUrl, kind: s.kind }));
  const names = new Map(input.sites.map((s) => [s.id, s.name]));
  const items = new Map<string, number>();
  const onProgress = (ev: ProgressEvent) => input.onProgress(toSiteProgress(ev, names.get(ev.site) ?? ev.site, items));
  const common = { request: input.parsed, sites: refs, visitor: input.visitor, profile: input.profile, signal: input.signal, onProgress, modelAssist: input.modelAssist };

  if (input.parsed.kind === 'music') {
    const playlist = await curateMusic({ ...common, count: Math.max(input.maxPicks, 10) });
    const picks = playlist.tracks.map<StoredPick>((t) => ({
      url: t.track.url,
      title: t.track.title,
      subtitle: [t.track.artist, t.track.year].filter(Boolean).join(' · '),
      siteName: names.get(t.site) ?? t.site,
      explanation: t.explanation.join(' '),
      verdicts: oneLinePerWish(t.verdicts.map(toStoredVerdict)),
    }));
    return { picks, leftOut: [], emptyMessage: emptyMessage(playlist.sites), notes: [...playlist.notes, ...unjudgedNote(playlist.checklist, playlist.tracks, input.modelAssist)], references: [], alternativesToReference: false };
  }

  const result = await curateShopping(common);
  // A bare kind ("a motherboard") is answered with the best few of the ranking (the settings' number of
  // picks); the rest stay reachable under "why not the others". A set the request defines (all offers,
  // everything meeting stated requirements) is shown whole.
  const shown = result.ranking ? result.picks.slice(0, Math.max(1, input.maxPicks)) : result.picks;
  const rankedLower = result.picks.slice(shown.length).map((p, i) => ({
    title: p.offer.record.name ?? p.offer.record.url,
    url: p.offer.record.url,
    reason: `Ranked ${shown.length + i + 1} of ${result.picks.length}, below the ${shown.length} shown.`,
  }));
  const picks = shown.map<StoredPick>((p) => ({
    ...offerCard(p.offer, names),
    explanation: p.explanation.join(' '),
    verdicts: oneLinePerWish(p.verdicts.map(toStoredVerdict)),
  }));
  const references = (result.references ?? []).map<StoredPick>((offer) => ({ ...offerCard(offer, names), explanation: 'The product your request quoted.', verdicts: [] }));
  const leftOut = [...rankedLower, ...result.leftOut.map((l) => ({ title: l.offer.record.name ?? l.offer.record.url, url: l.offer.record.url, reason: l.reason }))].slice(0, 30);
  return {
    picks, leftOut, emptyMessage: result.emptyNote ?? emptyMessage(result.sites), notes: [...result.notes, ...unjudgedNote(result.checklist, shown, input.modelAssist)],
    references, alternativesToReference: result.shape.startsWith('substitute') && references.length > 0,
  };
}

/** What a card shows of an offer: name, shop, price, picture, product identity. */
function offerCard(offer: Offer, names: Map<string, string>): Omit<StoredPick, 'explanation' | 'verdicts'> {
  return {
    url: offer.record.url,
    title: offer.record.name ?? offer.record.url,
    siteName: names.get(offer.site) ?? offer.site,
    price: offer.record.price,
    currency: offer.record.currency,
    image: offer.record.images[0],
    productKey: offer.productKey,
  };
}

function toSiteProgress(ev: ProgressEvent, siteName: string, items: Map<string, number>): SiteProgress {
  switch (ev.status) {
    case 'searching':
      return { siteId: ev.site, siteName, state: 'searching', itemsRead: items.get(ev.site) ?? 0, message: `searching “${ev.query}”` };
    case 'read':
      items.set(ev.site, ev.items);
      return { siteId: ev.site, siteName, state: 'reading', itemsRead: ev.items };
    case 'done':
      return { siteId: ev.site, siteName, state: 'done', itemsRead: ev.items };
    case 'failed':
      return { siteId: ev.site, siteName, state: 'failed', itemsRead: items.get(ev.site) ?? 0, message: ev.message };
  }
}

function toStoredVerdict(v: Verdict): StoredPick['verdicts'][number] {
  return {
    label: v.label,
    verdict: v.status,
    evidence: v.evidence ? `${v.evidence.field}: ${v.evidence.value}` : v.reason,
    decidedBy: v.decidedBy,
  };
}

type StoredVerdict = StoredPick['verdicts'][number];
const WORST: Record<StoredVerdict['verdict'], number> = { fail: 2, unknown: 1, pass: 0 };

/**
 * "no eminem" is checked both as an artist and as an instrument ("Not eminem" twice): a card shows
 * one line per wish as the shopper reads it, marked by the worse of its checks, since every check
 * under that wording must hold.
 */
export function oneLinePerWish(verdicts: StoredVerdict[]): StoredVerdict[] {
  const byLabel = new Map<string, StoredVerdict>();
  for (const v of verdicts) {
    const seen = byLabel.get(v.label);
    if (!seen || WORST[v.verdict] > WORST[seen.verdict]) byLabel.set(v.label, v);
  }
  return [...byLabel.values()];
}

function emptyMessage(sites: SiteReport[]): string {
  const failed = sites.filter((s) => s.status === 'failed');
  if (sites.length > 0 && failed.length === sites.length) {
    return `None of your sites could be searched: ${failed.map((s) => s.message ?? s.site).join('; ')}`;
  }
  return 'Nothing on your sites matched this request. Try fewer or more general words, or remove a chip.';
}

/** With the model-free engine, free-text wishes on the cards stay "?": the user learns why and what would change it. */
function unjudgedNote(checklist: ChecklistItem[], picks: { verdicts: Verdict[] }[], modelAssist: ModelAssistOptions | undefined): string[] {
  if (modelAssist) return [];
  const shown = new Set(picks.flatMap((p) => p.verdicts.filter((v) => v.kind === 'free-text' && v.status === 'unknown').map((v) => v.itemId)));
  const open = checklist.flatMap((i) => (i.kind === 'free-text' && shown.has(i.id) ? [`"${i.text}"`] : []));
  return open.length ? [`No model judged ${open.join(', ')}: the model-free engine cannot. Choose a model engine in Options → Engine to have such wishes judged.`] : [];
}
