/**
 * Checklists: typed, verifiable wishes built from a request's intents and the stored profile.
 * Every item kind lives in items/<kind>.ts and declares which records it applies to.
 */
import type { PriceBounds } from '../intents/types';
import type { ProductRecord, TrackRecord } from '../page/types';

/** What the user keeps between runs; the store persists it, the checklist turns it into soft items. */
export interface Profile {
  likes: string[];
  dislikes: string[];
  brandsLiked: string[];
  brandsAvoided: string[];
  budget?: PriceBounds;
  /** Option name -> preferred value: "shoe" -> "43", "shirt" -> "M". */
  sizes: Record<string, string>;
}

/** Numeric comparison of a measured quantity: "longer than 3 m" -> {unit: 'm', op: '>', value: 3}. */
/** ('!=' is a pack size turned down: "no three-packs".) */
export type Comparison = '<' | '<=' | '=' | '>=' | '>' | '!=';

interface ItemBase {
  /** Stable id (kind + value), so verdicts and UI state can refer to an item. */
  id: string;
  /** What the user reads: "Price at most 100", "Not by Coldplay". */
  label: string;
  /** Hard items come from what the request demands; soft ones from references and the profile. */
  hard: boolean;
  origin: 'request' | 'profile';
}

export type ShoppingItem =
  | (ItemBase & { kind: 'price-at-most'; max: number; below?: boolean; currency?: string })
  | (ItemBase & { kind: 'price-at-least'; min: number; currency?: string })
  /** `orBrands`: other makers that will do as well ("from Asus or MSI"). */
  | (ItemBase & { kind: 'brand-is'; brand: string; orBrands?: string[] })
  | (ItemBase & { kind: 'brand-is-not'; brand: string })
  /**
   * `anyOf`: other words that count as the same wish ("AORUS", a gaming line, for "gaming").
   * `inModelName`: words that count only in the product's name before its first comma ("360" in
   * "Acme TITAN 360 RX, ..." for "360mm"), where makers write a size as part of the model's name.
   */
  /** `notBefore`: part words after the wish's first word that make it describe that part ("White" of "2 White LED Fans" is no white case). */
  /** `searchedBy`: the one word shops' titles carry for the wish where its own words are seldom there ("ryzen" for "AMD processor"). */
  /**
   * `defaultUnlessNamed`: the other values of the wish's property (the other colours), for a value that is the
   * usual one (black): a page naming none of them leaves the wish open rather than failed.
   */
  /** `asPhrase`: the words only as written together, never scattered ("Mesh Front, Full tempered glass" is no "glass front"). */
  | (ItemBase & { kind: 'attribute-present'; text: string; name?: string; anyOf?: string[]; inModelName?: string[]; notBefore?: string[]; searchedBy?: string; defaultUnlessNamed?: string[]; asPhrase?: boolean })
  /** `inTitle`: a product or edition ruled out by name, which its title carries (a page may mention its siblings). */
  | (ItemBase & { kind: 'attribute-absent'; text: string; name?: string; notBefore?: string[]; anyOf?: string[]; inTitle?: boolean })
  /**
   * `part`: the size of a part the product takes ("gpu", "radiator"), not of the product itself.
   * `near`: the named spec the figure is written beside ("tdp": "185W TDP"), when other figures share its unit.
   * `largest`: the field's largest figure in the unit decides: a device's storage, titled beside its memory ("16GB, 512GB SSD").
   */
  | (ItemBase & { kind: 'measure'; unit: string; op: Comparison; value: number; part?: string; near?: string; largest?: boolean; approx?: boolean })
  /** "at least four ARGB fans": how many of a part (`part`, singular) the product comes with, of the kind `kindWords` name. */
  | (ItemBase & { kind: 'part-count'; part: string; kindWords: string[]; op: Comparison; value: number })
  /** "a 3-pack", "sold singly": how many one offer sells, as its title says ("x3", "3 Pack"; none said: one). */
  | (ItemBase & { kind: 'pack-size'; op: Comparison; count: number })
  /** "CAT6 or higher": a version of a family of standards, at least `min` ("6a" and "7" pass, "5e" fails). */
  | (ItemBase & { kind: 'version-at-least'; family: string; min: string })
  | (ItemBase & { kind: 'option'; name: string; value: string })
  | (ItemBase & { kind: 'rating-at-least'; min: number })
  | (ItemBase & { kind: 'in-stock' })
  | (ItemBase & { kind: 'same-product'; reference: string })
  | (ItemBase & { kind: 'compatible-with'; target: string });

export type MusicItem =
  | (ItemBase & { kind: 'genre'; genre: string; wanted: boolean })
  | (ItemBase & { kind: 'mood'; mood: string; wanted: boolean })
  | (ItemBase & { kind: 'instrument'; instrument: string; wanted: boolean })
  | (ItemBase & { kind: 'instrumental'; wanted: boolean })
  | (ItemBase & { kind: 'decade'; from: number; to: number; wanted: boolean })
  | (ItemBase & { kind: 'country'; country: string; wanted: boolean })
  | (ItemBase & {
      kind: 'similar-to-artist';
      artist: string;
      /** Filled by the music agent from the sites' "fans also like" lists. */
      related?: string[];
      /** Genres and styles of the reference artist, for the shared-style test. */
      genres?: string[];
    })
  | (ItemBase & { kind: 'not-artist'; artist: string });

/** A wish no rule can check ("looks elegant"): always 'unknown' unless a model judges it. */
export type FreeTextItem = ItemBase & { kind: 'free-text'; text: string };

export type ChecklistItem = ShoppingItem | MusicItem | FreeTextItem;
export type ItemKindName = ChecklistItem['kind'];

export type VerdictStatus = 'pass' | 'fail' | 'unknown';

/** The field that decided a verdict and the text or value seen there. */
export interface Evidence {
  field: string;
  value: string;
}

export interface Verdict {
  itemId: string;
  kind: ItemKindName;
  label: string;
  hard: boolean;
  /** Whose wish it checks: the request's words, or the stored profile's tastes. */
  origin?: ItemBase['origin'];
  status: VerdictStatus;
  evidence?: Evidence;
  /** Why, in words: "price 89.99 is at most 100", "no rule can check free text". */
  reason: string;
  /** How many of a referenced artist's styles the track shares ("like X"): orders picks that pass alike. */
  sharedStyles?: number;
  /** 'rules' for the model-free checks, 'unverifiable' when nothing could decide, or a model id. */
  decidedBy: string;
}

export type CheckedRecord = ProductRecord | TrackRecord;

/** One item kind, Refined-GitHub style: what it applies to and how it is verified. */
export interface ItemKind<K extends ItemKindName> {
  kind: K;
  appliesTo: 'product' | 'track' | 'any';
  verify(item: Extract<ChecklistItem, { kind: K }>, record: CheckedRecord): Omit<Verdict, 'itemId' | 'kind' | 'label' | 'hard' | 'decidedBy'>;
}
