/** Builds harness/page-entry.ts for the browser with Vite, as the extension build would bundle it. */
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions } from 'vite';
import { ORT_EXTERN_WASM_CONDITION } from '../../../agents/llm/transformers/assets';

export async function bundleEnginePage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'error',
    // As in the extension build: the ONNX runtime without its WASM embedded; the page serves the files.
    resolve: { conditions: [ORT_EXTERN_WASM_CONDITION, ...defaultClientConditions] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL('./page-entry.ts', import.meta.url)), formats: ['es'], fileName: () => 'page-entry.js' },
      // The WebGPU test only asks WebLLM for availability, which never imports the library.
      rollupOptions: { external: ['@mlc-ai/web-llm'] },
    },
  });
}
