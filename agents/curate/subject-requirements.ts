/**
 * What a subject itself requires, beside its clause: its colours ("orange straps"), the form it is
 * built in ("low-profile graphics cards") and a board size it names whole.
 */
import type { ChecklistItem } from '../checklist/types';
import { COLOUR_NAMES } from './colour-words';
import { boardSizesNamed } from './said-qualities';
import { colourItem, present } from './spec-items';
import { subjectKind } from './product-kind';

/** Colour words and spec tokens in the subject itself ("orange straps") are requirements too. */
export function subjectColours(subject: string): ChecklistItem[] {
  return COLOUR_NAMES.filter((c) => new RegExp(`\\b${c}\\b`, 'i').test(subject)).map(colourItem);
}

/**
 * Forms a product is built in (general product knowledge): a low-profile card fits a slim case and a
 * full-height one does not, so the form is required, not a taste to rank by. Shops write it spaced.
 */
const FORM_FACTORS = ['low-profile', 'half-height', 'full-height', 'single-slot', 'dual-slot', 'small form factor'];
export const formFactorsIn = (subject: string): string[] => FORM_FACTORS.filter((f) => new RegExp(`\\b${f.replace(/[- ]/g, '[- ]?')}\\b`, 'i').test(subject));

/** A form as an item: shops write it spaced ("Low Profile"), a small form factor also "SFF". */
export function formItem(form: string): ChecklistItem {
  const item = present(form.replace(/-/g, ' '));
  return form === 'small form factor' ? { ...item, anyOf: ['SFF'] } : item;
}

/** What the subject itself requires: its colours ("orange straps") and its form ("low-profile graphics cards"). */
export function subjectRequirements(subject: string): ChecklistItem[] {
  return [...subjectColours(subject), ...formFactorsIn(subject).map(formItem), ...towerComputer(subject), ...boardSizesNamed(subject)];
}

/**
 * What several products asked for together must each be: only what every one of their names says ("the Kingston Fury Beast
 * RGB and the white Corsair Vengeance RGB": the white one's colour is its own, its titles show it, no wish of the Kingston).
 */
export function sharedSubjectRequirements(subjects: readonly string[]): ChecklistItem[] {
  const each = subjects.map(subjectRequirements);
  return (each[0] ?? []).filter((item) => each.every((items) => items.some((other) => other.label === item.label)));
}

/** "a desktop tower", "a tower PC": a computer in a tower, which a mini PC or a laptop is not; its title says "Tower". */
function towerComputer(subject: string): ChecklistItem[] {
  return /\btower\b/i.test(subject) && subjectKind(subject) === 'pc' ? [present('tower')] : [];
}

/** "made for small form factor builds", "designed for builds like this" (a lead-in building one). */
const BUILT_FOR = /\b(?:made|designed|built|meant|intended|ideal|suited|suitable|aimed)\s+(?:for|at)\b/i;

/**
 * The forms of build a part must be made for: a part "made for builds like this" after a lead-in
 * about a small form factor PC is one whose page says it suits small form factor builds; any part
 * fits some build, so without the form named the words ask nothing a page can show.
 */
export function builtForForms(clause: string): ChecklistItem[] {
  return BUILT_FOR.test(clause) ? formFactorsIn(clause).map(formItem) : [];
}

/**
 * A form searched by itself, as shops write it ("low profile"): such products are titled by model and
 * form ("RTX3050 LP ... Low Profile"), often without the kind's words a search for the kind needs.
 */
export function formFactorQueries(subjects: readonly string[]): string[][] {
  return [...new Set(subjects.flatMap(formFactorsIn))].map((f) => [f.replace(/-/g, ' ')]);
}
