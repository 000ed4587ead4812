/**
 * The page reader bundled as one IIFE (global TastebudPage), the same code the content script ships,
 * so the benchmark measures what users run.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const ENTRY = fileURLToPath(new URL('../../agents/page/index.ts', import.meta.url));

export async function bundlePageReader(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: ENTRY, formats: ['iife'], name: 'TastebudPage', fileName: () => 'page-reader.js' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling agents/page produced no script: check that agents/page/index.ts builds with vite.');
  return chunk.code;
}
