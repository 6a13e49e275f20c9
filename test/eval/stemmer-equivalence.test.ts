// Our Snowball stemmers (src/domain/matcher/*-stemmer.ts) give the nlp.js ports' stems for every
// word the matcher is known to meet: the content pack, the labelled sets (the shared dev set among
// them) and the docs. Random words are in src/domain/matcher/stemming.spec.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { words } from '../../src/domain/matcher/fold';
import { stemDifferences } from '../support/stemmer-oracle';

const ROOT = join(__dirname, '..', '..');

/** every file under a folder with one of the extensions */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

describe('stemmer equivalence', () => {
  it('gives the nlp.js stems for every word of the pack, the labelled sets and the docs', () => {
    const files = [
      ...filesUnder(join(ROOT, 'src', 'content'), ['.yaml']),
      ...filesUnder(join(ROOT, 'test', 'fixtures'), ['.jsonl']),
      ...filesUnder(join(ROOT, 'docs'), ['.md']),
    ];
    const all = new Set<string>();
    for (const file of files) for (const word of words(readFileSync(file, 'utf8'))) all.add(word);
    expect(all.size).toBeGreaterThan(5000);
    expect(stemDifferences(all)).toEqual([]);
  });
});
