// jest's globalTeardown for the e2e project: stops the Chromium that globalSetup started.
import { stopSharedChromium } from './browser';

export default async function stopChromium(): Promise<void> {
  await stopSharedChromium();
}
