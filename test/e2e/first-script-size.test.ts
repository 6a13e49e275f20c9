// Home's first JavaScript (the tab entry's scripts, which index.html loads before anything shows)
// stays within 200 KB gzipped in the production build the end-to-end tests serve: a static import
// of the Graph client or of the API's request schemas (zod) in the shell put it over (208.6 KB).
// `npm run bench bundle` reports it beside React and Fluent alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_JS_BUDGET_KB, firstJsFiles } from '../bench/bundle-bench';
import { ensureWebBuild } from './support/web-build';

it(`keeps Home's first JavaScript within ${FIRST_JS_BUDGET_KB} KB gzipped`, async () => {
  const build = await ensureWebBuild();
  const stats = JSON.parse(readFileSync(build.statsFile, 'utf8')) as Parameters<typeof firstJsFiles>[0];
  const sizes = Object.fromEntries(firstJsFiles(stats).map((file) => [file, gzipSync(readFileSync(join(build.webRoot, file)), { level: 9 }).length]));
  const totalKb = Object.values(sizes).reduce((n, b) => n + b, 0) / 1024;
  expect({ withinBudget: totalKb <= FIRST_JS_BUDGET_KB, totalKb: Math.round(totalKb * 10) / 10, sizes }).toMatchObject({ withinBudget: true });
});
