/**
 * The ONNX runtime files the extension ships itself (never a CDN): the WebGPU-capable "asyncify"
 * build that transformers.js loads through env.backends.onnx.wasm.wasmPaths.
 */

/** Folder inside the extension output, served as chrome-extension://<id>/ort/. */
export const ORT_WASM_PUBLIC_DIR = 'ort';

export const ORT_WASM_FILES = ['ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.asyncify.wasm'] as const;

/**
 * Vite resolve condition that picks onnxruntime-web's build WITHOUT the 21 MB WASM embedded in the
 * JavaScript (the runtime then fetches it from wasmPaths). Without it the bundle grows by ~70 MB.
 */
export const ORT_EXTERN_WASM_CONDITION = 'onnxruntime-web-use-extern-wasm';
