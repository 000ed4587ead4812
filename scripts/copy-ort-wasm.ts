/**
 * Where the extension build finds the ONNX runtime WASM to ship. Used by wxt.config.ts's
 * build:publicAssets hook (Chrome only: Mozilla rejects files over 5 MB, so the Firefox build
 * leaves transformers.js out) and by the engine tests that serve the same files to Chromium.
 *
 *   npx tsx scripts/copy-ort-wasm.ts --out DIR   copies the files into DIR/ort/ (for a manual check)
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ORT_WASM_FILES, ORT_WASM_PUBLIC_DIR } from '../agents/llm/transformers/assets';

/** onnxruntime-web/dist as installed for @huggingface/transformers (its own pinned version). */
export function ortWasmSourceDir(): string {
  const fromTransformers = createRequire(createRequire(import.meta.url).resolve('@huggingface/transformers'));
  const dir = dirname(fromTransformers.resolve('onnxruntime-web'));
  const missing = ORT_WASM_FILES.filter((f) => !existsSync(join(dir, f)));
  if (missing.length) throw new Error(`ONNX runtime files missing in ${dir}: ${missing.join(', ')}. Run npm install.`);
  return dir;
}

/** Entries for WXT's build:publicAssets hook: { absoluteSrc, relativeDest }. */
export function ortWasmPublicFiles(): { absoluteSrc: string; relativeDest: string }[] {
  const dir = ortWasmSourceDir();
  return ORT_WASM_FILES.map((file) => ({ absoluteSrc: join(dir, file), relativeDest: `${ORT_WASM_PUBLIC_DIR}/${file}` }));
}

export function copyOrtWasm(outDir: string): string[] {
  return ortWasmPublicFiles().map(({ absoluteSrc, relativeDest }) => {
    const dest = join(outDir, relativeDest);
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(absoluteSrc, dest);
    return dest;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : undefined;
  if (!out) {
    console.error('Usage: copy-ort-wasm --out DIR (the files go to DIR/ort/)');
    process.exit(2);
  }
  for (const file of copyOrtWasm(resolve(out))) console.log(file);
}
