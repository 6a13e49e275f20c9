#!/usr/bin/env node
// The `circular-choices` command. tsx compiles the TypeScript sources on the fly, so the command
// works in a fresh clone right after `npm install`, with no build step.
require('tsx/cjs/api').register();
require('./main.ts')
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
