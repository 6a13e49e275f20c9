// The webpack loader of the content pack: the same validation as the CLI, a build that fails with
// file and line, and the slim programme part for Home.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { minimalPackFiles, withFile } from '../../test/support/minimal-pack';
import type { PackFile } from '../domain/content/validate-pack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const packLoader = require('./pack-loader.cjs') as (this: LoaderContext) => string;

interface LoaderContext {
  resourcePath: string;
  resourceQuery: string;
  addContextDependency(dir: string): void;
  addDependency(file: string): void;
}

function packDir(files: PackFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-loader-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  return dir;
}

function runLoader(dir: string, query: string) {
  const dependencies: string[] = [];
  const context: LoaderContext = {
    resourcePath: join(dir, 'pack.yaml'),
    resourceQuery: query,
    addContextDependency: (d) => void dependencies.push(d),
    addDependency: (f) => void dependencies.push(f),
  };
  const source = packLoader.call(context);
  const json = /^export default JSON\.parse\((.*)\);$/.exec(source)?.[1];
  if (!json) throw new Error(`unexpected module source: ${source.slice(0, 80)}`);
  return { value: JSON.parse(JSON.parse(json)) as Record<string, unknown>, dependencies };
}

describe('the content pack loader', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const make = (files: PackFile[]) => {
    const dir = packDir(files);
    dirs.push(dir);
    return dir;
  };

  it('emits the whole validated pack and rebuilds when any file of the folder changes', () => {
    const dir = make(minimalPackFiles());
    const { value, dependencies } = runLoader(dir, '?pack');
    expect(Object.keys(value).sort()).toEqual(['actions', 'checklists', 'documentTypes', 'meta', 'policy', 'productGroups', 'programme', 'templates']);
    expect(dependencies).toContain(dir);
    expect(dependencies).toContain(`${dir}/checklists/roads.yaml`);
  });

  it('emits only what Home needs for ?pack=programme, without triggers and checklists', () => {
    const { value } = runLoader(make(minimalPackFiles()), '?pack=programme');
    expect(Object.keys(value).sort()).toEqual(['actions', 'meta', 'productGroups', 'programme']);
    expect((value.productGroups as Record<string, unknown>[])[0]).toEqual({ id: 'roads', label: { nl: 'roads', en: 'roads' } });
  });

  it('emits the learned document type with the whole pack, and leaves it out for ?pack=no-type-model', () => {
    const model = { classes: ['tender', 'none'], openingChars: 300, prior: [-1, -0.5], features: { offert: [-2, -6] } };
    const dir = make([...minimalPackFiles(), { path: 'document-type-model.json', text: JSON.stringify(model) }]);
    const { value, dependencies } = runLoader(dir, '?pack');
    expect(value.documentTypeModel).toEqual(model);
    expect(dependencies).toContain(`${dir}/document-type-model.json`);
    const slim = runLoader(dir, '?pack=no-type-model').value;
    expect(slim).not.toHaveProperty('documentTypeModel');
    expect(slim).toHaveProperty('documentTypes');
  });

  it('fails the build with every problem, by file and line', () => {
    const broken = withFile(minimalPackFiles(), 'checklists/roads.yaml', (t) => t.replace('ambition: basis', 'ambition: sky-high'));
    expect(() => runLoader(make(broken), '?pack')).toThrow(/not valid \(1 problems\):\n {2}checklists\/roads\.yaml:\d+: items\[0\]\.ambition: "sky-high" is not allowed/);
  });
});
