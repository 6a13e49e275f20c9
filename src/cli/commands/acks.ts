// `circular-choices acks export --format csv|json [--since DATE] [--person ID] [--out FILE] [--site ID|URL]`
// Reads every acknowledgement (or those since a date, or one person's) and writes them whole: to a
// temporary file that is renamed into place, so a failed export never leaves half a file.
// `acks purge --before DATE` and `acks forget --person ID` delete rows with the app's identity, for
// the retention period and for a person's request to be forgotten (docs/privacy.md); without
// --yes they only say how many rows they would delete.
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
  person?: string;
  out?: string;
}

interface RemoveOptions extends SiteOptions {
  before?: string;
  person?: string;
  yes?: boolean;
}

/** an Entra object id (or a demo id): what StaffAadId holds */
function personId(value: string | undefined, option: string): string {
  const text = value?.trim() ?? '';
  if (!/^[A-Za-z0-9-]{1,64}$/.test(text)) throw new BadInputError(`${option} must be the person's Entra object id, like 00000000-0000-4000-8000-000000000001 (got '${value ?? ''}')`);
  return text;
}

/** the first day kept: --before, or today minus CC_RETENTION_DAYS */
export function purgeBefore(before: string | undefined, env: Record<string, string | undefined>, now: Date): string {
  if (before !== undefined) {
    const text = before.trim();
    const time = Date.parse(`${text}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
      throw new BadInputError(`--before must be a day in the calendar, like 2024-01-01 (got '${before}')`);
    }
    return new Date(time).toISOString();
  }
  const days = env.CC_RETENTION_DAYS?.trim();
  if (!days) throw new BadInputError('give --before DATE, or set CC_RETENTION_DAYS to the retention period in days');
  if (!/^\d+$/.test(days) || Number(days) < 1) throw new BadInputError(`CC_RETENTION_DAYS must be a whole number of days, at least 1 (got '${days}')`);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Number(days) * 86_400_000);
  return day.toISOString();
}

async function removeRows(
  io: CliIO,
  options: RemoveOptions,
  what: string,
  find: (store: GraphAcknowledgementStore) => Promise<{ itemId: string; ack: Acknowledgement }[]>,
): Promise<void> {
  const connection = await connectToSite(options, io);
  const store = new GraphAcknowledgementStore({ http: connection.http, siteId: connection.siteId, onBadRow: (row) => io.err(`skipped list item ${row.itemId}: ${row.message}`) });
  try {
    const rows = await find(store);
    if (!options.yes) {
      io.out(`${rows.length} acknowledgement(s) ${what} on ${connection.where}; nothing deleted: run again with --yes to delete them`);
      return;
    }
    const outcome = await store.deleteItems(rows.map((r) => r.itemId));
    io.out(`deleted ${outcome.deleted} acknowledgement(s) ${what}${outcome.alreadyGone > 0 ? ` (${outcome.alreadyGone} were already gone)` : ''}`);
  } catch (error) {
    if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
    throw error;
  }
}

export function register(program: Command, io: CliIO): void {
  const acks = program.command('acks').description('the recorded choices (acknowledgements)');
  withSiteOptions(
    acks
      .command('export')
      .description('export acknowledgements as CSV (for Excel) or JSON')
      .option('--format <format>', 'csv or json', 'csv')
      .option('--since <date>', 'only those made at or after this date (2026-11-01) or date-time (UTC or with an offset)')
      .option('--person <id>', "only this person's (their Entra object id): for a request to see one's own data")
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (options: ExportOptions) => {
    const format = (options.format ?? 'csv').toLowerCase();
    if (format !== 'csv' && format !== 'json') throw new BadInputError(`--format must be csv or json (got '${options.format}')`);
    const since = options.since === undefined ? undefined : parseSince(options.since);
    const person = options.person === undefined ? undefined : personId(options.person, '--person');
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
      // one person's rows through the indexed StaffAadId column; the period is then cut here
      if (person) found = (await store.forStaff(person)).filter((ack) => since === undefined || ack.ackAt >= since);
      else found = since ? await store.since(since) : (await store.sync()).upserted;
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

  withSiteOptions(
    acks
      .command('purge')
      .description('delete the acknowledgements made before a date: the retention period (docs/privacy.md)')
      .option('--before <date>', 'delete those made before this day (2024-01-01); default: today minus CC_RETENTION_DAYS')
      .option('--yes', 'really delete; without it, only count'),
  ).action(async (options: RemoveOptions) => {
    const before = purgeBefore(options.before, io.env, new Date());
    await removeRows(io, options, `made before ${before.slice(0, 10)}`, (store) => store.findItems({ before }));
  });

  withSiteOptions(
    acks
      .command('forget')
      .description("delete every acknowledgement of one person, at their request (docs/privacy.md)")
      .requiredOption('--person <id>', "the person's Entra object id")
      .option('--yes', 'really delete; without it, only count'),
  ).action(async (options: RemoveOptions) => {
    const person = personId(options.person, '--person');
    await removeRows(io, options, `of ${person}`, (store) => store.findItems({ staffAadId: person }));
  });
}
