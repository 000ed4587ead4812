import { resolve } from 'node:path';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';
import { ORT_EXTERN_WASM_CONDITION } from './agents/llm/transformers/assets';
import { ortWasmPublicFiles } from './scripts/copy-ort-wasm';

/**
 * TASTEBUD_LOCAL=1 builds the variant used by the demo, tests and benchmarks: it is granted the
 * local websites on 127.0.0.1 up front (no permission prompt can be answered in headless runs).
 * The store build asks for each site when the user adds it.
 */
const local = process.env.TASTEBUD_LOCAL === '1';
const NOT_IN_BUILD = resolve('lib/not-in-this-build.ts');

export default defineConfig({
  outDir: local ? '.output/local' : '.output',
  // onnxruntime-web's build that fetches its WASM from the extension instead of embedding 21 MB of it in JS.
  vite: (env) => ({
    resolve: {
      conditions: [ORT_EXTERN_WASM_CONDITION, ...defaultClientConditions],
      // Mozilla rejects add-on files over 5 MB: the Firefox build leaves the in-browser model
      // libraries out (their engines say so in Options); the model server engine still works there.
      alias: env.browser === 'firefox' ? { '@mlc-ai/web-llm': NOT_IN_BUILD, '@huggingface/transformers': NOT_IN_BUILD } : ({} as Record<string, string>),
    },
  }),
  hooks: {
    // The ONNX runtime ships inside the Chrome build (never a CDN). Mozilla rejects files over 5 MB,
    // so the Firefox build leaves transformers.js out and that engine says so there.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') files.push(...ortWasmPublicFiles());
    },
    // WXT grants a runtime-registered content script's matches (<all_urls>) up front. Tastebud
    // injects it only into tabs on sites the user added, so that blanket access is removed.
    'build:manifestGenerated': (_wxt, manifest) => {
      const blanket = (list?: string[]) => list?.filter((p) => p !== '<all_urls>');
      manifest.host_permissions = blanket(manifest.host_permissions);
      manifest.permissions = blanket(manifest.permissions);
    },
  },
  manifest: ({ browser, manifestVersion }) => {
    const localHosts = local ? ['http://127.0.0.1/*'] : [];
    const base = {
      name: 'Tastebud',
      description: 'Your private shopping and music assistant: curated picks from the sites you use, explained, with no data leaving the browser.',
      permissions: ['storage', 'tabs', 'scripting', ...(browser === 'chrome' ? ['sidePanel'] : [])],
      action: { default_title: 'Tastebud' },
    };
    if (manifestVersion === 2) {
      return {
        ...base,
        // MV2 (Firefox): host access is part of permissions / optional_permissions.
        permissions: [...base.permissions, ...localHosts],
        optional_permissions: ['*://*/*'],
        content_security_policy: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
        // Tastebud collects nothing: declared for Firefox's built-in data consent.
        browser_specific_settings: { gecko: { id: 'tastebud@tastebud.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } },
      };
    }
    return {
      ...base,
      host_permissions: localHosts,
      optional_host_permissions: ['*://*/*'],
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    };
  },
});
