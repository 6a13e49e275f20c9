// `circular-choices acks export --format csv|json [--since DATE] [--out FILE] [--site ID|URL]`
// Reads every acknowledgement (or those since a date) and writes them whole: to a temporary file
// that is renamed into place, so a failed export never leaves half a file.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { csvDocument } from '../../domain/csv';
import { GraphAcknowledgementStore, GraphRequestError } from '../../storage/graph';
import { BadInputError, type CliIO } from '../cli-io';
import { connectToSite, describeGraphFailure, withSiteOptions, type SiteOptions } from './lists';

export const EXPORT_COLUMNS: readonly (keyof Acknowledgement)[] = [
  'ackAt',
  'ackKey',
  'decision',
  'reason',
  'checklistItemId',
  'checklistId',
  'actionId',
  'productGroup',
  'contextType',
  'contextRef',
  'contextTitle',
  'source',
  'team',
  'staffAadId',
  'contentVersion',
  'appVersion',
];

/** CSV for Excel (src/domain/csv.ts): a header row, then one row per acknowledgement */
export function acknowledgementsToCsv(acks: readonly Acknowledgement[]): string {
  return csvDocument([EXPORT_COLUMNS, ...acks.map((ack) => EXPORT_COLUMNS.map((column) => String(ack[column] ?? '')))]);
}

/** a date (`2026-11-01`) or an ISO date-time with a zone, as an ISO instant */
export function parseSince(value: string): string {
  const text = value.trim();
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const time = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  if ((!dateOnly && !dateTime) || Number.isNaN(time)) {
    throw new BadInputError(`--since must be a date like 2026-11-01 or a date-time like 2026-11-01T09:00:00Z (got '${value}')`);
  }
  const iso = new Date(time).toISOString();
  // Date.parse rolls 2026-02-30 over to March: refuse dates that do not exist
  if (dateOnly && iso.slice(0, 10) !== text) throw new BadInputError(`--since: ${text} is not a date in the calendar`);
  return iso;
}

async function writeWhole(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new BadInputError(`could not write ${file}: ${(error as Error).message}`);
  }
}

interface ExportOptions extends SiteOptions {
  format?: string;
  since?: string;
  out?: string;
}

export function register(program: Command, io: CliIO): void {
  const acks = program.command('acks').description('the recorded decisions (acknowledgements)');
  withSiteOptions(
    acks
      .command('export')
      .description('export acknowledgements as CSV (for Excel) or JSON')
      .option('--format <format>', 'csv or json', 'csv')
      .option('--since <date>', 'only those made at or after this date (2026-11-01) or date-time (UTC or with an offset)')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (options: ExportOptions) => {
    const format = (options.format ?? 'csv').toLowerCase();
    if (format !== 'csv' && format !== 'json') throw new BadInputError(`--format must be csv or json (got '${options.format}')`);
    const since = options.since === undefined ? undefined : parseSince(options.since);
    const out = options.out ? resolve(io.cwd, options.out) : undefined;

    const connection = await connectToSite(options, io);
    let skipped = 0;
    const store = new GraphAcknowledgementStore({
      http: connection.http,
      siteId: connection.siteId,
      onBadRow: (row) => {
        skipped++;
        io.err(`skipped list item ${row.itemId}: ${row.message}`);
      },
    });
    let found: Acknowledgement[];
    try {
      found = since ? await store.since(since) : (await store.sync()).upserted;
    } catch (error) {
      if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
      throw error;
    }
    found.sort((a, b) => (a.ackAt < b.ackAt ? -1 : a.ackAt > b.ackAt ? 1 : a.ackKey < b.ackKey ? -1 : 1));
    const text = format === 'csv' ? acknowledgementsToCsv(found) : `${JSON.stringify(found, null, 2)}\n`;
    if (out) {
      await writeWhole(out, text);
      io.err(`exported ${found.length} acknowledgement(s) to ${out}${skipped > 0 ? ` (${skipped} unreadable row(s) skipped)` : ''}`);
    } else {
      io.out(text);
    }
  });
}
