/**
 * Figures a title states that a superlative ranks by, beyond product-match's measureFor: a fan's
 * rotation speed, a version within a family of standards ("the most recent Bluetooth version"), and
 * attributes named by what they measure ("the highest core count", "the lowest CAS latency").
 */
import { gpuChipAt } from './gpu-tiers';
import { highestVersion, measures, stripTags, type Version } from '../checklist/text';
import type { ProductRecord } from '../page/types';
import { measureFor } from './product-match';
import { boardSizeOf } from './compatibility-keys';
import { BOARD_SIZES } from './standards';
import type { Superlative } from './request-shape';

type Measure = Superlative['measure'];

/**
 * Attributes shoppers rank by under their own names, and the figures shops state for them (general
 * product knowledge): cores as "16-Core" or "Quad Core", CAS latency as "CL30", cache as "30MB Cache";
 * memory and storage in GB, a clock in MHz, a refresh rate in Hz (product-match's measureFor).
 */
const NAMED_ATTRIBUTES: { measure: Measure; name: string; shown: string }[] = [
  { measure: 'cores', name: '(?:cpu |processor )?(?:core count|number of cores|cores)', shown: 'core count' },
  { measure: 'threads', name: 'thread count|number of threads|threads', shown: 'thread count' },
  { measure: 'cas-latency', name: '(?:cas |cl )?latency|cas', shown: 'CAS latency' },
  { measure: 'cache', name: '(?:l[23] )?cache(?: size)?', shown: 'cache' },
  { measure: 'noise', name: 'noise(?: level)?|sound level', shown: 'noise level' },
  { measure: 'capacity', name: '(?:video |graphics )?memory|v?ram|storage(?: capacity)?', shown: 'capacity' },
  { measure: 'speed', name: '(?:boost |base )?clock(?: speed)?|frequency', shown: 'speed' },
  { measure: 'refresh-rate', name: 'refresh rate', shown: 'refresh rate' },
  { measure: 'resolution', name: 'resolution', shown: 'resolution' },
  { measure: 'leds', name: '(?:led|leds)(?: count)?|number of leds', shown: 'LED count' },
  { measure: 'fans', name: '(?:pre-?installed |included |fitted )?fans?(?: (?:installed|included|fitted|pre-?installed|in the box))?|fan count|number of fans', shown: 'fans fitted' },
];
/** The attributes shops label with a code or word of their own, read by labelledFigure. */
const LABELLED_MEASURES = new Set<Measure>(['cores', 'threads', 'cas-latency', 'cache', 'noise', 'fans', 'leds']);
const MOST = 'highest|most|largest|biggest|greatest|maximum';
const LEAST = 'lowest|fewest|least|smallest|minimum';
/**
 * "the most cores", "the lowest CAS latency", "the quietest"; never "at most" or "at least". The
 * attribute is the last word that names one: "the lowest memory latency" is latency, not memory.
 */
const NAMED_SUPERLATIVE = new RegExp(`(?<!\\bat )\\b(?:(${MOST})|(${LEAST}))\\s+(?:[a-z0-9-]+\\s+)?(${NAMED_ATTRIBUTES.map((a) => `(?:${a.name})`).join('|')})\\b|\\bquietest\\b`, 'i');

/** A superlative over an attribute the request names ("the highest core count"), and the words that asked it. */
export function namedSuperlative(text: string): { superlative: Superlative; phrase: string } | undefined {
  const m = NAMED_SUPERLATIVE.exec(text);
  if (!m) return undefined;
  if (!m[3]) return { superlative: { measure: 'noise', direction: 'min' }, phrase: m[0] };
  const attribute = NAMED_ATTRIBUTES.find((a) => new RegExp(`^(?:${a.name})$`, 'i').test(m[3]!))!;
  return { superlative: { measure: attribute.measure, direction: m[1] ? 'max' : 'min' }, phrase: m[0] };
}

/** The name a shopper reads for a measure: "core count", not "cores". */
export function figureName(measure: Measure): string {
  if (measure === 'gpu-tier') return 'graphics chip';
  if (measure === 'radiator') return 'radiator size (mm)';
  if (measure === 'board-size') return 'board size';
  return NAMED_ATTRIBUTES.find((a) => a.measure === measure)?.shown ?? measure;
}

/** A figure a shop labels with its own code or word: "CL30", "12 Threads", "30MB Cache", "18 dB(A)". */
function labelledFigure(text: string, measure: Measure): number | undefined {
  if (measure === 'cores') {
    const cores = measures(text).filter((m) => m.unit === 'core').map((m) => m.value);
    return cores.length ? Math.max(...cores) : undefined;
  }
  const re = LABELLED[measure];
  if (!re) return undefined;
  const values = [...text.matchAll(re)].map((m) => Number(m[1] ?? m[2]));
  if (!values.length) return undefined;
  // A range ("18-25 dB(A)") is as loud as its top; a kit states one latency, a CPU one cache.
  return measure === 'noise' ? Math.max(...values) : values[0];
}

