// `circular-choices demo seed [--acks N] [--seed N] [--until DATE]`
// Fills the local emulator of `npm start` with a year of invented acknowledgements, so the
// dashboard has something to show. Local only: demo rows never go to a tenant's list. Writes go
// through the Graph adapter's batched, idempotent append, so running it again adds nothing.
import type { Command } from 'commander';
import { DEMO_STAFF } from '../../auth/demo-staff';
import { appVersion } from '../../content/package-root';
import { isCalendarDay } from '../../domain/metrics';
import { AppendFailedError, GraphAcknowledgementStore, GraphRequestError, provision } from '../../storage/graph';
import { BadInputError, UsageError, type CliIO } from '../cli-io';
import { loadPackOrFail } from '../load-pack';
import { demoAcknowledgements } from './demo-acknowledgements';
import { connectToSite, describeGraphFailure } from './lists';

/** rows per append call: progress is reported after each */
const CHUNK = 2000;
/** batches of 20 in flight at once */
const BATCH_CONCURRENCY = 6;
export const MAX_DEMO_ACKS = 1_000_000;

function wholeNumber(name: string, value: string, max: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) > max) throw new UsageError(`${name} must be a whole number from 0 to ${max} (got '${value}')`);
  return Number(value);
}

function day(value: string | undefined, now: Date): string {
  if (value === undefined) return now.toISOString().slice(0, 10);
  const text = value.trim();
  if (!isCalendarDay(text)) {
    throw new UsageError(`--until must be a day like 2026-11-01 (got '${value}')`);
  }
  return text;
}

interface SeedOptions {
  acks: string;
  seed: string;
  until?: string;
  server?: string;
}

export function register(program: Command, io: CliIO): void {
  const demo = program.command('demo').description('demo data for the local emulator of `npm start`');
  demo
    .command('seed')
    .description('fill the local Acknowledgements list with a year of invented choices; the same seed never adds rows twice')
    .option('--acks <count>', 'how many acknowledgements', '10000')
    .option('--seed <number>', 'the random seed: the same seed gives the same rows', '1')
    .option('--until <date>', 'the last day of the demo year (default: today, UTC)')
    .option('--server <url>', 'the local server to fill (default: http://localhost:$PORT, or port 3978)')
    .action(async (options: SeedOptions) => {
      const count = wholeNumber('--acks', options.acks, MAX_DEMO_ACKS);
      const seed = wholeNumber('--seed', options.seed, 2 ** 31 - 1);
      const until = day(options.until, new Date());
      const pack = loadPackOrFail();

      // no --site: connectToSite then reaches only the local emulator (or CC_GRAPH_BASE_URL)
      const connection = await connectToSite(options.server === undefined ? {} : { server: options.server }, io);
      const started = Date.now();
      const acks = demoAcknowledgements(pack, { count, seed, until, appVersion: appVersion(), knownStaff: DEMO_STAFF });
      const store = new GraphAcknowledgementStore({ http: connection.http, siteId: connection.siteId, batchConcurrency: BATCH_CONCURRENCY });
      let written = 0;
      let alreadyPresent = 0;
      try {
        await provision(connection.http, connection.siteId);
        // one read of the list's keys is far cheaper than a refused write per row on a second run
        const present = new Set((await store.sync()).upserted.map((a) => a.ackKey));
        const missing = acks.filter((a) => !present.has(a.ackKey));
        alreadyPresent = acks.length - missing.length;
        if (alreadyPresent > 0) io.err(`${alreadyPresent} of ${acks.length} acknowledgements are already in the list`);
        for (let i = 0; i < missing.length; i += CHUNK) {
          const outcome = await store.append(missing.slice(i, i + CHUNK));
          written += outcome.written.length;
          alreadyPresent += outcome.alreadyPresent.length;
          io.err(`${Math.min(i + CHUNK, missing.length)}/${missing.length} acknowledgements sent`);
        }
      } catch (error) {
        const done = `${written} written and ${alreadyPresent} already present before the failure; run the same command again to finish`;
        if (error instanceof AppendFailedError) {
          const first = error.failures[0];
          throw new BadInputError(`${error.failures.length} acknowledgement(s) were not written (${first?.error.status} ${first?.error.code}); ${done}`);
        }
        if (error instanceof GraphRequestError) throw new BadInputError(`${describeGraphFailure(error, connection.where)}; ${done}`);
        throw error;
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      io.out(`demo seed ${seed}: ${written} acknowledgement(s) written, ${alreadyPresent} already present, on ${connection.where} (${seconds} s)`);
    });
}
