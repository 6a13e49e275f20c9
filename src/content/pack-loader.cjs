// A webpack loader that turns the content pack folder into a JSON module at build time. It runs the
// same domain validation as the CLI and the server, so a pack that would not load anywhere fails
// the build with the file, line and path of each problem. Use it on the pack's `pack.yaml`:
//   import('../content/pack.yaml?pack')          the whole pack
//   import('../content/pack.yaml?pack=programme') only meta, programme, actions and product-group labels
//   import('../content/pack.yaml?pack=no-type-model') the whole pack but the learned document type
// The slim part keeps the Home page's chunk small; the checklists and triggers come with the rest.
// Outlook's send check types invites as meetings, where the matcher never asks the learned type
// (about 50 KB of JSON), so its classic script leaves it out.
/* global URLSearchParams */
const { dirname } = require('node:path');
// webpack runs this loader in plain Node: tsx's require hook lets it load the domain's TypeScript
// modules below, so the loader keeps no copy of the domain's rules (under jest, jest transpiles them)
require('tsx/cjs');
const { loadContentPack, formatContentError } = require('../domain/content/validate-pack');
const { programmePart } = require('../domain/content/programme-part');
const { readPackFiles } = require('./read-pack');

module.exports = function packLoader() {
  const dir = dirname(this.resourcePath);
  // any change in the folder (a new checklist file too) rebuilds the pack
  this.addContextDependency(dir);
  const files = readPackFiles(dir);
  for (const file of files) this.addDependency(`${dir}/${file.path}`);
  const result = loadContentPack(files);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${formatContentError(e)}`);
    throw new Error(`the content pack in ${dir} is not valid (${result.errors.length} problems):\n${lines.join('\n')}`);
  }
  const part = new URLSearchParams(this.resourceQuery.replace(/^\?/, '')).get('pack');
  const value = part === 'programme' ? programmePart(result.pack) : part === 'no-type-model' ? { ...result.pack, documentTypeModel: undefined } : result.pack;
  // JSON.parse of a string literal parses faster in browsers than the same object literal
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
};
