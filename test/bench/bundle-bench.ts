// `npm run bench bundle`: the JavaScript Home loads first, gzipped (-9), from the production
// build's stats: the tab entry's scripts, which the page's HTML loads before anything shows (budget
// 200 KB). Beside it, everything Home needs to be interactive (those plus Home's page chunk and the
// programme content, as the tab bench counts it), against the same 200 KB (issue 19's target), and
// the baseline of the same run: React and the Fluent UI components the tab's shell renders, alone
// (test/bench/floor/react-fluent.tsx), built with the same loader and minifier.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EsbuildPlugin } from 'esbuild-loader';
import webpack from 'webpack';
import { PROJECT_ROOT, ensureWebBuild } from '../e2e/support/web-build';
import { runOnItsOwn } from './measure';
import { homeCriticalFiles } from './tab-bench';

export const FIRST_JS_BUDGET_KB = 200;

interface StatsSummary {
  entrypoints: Record<string, { assets: string[] }>;
  namedChunkGroups: Record<string, { assets: string[] }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** the JavaScript of the tab entry: what index.html loads before the first paint */
export function firstJsFiles(stats: StatsSummary): string[] {
  const tab = stats.entrypoints.tab;
  if (!tab) throw new Error('the stats lack the tab entry: was webpack.config.js changed?');
  return tab.assets.filter((a) => a.endsWith('.js'));
}

/** React and the shell's Fluent components alone, minified as the app is (esbuild, ES2022), in one file: its gzip size */
async function floorBytes(): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'cc-bundle-floor-'));
  try {
    const compiler = webpack({
      mode: 'production',
      context: PROJECT_ROOT,
      entry: join(__dirname, 'floor', 'react-fluent.tsx'),
      output: { path: out, filename: 'floor.js' },
      resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
      module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } }] },
      optimization: { minimizer: [new EsbuildPlugin({ target: 'es2022', legalComments: 'none' })] },
      performance: { hints: false },
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
        resolve();
      }),
    );
    return readdirSync(out)
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + gzipped(join(out, f)), 0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function runBundleBench(): Promise<Record<string, unknown>> {
  const build = await ensureWebBuild();
  const stats = JSON.parse(readFileSync(build.statsFile, 'utf8')) as StatsSummary;
  const sizeOf = (file: string) => gzipped(join(build.webRoot, file));
  const first = firstJsFiles(stats);
  const firstBytes = first.reduce((n, f) => n + sizeOf(f), 0);
  const home = homeCriticalFiles(stats);
  const homeBytes = home.reduce((n, f) => n + sizeOf(f), 0);
  const floor = await floorBytes();
  return {
    "Home's first JS, the tab entry (gzip -9)": `${kb(firstBytes)} KB in ${first.length} files: ${first.map((f) => `${f.replace(/^js\//, '').replace(/\.[0-9a-f]{10}\.js$/, '')} ${kb(sizeOf(f))}`).join(', ')}`,
    "Home's first JS budget": `${FIRST_JS_BUDGET_KB} KB: ${kb(firstBytes) <= FIRST_JS_BUDGET_KB ? 'within' : 'OVER'}`,
    "React + the shell's Fluent components alone (baseline, same run)": `${kb(floor)} KB`,
    'first JS above the baseline': `${kb(firstBytes - floor)} KB`,
    'JS Home needs to be interactive (entry + page + programme)': `${kb(homeBytes)} KB in ${home.length} files (target ≤ ${FIRST_JS_BUDGET_KB} KB: ${kb(homeBytes) <= FIRST_JS_BUDGET_KB ? 'within' : 'OVER'})`,
  };
}

if (require.main === module) {
  runOnItsOwn(runBundleBench);
}
