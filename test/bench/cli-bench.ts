// The command line's start-up: `circular-choices match` on one sentence, as a person runs it (a new
// Node process on the compiled dist/node/cli.js), against starting Node with nothing to do, measured
// alternately in the same run. Builds dist/node first when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareMs, ms, runOnItsOwn } from './measure';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'bin.cjs');
const ROUNDS = 15;

export function runCliBench(): Record<string, unknown> {
  if (!existsSync(join(ROOT, 'dist', 'node', 'cli.js'))) {
    execFileSync('npm', ['run', 'build:node'], { cwd: ROOT, stdio: 'ignore' });
  }
  const sentence = join(mkdtempSync(join(tmpdir(), 'cc-cli-bench-')), 'sentence.txt');
  writeFileSync(sentence, 'De gemeente zoekt een aannemer voor het vervangen van de elementenverharding in de Kerkstraat.\n');
  const run = (args: string[]) => () => execFileSync(process.execPath, args, { stdio: 'ignore' });
  const result = compareMs(run(['-e', '0']), run([BIN, 'match', sentence]), ROUNDS, { warmup: 2 });
  return {
    'node -e 0 (baseline), median': ms(result.baseline),
    'circular-choices match <sentence>, median': ms(result.subject),
    'ratio to baseline (median of rounds)': `${result.ratio.toFixed(1)}×`,
  };
}

if (require.main === module) runOnItsOwn(runCliBench);