const LABELLED: Partial<Record<Measure, RegExp>> = {
  threads: /\b(\d{1,3})[- ]?threads?\b|\b\d{1,3}C\s?\/\s?(\d{1,3})T\b/gi,
  'cas-latency': /\b(?:CL|CAS(?:\s+latency)?(?:\s+of)?)\s?[-:]?\s?(\d{1,2})\b/gi,
  cache: /\b(\d{1,3}(?:\.\d{1,2})?)\s?MB\s+(?:L[23]\s+|smart\s+)?cache\b/gi,
  noise: /\b(\d{1,2}(?:\.\d)?)\s?dB(?:A|\s?\(A\))?(?![\w(])/gi,
  // "7 ARGB Fans", "6x RGB Fans", "3 x 12cm RGB fans": the fans a case or cooler comes with.
  // (Not a size: "12cm Fan" is one fan.)
  fans: /\b(\d{1,2})(?:\s?x\s?|\s+)(?:[\w.-]+\s+){0,3}?fans?\b/gi,
  // "33-LED Pump Head", "24 RGB LED ring": the LEDs a pump head or ring carries.
  leds: /\b(\d{1,3})[\s-]?(?:(?:RGB|ARGB)\s+)?LEDs?\b/gi,
};

/** A fan's top speed: the highest RPM the title gives (the top of a range "300-2100 RPM"). */
export function rotationSpeed(title: string): number | undefined {
  const rpm = measures(title).filter((m) => m.unit === 'rpm').map((m) => m.value);
  return rpm.length ? Math.max(...rpm) : undefined;
}

/** A fan's lowest speed: the bottom of the RPM range the title gives ("200-1700 RPM"), else its one RPM figure. */
export function lowestRotation(title: string): number | undefined {
  const range = /\b(\d{2,5})\s*[-–~]\s*\d{2,5}\s*RPM\b/i.exec(title);
  return range ? Number(range[1]) : rotationSpeed(title);
}

/** A version as one number that orders like the version: "5.3" > "5.0" > "4.2", "6a" just above "6". */
export function versionNumber(v: Version): number {
  const [major = 0, minor = 0, patch = 0] = v.parts;
  return major + minor / 1e3 + patch / 1e6 + (v.suffix ? 1e-7 : 0);
}

/** A figure as the shopper reads it: a version as "5.3", not as the number it is ranked by. */
export function showFigure(value: number, measure: Superlative['measure']): string {
  // A rung of the graphics chips' ladder is shown as the chip ("RTX 4080 SUPER").
  if (measure === 'gpu-tier') return gpuChipAt(value) ?? String(value);
  if (measure === 'board-size') return BOARD_SIZES[value]?.name ?? String(value);
  if (measure !== 'version') return String(value);
  const major = Math.floor(value);
  return `${major}.${Math.floor(Math.round((value - major) * 1e7) / 1e4)}`;
}

/** The figure a superlative ranks by, read from the title; undefined where the title shows none. */
export function figureFor(title: string, superlative: Pick<Superlative, 'measure' | 'family'> & Partial<Pick<Superlative, 'direction' | 'top'>>): number | undefined {
  if (superlative.measure === 'version') {
    const v = superlative.family ? highestVersion(title, superlative.family) : undefined;
    return v ? versionNumber(v) : undefined;
  }
  // ("the fan that can turn the slowest": the bottom of its range, not its top.)
  // A case's size: the largest board size its title names.
  if (superlative.measure === 'board-size') return boardSizeOf(title);
  // ("the fan that tops out at the lowest speed": the top of its range, ranked lowest first.)
  if (superlative.measure === 'rotation') return superlative.direction === 'min' && !superlative.top ? lowestRotation(title) : rotationSpeed(title);
  if (LABELLED_MEASURES.has(superlative.measure)) return labelledFigure(title, superlative.measure);
  return measureFor(title, superlative.measure);
}

/**
 * The figure of an offer: its title's, else, for an attribute a shop labels ("CL30", "16 cores"),
 * its description's; a description's capacities or lengths may be of other parts, those labels not.
 */
export function offerFigure(record: Pick<ProductRecord, 'name' | 'description'>, superlative: Pick<Superlative, 'measure' | 'family'>): number | undefined {
  const fromTitle = figureFor(record.name ?? '', superlative);
  // (A case's description counts the fans it has room for, "10x 120mm fans", as often as those it comes with: titles only.)
  if (fromTitle !== undefined || !LABELLED_MEASURES.has(superlative.measure) || superlative.measure === 'fans') return fromTitle;
  return labelledFigure(stripTags(record.description ?? ''), superlative.measure);
}

/** "should read at up to 2000MB/s", "reads at least 3500 MB/s", "read speeds of 2000MB/s": a read speed the product must reach. */
export const READ_SPEED_SAID = /\b(?:reads?|reading)\s+(?:at\s+)?(?:up\s+to\s+|at\s+least\s+|over\s+|above\s+|more\s+than\s+)?(\d{3,5})\s?MB\/s\b|\bread\s+speeds?\s+(?:of\s+)?(?:up\s+to\s+|at\s+least\s+|over\s+|above\s+)?(\d{3,5})\s?MB\/s\b/i;

/** The figures a request's requirements say a pick must reach (a read speed), checked as floors (rank.ts). */
export function statedFloors(requirements: string): { measure: 'read-speed'; value: number }[] {
  const m = READ_SPEED_SAID.exec(requirements);
  return m ? [{ measure: 'read-speed', value: Number(m[1] ?? m[2]) }] : [];
}

/** A floor's figure of an offer: its title's, else for a read speed its description's ("up to 2000MB/s"), which drive pages state of the drive. */
export function floorFigure(record: Pick<ProductRecord, 'name' | 'description'>, floor: Pick<Superlative, 'measure' | 'family'>): number | undefined {
  return figureFor(record.name ?? '', floor) ?? (floor.measure === 'read-speed' ? measureFor(stripTags(record.description ?? ''), 'read-speed') : undefined);
}

/**
 * "The fastest" of products rated by how fast they turn (fans: RPM) rather than by a clock or a read
 * speed: the speed most of the titles state decides which one ranks.
 */
export function rankingMeasure<T>(pool: T[], title: (c: T) => string, superlative: Superlative): Superlative {
  if (superlative.measure !== 'speed') return superlative;
  const shown = (measure: Superlative['measure']) => pool.filter((c) => figureFor(title(c), { measure }) !== undefined).length;
  return shown('rotation') > shown('speed') ? { ...superlative, measure: 'rotation' } : superlative;
}
