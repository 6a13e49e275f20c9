#!/usr/bin/env node
// The `circular-choices` command: runs the command line compiled by `npm install` (its `prepare`
// step) or `npm run build:node` into dist/node, as plain JavaScript with no compiler at run time.
const { enableCompileCache } = require('node:module');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const compiled = join(__dirname, '..', '..', 'dist', 'node', 'cli.js');
if (!existsSync(compiled)) {
  process.stderr.write('circular-choices is not built yet: run `npm run build:node` (or `npm install`) first.\n');
  process.exit(2);
}
// V8's code cache on disk: a second run skips compiling the packages it loads
enableCompileCache();
require(compiled)
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
