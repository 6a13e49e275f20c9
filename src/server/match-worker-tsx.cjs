// Starts the matching worker from its TypeScript source where the server itself runs as TypeScript
// (tests, tsx): registers tsx in the worker thread, then loads match-worker.ts. The compiled server
// starts the compiled match-worker.js instead (see match-pool.ts).
require('tsx/cjs/api').register();
module.exports = require('./match-worker.ts');
