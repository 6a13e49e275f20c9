// `circular-choices report --from DATE --to DATE --out FILE.docx [--lang nl|en] [--site …|--server URL]`
// The report for the college and the council as a Word document. It reads the Acknowledgements and
// Indicators lists (of the local server's emulator by default, or of a tenant's site, like the
// list commands), counts the period's figures with the dashboard's own code and privacy rule, and
// writes the file whole: to a temporary file renamed into place, so a failure leaves no half file.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_MIN_CONTRIBUTORS, MetricsColumns, metricsContent, protectedFigures } from '../../domain/metrics';
import { buildReport, reportPeriod } from '../../domain/report';
import { reportDocx } from '../../server/report/report-docx';
import { GraphAcknowledgementStore, GraphIndicatorStore, GraphRequestError } from '../../storage/graph';
import { BadInputError, type CliIO } from '../cli-io';
import { loadPackOrFail } from '../load-pack';
import { connectToSite, describeGraphFailure, withSiteOptions, type SiteOptions } from './lists';

interface ReportOptions extends SiteOptions {
  from?: string;
  to?: string;
  out?: string;
  lang?: string;
}

/** the privacy rule's minimum, as the server reads it (CC_PRIVACY_MIN_CONTRIBUTORS) */
function minContributors(env: Record<string, string | undefined>): number {
  const value = env.CC_PRIVACY_MIN_CONTRIBUTORS?.trim();
  if (!value) return DEFAULT_MIN_CONTRIBUTORS;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new BadInputError(`CC_PRIVACY_MIN_CONTRIBUTORS must be a whole number, at least 1 (got '${value}')`);
  return Number(value);
}

async function writeWhole(file: string, bytes: Buffer): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new BadInputError(`could not write ${file}: ${(error as Error).message}`);
  }
}

export function register(program: Command, io: CliIO): void {
  withSiteOptions(
    program
      .command('report')
      .description('writes the report for the college and the council over a period as a Word document')
      .requiredOption('--from <date>', "the period's first day, like 2026-01-01")
      .requiredOption('--to <date>', "the period's last day, like 2026-06-30")
      .requiredOption('--out <file>', 'the .docx file to write')
      .option('--lang <nl|en>', 'the language of the report (default: nl)'),
  ).action(async (options: ReportOptions) => {
    const period = reportPeriod(options.from, options.to);
    if (!period.ok) throw new BadInputError(`--${period.message}`);
    const language = options.lang ?? 'nl';
    if (language !== 'nl' && language !== 'en') throw new BadInputError(`--lang must be nl or en (got '${options.lang}')`);
    const out = resolve(io.cwd, options.out ?? '');
    if (!out.toLowerCase().endsWith('.docx')) throw new BadInputError(`--out must name a .docx file (got '${options.out ?? ''}')`);
    const min = minContributors(io.env);
    const pack = loadPackOrFail();
    const connection = await connectToSite(options, io);
    const columns = new MetricsColumns(metricsContent(pack));
    let indicators;
    try {
      const store = new GraphAcknowledgementStore({ http: connection.http, siteId: connection.siteId, onBadRow: (row) => io.err(`skipped list item ${row.itemId}: ${row.message}`) });
      await store.syncPages(undefined, (page) => {
        page.upserted.forEach((ack, i) => columns.set(ack, page.upsertedItemIds[i]));
        for (const id of page.deletedItemIds) columns.remove(id);
      });
      indicators = await new GraphIndicatorStore({ http: connection.http, siteId: connection.siteId, onBadRow: (id, message) => io.err(`skipped indicator row ${id}: ${message}`) }).all();
    } catch (error) {
      if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
      throw error;
    }
    const today = new Date().toISOString().slice(0, 10);
    const figures = protectedFigures(columns, { today, filters: period.period }, min);
    const model = buildReport({ pack, language, period: period.period, madeOn: today, figures: { ...figures, minContributors: min }, indicators });
    await writeWhole(out, await reportDocx(model));
    const choices = figures.tooFewPeople ? `no figures about choices (fewer than ${min} people chose)` : `${figures.metrics.total} choices`;
    io.out(`wrote ${out}: ${choices} from ${period.period.from} to ${period.period.to}, ${indicators.filter((r) => r.kind === 'measurement').length} indicator measurements`);
  });
}
