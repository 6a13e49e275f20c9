// Home's first JavaScript (the tab entry's scripts, which index.html loads before anything shows)
// stays within 200 KB gzipped in the production build the end-to-end tests serve: a static import
// of the Graph client or of the API's request schemas (zod) in the shell put it over (208.6 KB).
// All Home needs to be interactive (with its page and the programme content) keeps the same budget:
// both languages' strings and Fluent's Card (with tabster's groupper) put it at 210 KB.
// `npm run bench bundle` reports both beside React and Fluent alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_JS_BUDGET_KB, firstJsFiles } from '../bench/bundle-bench';
import { homeCriticalFiles } from '../bench/tab-bench';
import { ensureWebBuild } from './support/web-build';

it.each([
  ['the tab entry', firstJsFiles],
  ['all Home needs to be interactive', homeCriticalFiles],
])(`keeps Home's first JavaScript within ${FIRST_JS_BUDGET_KB} KB gzipped: %s`, async (_, filesOf) => {
  const build = await ensureWebBuild();
  const stats = JSON.parse(readFileSync(build.statsFile, 'utf8')) as Parameters<typeof firstJsFiles>[0] & Parameters<typeof homeCriticalFiles>[0];
  const sizes = Object.fromEntries(filesOf(stats).map((file) => [file, gzipSync(readFileSync(join(build.webRoot, file)), { level: 9 }).length]));
  const totalKb = Object.values(sizes).reduce((n, b) => n + b, 0) / 1024;
  expect({ withinBudget: totalKb <= FIRST_JS_BUDGET_KB, totalKb: Math.round(totalKb * 10) / 10, sizes }).toMatchObject({ withinBudget: true });
});
