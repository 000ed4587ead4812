/** Headless Chromium for the engine tests (the system browser: nothing is downloaded). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../../eval/browser/chromium';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

const BASE_ARGS = chromiumArgs();

export function launchChromium(opts: { webgpu?: boolean } = {}): Promise<Browser> {
  // --enable-unsafe-webgpu exposes SwiftShader's software adapter in headless Chromium;
  // --disable-gpu would hide it, so that flag stays out of the WebGPU launch.
  const args = opts.webgpu
    ? [...BASE_ARGS.filter((a) => a !== '--disable-gpu'), '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader', '--use-webgpu-adapter=swiftshader']
    : BASE_ARGS;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}
