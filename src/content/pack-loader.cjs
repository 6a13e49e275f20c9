// A webpack loader that turns the content pack folder into a JSON module at build time. It runs the
// same domain validation as the CLI and the server, so a pack that would not load anywhere fails
// the build with the file, line and path of each problem. Use it on the pack's `pack.yaml`:
//   import('../content/pack.yaml?pack')          the whole pack
//   import('../content/pack.yaml?pack=programme') only meta, programme, actions and product-group labels
// The slim part keeps the Home page's chunk small; the checklists and triggers come with the rest.
/* global __filename, URLSearchParams */
const { dirname } = require('node:path');
/**
 * the domain's TypeScript module: required directly where TypeScript already loads (under jest),
 * else compiled on the fly by tsx, so the loader never keeps a copy of the domain's rules
 */
function requireTypeScript(path) {
  try {
    return require(path);
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
    return require('tsx/cjs/api').require(`${path}.ts`, __filename);
  }
}

const loadValidator = () => requireTypeScript('../domain/content/validate-pack');
const readPack = () => requireTypeScript('./read-pack');
/** the part of the pack that the Home page and the detail pages of actions need, cut as the app cuts it */
const loadProgrammePart = () => requireTypeScript('../app/lib/programme-part');

module.exports = function packLoader() {
  const dir = dirname(this.resourcePath);
  // any change in the folder (a new checklist file too) rebuilds the pack
  this.addContextDependency(dir);
  const { readPackFiles } = readPack();
  const { loadContentPack, formatContentError } = loadValidator();
  const files = readPackFiles(dir);
  for (const file of files) this.addDependency(`${dir}/${file.path}`);
  const result = loadContentPack(files);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${formatContentError(e)}`);
    throw new Error(`the content pack in ${dir} is not valid (${result.errors.length} problems):\n${lines.join('\n')}`);
  }
  const part = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('pack');
  const value = part === 'programme' ? loadProgrammePart().programmePart(result.pack) : result.pack;
  // JSON.parse of a string literal parses faster in browsers than the same object literal
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
};
