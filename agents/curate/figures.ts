/**
 * Figures a title states that a superlative ranks by, beyond product-match's measureFor: a fan's
 * rotation speed and a version within a family of standards ("the most recent Bluetooth version").
 */
import { highestVersion, measures, type Version } from '../checklist/text';
import { measureFor } from './product-match';
import type { Superlative } from './request-shape';

/** A fan's top speed: the highest RPM the title gives (the top of a range "300-2100 RPM"). */
export function rotationSpeed(title: string): number | undefined {
  const rpm = measures(title).filter((m) => m.unit === 'rpm').map((m) => m.value);
  return rpm.length ? Math.max(...rpm) : undefined;
}

/** A version as one number that orders like the version: "5.3" > "5.0" > "4.2", "6a" just above "6". */
export function versionNumber(v: Version): number {
  const [major = 0, minor = 0, patch = 0] = v.parts;
  return major + minor / 1e3 + patch / 1e6 + (v.suffix ? 1e-7 : 0);
}

/** A figure as the shopper reads it: a version as "5.3", not as the number it is ranked by. */
export function showFigure(value: number, measure: Superlative['measure']): string {
  if (measure !== 'version') return String(value);
  const major = Math.floor(value);
  return `${major}.${Math.floor(Math.round((value - major) * 1e7) / 1e4)}`;
}

/** The figure a superlative ranks by, read from the title; undefined where the title shows none. */
export function figureFor(title: string, superlative: Pick<Superlative, 'measure' | 'family'>): number | undefined {
  if (superlative.measure === 'version') {
    const v = superlative.family ? highestVersion(title, superlative.family) : undefined;
    return v ? versionNumber(v) : undefined;
  }
  if (superlative.measure === 'rotation') return rotationSpeed(title);
  return measureFor(title, superlative.measure);
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
