/**
 * WebGPU detection without the WebGPU type package: WebLLM needs an adapter, transformers.js uses
 * one when present. Headless Chromium has none unless started with --enable-unsafe-webgpu.
 */

interface GpuAdapterLike {
  features?: { has(name: string): boolean };
  info?: { vendor?: string; architecture?: string; description?: string };
  limits?: { maxBufferSize?: number; maxStorageBufferBindingSize?: number };
}
interface GpuLike {
  requestAdapter(opts?: { powerPreference?: string }): Promise<GpuAdapterLike | null>;
}

export type WebGpuProbe =
  | { ok: true; adapter: string; shaderF16: boolean; maxBufferSize?: number }
  | { ok: false; reason: string };

export const NO_WEBGPU_API =
  'This browser has no WebGPU: WebLLM cannot run here; try transformers.js (WASM) or a local server.';
export const NO_WEBGPU_ADAPTER =
  "No WebGPU adapter: this browser/GPU can't run WebLLM; try transformers.js (WASM) or a local server.";

export async function probeWebGpu(): Promise<WebGpuProbe> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return { ok: false, reason: NO_WEBGPU_API };
  let adapter: GpuAdapterLike | null = null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    adapter = null;
  }
  if (!adapter) return { ok: false, reason: NO_WEBGPU_ADAPTER };
  const info = adapter.info ?? {};
  const name = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'unnamed adapter';
  return { ok: true, adapter: name, shaderF16: adapter.features?.has('shader-f16') ?? false, maxBufferSize: adapter.limits?.maxBufferSize };
}
