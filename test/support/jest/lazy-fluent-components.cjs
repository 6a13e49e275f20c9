// @fluentui/react-components for component tests: the same exports, but each of its ~60 packages
// is required only when a test first touches one of its names. The real barrel requires every
// package (about 2,000 modules) up front, and jest does that again for every test file; most specs
// use a dozen components. Mapped in jest.config.js for the unit project only.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const barrel = join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'react-components', 'lib-commonjs', 'index.cjs');
const source = readFileSync(barrel, 'utf8');

/** `const _reactbutton = require("@fluentui/react-button")` → the package each local name stands for */
const packageOf = new Map([...source.matchAll(/const (_\w+) = require\("([^"]+)"\);/g)].map((m) => [m[1], m[2]]));
/** `get Button () { return _reactbutton.Button; }` (comments may stand after `get`) → the local name and the name inside it */
const exportsOf = [...source.matchAll(/get\s+(?:\/\/[^\n]*\n\s*)*(\w+) \(\) \{\s*return (_\w+)\.(\w+);\s*\}/g)];
if (packageOf.size === 0 || exportsOf.length === 0 || source.includes('_export_star(')) {
  throw new Error(`lazy-fluent-components no longer understands ${barrel}; update it or drop its moduleNameMapper entry`);
}

const loaded = new Map();
const load = (name) => {
  if (!loaded.has(name)) loaded.set(name, require(name));
  return loaded.get(name);
};

Object.defineProperty(exports, '__esModule', { value: true });
for (const [, exported, local, inner] of exportsOf) {
  const name = packageOf.get(local);
  if (!name) throw new Error(`lazy-fluent-components: ${exported} comes from ${local}, which the barrel does not require`);
  Object.defineProperty(exports, exported, { enumerable: true, get: () => load(name)[inner] });
}
