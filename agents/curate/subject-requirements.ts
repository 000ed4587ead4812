/**
 * What a subject itself requires, beside its clause: its colours ("orange straps"), the form it is
 * built in ("low-profile graphics cards") and a board size it names whole.
 */
import type { ChecklistItem } from '../checklist/types';
import { COLOUR_NAMES } from './colour-words';
import { boardSizesNamed } from './said-qualities';
import { colourItem, present } from './spec-items';

/** Colour words and spec tokens in the subject itself ("orange straps") are requirements too. */
export function subjectColours(subject: string): ChecklistItem[] {
  return COLOUR_NAMES.filter((c) => new RegExp(`\\b${c}\\b`, 'i').test(subject)).map(colourItem);
}

/**
 * Forms a product is built in (general product knowledge): a low-profile card fits a slim case and a
 * full-height one does not, so the form is required, not a taste to rank by. Shops write it spaced.
 */
const FORM_FACTORS = ['low-profile', 'half-height', 'full-height', 'single-slot', 'dual-slot', 'small form factor'];
const formFactorsIn = (subject: string): string[] => FORM_FACTORS.filter((f) => new RegExp(`\\b${f.replace(/[- ]/g, '[- ]?')}\\b`, 'i').test(subject));

/** What the subject itself requires: its colours ("orange straps") and its form ("low-profile graphics cards"). */
export function subjectRequirements(subject: string): ChecklistItem[] {
  return [...subjectColours(subject), ...formFactorsIn(subject).map((f) => present(f.replace(/-/g, ' '))), ...boardSizesNamed(subject)];
}

/**
 * A form searched by itself, as shops write it ("low profile"): such products are titled by model and
 * form ("RTX3050 LP ... Low Profile"), often without the kind's words a search for the kind needs.
 */
export function formFactorQueries(subjects: readonly string[]): string[][] {
  return [...new Set(subjects.flatMap(formFactorsIn))].map((f) => [f.replace(/-/g, ' ')]);
}
