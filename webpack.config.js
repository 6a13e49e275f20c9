// The web app's build: one entry per surface, shared chunks between them, content-hashed files in
// build/web, and a stats file the bench reads (build/web-stats.json, outside what the server serves).
// To add a surface, add a line to src/app/surfaces/surfaces.json: its entry module and the HTML file
// the host opens (the app package and the end-to-end build read the same list).
// `--env outputDir=<dir>` builds elsewhere (the end-to-end tests build into a folder of their own,
// so a build never pulls files from under a server that is still serving an earlier one); the stats
// then go to `<dir>-stats.json`.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const CopyWebpackPlugin = require('copy-webpack-plugin');

// the one list of surfaces (src/app/surfaces/surfaces.ts says what each field means); the task panes'
// pages (Outlook, Word) load Office.js from Microsoft's CDN first
const SURFACES = require('./src/app/surfaces/surfaces.json');

// Classic Outlook on Windows runs the event handler from outlook-events.js itself, without its page,
// in a JavaScript-only runtime: that surface is one classic script under its fixed name, with no
// runtime chunk, no split chunks and no hash, and its syntax lowered to ES2017 for that runtime.
const CLASSIC_SCRIPTS = new Set(SURFACES.filter((s) => s.classic).map((s) => s.name));
const CLASSIC_FILES = SURFACES.filter((s) => s.classic).map((s) => new RegExp(`^${s.name}\\.js$`));

const OUTPUT_DIR = path.resolve(__dirname, 'build/web');
const STATS_FILE = path.resolve(__dirname, 'build/web-stats.json');

/** writes the parts of the stats the bench needs: entrypoints, chunks and their files */
class StatsFilePlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    compiler.hooks.done.tap('StatsFilePlugin', (stats) => {
      const json = stats.toJson({
        all: false,
        assets: true,
        chunks: true,
        chunkGroups: true,
        entrypoints: true,
        ids: true,
        outputPath: true,
        hash: true,
        errors: true,
      });
      const summary = {
        hash: json.hash,
        outputPath: json.outputPath,
        entrypoints: Object.fromEntries(
          Object.entries(json.entrypoints ?? {}).map(([name, ep]) => [name, { assets: ep.assets.map((a) => a.name) }]),
        ),
        namedChunkGroups: Object.fromEntries(
          Object.entries(json.namedChunkGroups ?? {}).map(([name, group]) => [name, { assets: group.assets.map((a) => a.name) }]),
        ),
        assets: (json.assets ?? []).map((a) => ({ name: a.name, size: a.size, chunkNames: a.chunkNames })),
      };
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify(summary, null, 1));
    });
  }
}

const web = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const outputDir = env.outputDir ? path.resolve(env.outputDir) : OUTPUT_DIR;
  const statsFile = env.outputDir ? `${outputDir}-stats.json` : STATS_FILE;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    context: __dirname,
    entry: Object.fromEntries(SURFACES.map((s) => [s.name, s.classic ? { import: s.entry, runtime: false } : s.entry])),
    output: {
      path: outputDir,
      filename: (pathData) => (CLASSIC_SCRIPTS.has(pathData.chunk?.name) ? '[name].js' : production ? 'js/[name].[contenthash:10].js' : 'js/[name].js'),
      chunkFilename: production ? 'js/[name].[contenthash:10].js' : 'js/[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // Node-only modules some libraries mention but never use in the browser
      fallback: { fs: false, path: false, os: false, crypto: false },
    },
    module: {
      rules: [
        { test: /\.[cm]?tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } },
        { test: /pack\.yaml$/, resourceQuery: /pack/, type: 'javascript/auto', use: [{ loader: path.resolve(__dirname, 'src/content/pack-loader.cjs') }] },
      ],
    },
    optimization: {
      minimizer: [
        new EsbuildPlugin({ target: 'es2022', legalComments: 'none', exclude: CLASSIC_FILES }),
        new EsbuildPlugin({ target: 'es2017', legalComments: 'none', include: CLASSIC_FILES }),
      ],
      runtimeChunk: 'single',
      splitChunks: {
        chunks: (chunk) => !CLASSIC_SCRIPTS.has(chunk.name),
        cacheGroups: {
          // React and Fluent change rarely: one long-lived chunk shared by every surface
          framework: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc[\\/]helpers|rtl-css-js|stylis|use-sync-external-store)[\\/]/,
            name: 'framework',
            chunks: 'initial',
            priority: 20,
          },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...SURFACES.map(
        (s) =>
          new HtmlWebpackPlugin({
            filename: s.html,
            title: s.title,
            chunks: [s.name],
            template: path.resolve(__dirname, 'src/app/surfaces/page.html'),
            officeJs: s.officeJs === true,
            scriptLoading: 'defer',
            inject: 'head',
          }),
      ),
      // the Outlook ribbon's icons, fetched by URL from /assets/outlook/ (manifest/office-extension.template.json)
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/outlook', to: 'assets/outlook' }] }),
      new StatsFilePlugin(statsFile),
    ],
    stats: production ? 'errors-warnings' : 'minimal',
  };
};

// The server and the command line, compiled to plain JavaScript in dist/node so that neither needs a
// TypeScript compiler at run time (the CLI starts in a fraction of a second). Packages stay in
// node_modules (required as they are, native ones included); only our own sources are bundled.
// A worker started by the server is an entry of its own: its module names the compiled file it runs.
const NODE_ENTRIES = {
  server: './src/server/main.ts',
  cli: './src/cli/main.ts',
  // the server's matching threads (src/server/match-pool.ts starts dist/node/match-worker.js)
  'match-worker': './src/server/match-worker.ts',
};
const NODE_OUTPUT_DIR = path.resolve(__dirname, 'dist/node');

const node = () => ({
  mode: 'production',
  target: 'node22',
  devtool: 'source-map',
  context: __dirname,
  entry: NODE_ENTRIES,
  output: { path: NODE_OUTPUT_DIR, filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  // every bare import (a package) is required at run time from node_modules
  externals: [({ request }, callback) => (/^[a-z@][^:]*$/i.test(request) ? callback(null, `commonjs ${request}`) : callback())],
  externalsPresets: { node: true },
  // __dirname stays the real folder of the bundle (package-root.ts walks up from it)
  node: { __dirname: false, __filename: false },
  module: { rules: [{ test: /\.[cm]?tsx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'node22' } }] },
  // readable stack traces in production logs matter more than a few kilobytes
  optimization: { minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
});

// `webpack` builds the web app; `webpack --env target=node` the server and the command line
module.exports = (env = {}, argv = {}) => (env.target === 'node' ? node() : web(env, argv));

module.exports.SURFACES = SURFACES;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
module.exports.STATS_FILE = STATS_FILE;
module.exports.NODE_OUTPUT_DIR = NODE_OUTPUT_DIR;
