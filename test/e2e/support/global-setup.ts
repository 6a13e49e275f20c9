// jest's globalSetup for the e2e project: the one production build of the web app that every
// end-to-end file serves, made before the first file starts (or reused while it is newer than its
// sources), so no file waits on a build of its own.
import { ensureWebBuild } from './web-build';

export default async function buildWebAppOnce(): Promise<void> {
  await ensureWebBuild();
}
