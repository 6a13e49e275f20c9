// @fluentui/react-icons for component tests: the same icons, each required from the package's own
// per-icon module (`svg/<name>`) when a test first renders it. The real barrel requires every icon
// (about 150 MB of modules), and jest does that again for every test file. The helpers the barrel
// exports beside the icons (bundleIcon, createFluentIcon, contexts, …) are required as they are.
// Mapped in jest.config.js for the unit project only.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const lib = join(__dirname, '..', '..', '..', 'node_modules', '@fluentui', 'react-icons', 'lib-cjs');
const barrel = readFileSync(join(lib, 'index.cjs'), 'utf8');

Object.defineProperty(exports, '__esModule', { value: true });
// every module of the barrel but the icon chunks (icons/, sizedIcons/): small, and needed by the icons themselves
for (const [, path] of barrel.matchAll(/require\("(\.\/(?!icons\/|sizedIcons\/)[^"]+)"\)/g)) {
  const helpers = require(join(lib, path));
  for (const key of Object.keys(helpers)) if (key !== '__esModule' && !(key in exports)) Object.defineProperty(exports, key, { enumerable: true, get: () => helpers[key] });
}

/** `ArrowSync20Regular` → `svg/arrow-sync.cjs`, the module that holds every size and style of it */
function atomOf(name) {
  const base = /^(.+?)(?:\d+)?(Regular|Filled|Color|Light)$/.exec(name)?.[1];
  if (!base) return undefined;
  const file = join(lib, 'atoms', 'svg', `${base.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase()}.cjs`);
  return existsSync(file) ? file : undefined;
}

let whole;
module.exports = new Proxy(exports, {
  get(target, name) {
    if (typeof name !== 'string' || name in target || !/(Regular|Filled|Color|Light)$/.test(name)) return target[name];
    const atom = atomOf(name);
    // a name whose module cannot be found comes from the real barrel, slow but never wrong
    const icon = atom ? require(atom)[name] : (whole ??= require(join(lib, 'index.cjs')))[name];
    if (icon !== undefined) target[name] = icon;
    return icon;
  },
});
