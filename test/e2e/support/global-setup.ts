// jest's globalSetup for the e2e project: the one production build of the web app that every
// end-to-end file serves, made before the first file starts (or reused while it is newer than its
// sources), so no file waits on a build of its own; and one Chromium that every file connects to
// (each in contexts of its own), instead of a browser started and stopped per file.
import { startSharedChromium } from './browser';
import { ensureWebBuild } from './web-build';

export default async function buildWebAppAndStartChromium(): Promise<void> {
  await Promise.all([ensureWebBuild(), startSharedChromium()]);
}
