// `circular-choices acks export --format csv|json [--since DATE] [--person ID | --all-people --purpose TEXT] [--out FILE] [--site ID|URL]`
// Reads every acknowledgement (or those since a date, or one person's) and writes them whole: to a
// temporary file that is renamed into place, so a failed export never leaves half a file. Without
// --person the export is pseudonymous by default (no reason, title or reference; ids replaced by a
// keyed hash whose key lives only for the run); --all-people --purpose gives the identified rows.
// `acks purge --before DATE` and `acks forget --person ID` delete rows with the app's identity, for
// the retention period and for a person's request to be forgotten (docs/privacy.md): from the
// Acknowledgements and the Meeting criteria lists; without --yes they only say how many rows they
// would delete.
import { createHmac, randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Acknowledgement } from '../../domain/acknowledgement';
import { csvDocument } from '../../domain/csv';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { GraphAcknowledgementStore, GraphMeetingCriteriaStore, GraphRequestError } from '../../storage/graph';
import type { MeetingCriteriaRow } from '../../storage/graph/meeting-criteria-store';
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

/** the columns a pseudonymous export leaves out: what a person typed or what names their work */
const PERSONAL_COLUMNS: readonly (keyof Acknowledgement)[] = ['reason', 'contextTitle', 'contextRef'];
export const PSEUDONYMOUS_COLUMNS = EXPORT_COLUMNS.filter((column) => !PERSONAL_COLUMNS.includes(column));

/**
 * the rows without what identifies a person: no reason, title or reference, and the person's id
 * and the row's key (made from the person's id for an attach) replaced by an HMAC with `key`. One
 * key per export run: within one export a person has one pseudonym (so distinct people can be
 * counted); without the key, which is never written anywhere, it cannot be traced back to them.
 */
export function pseudonymised(acks: readonly Acknowledgement[], key: Buffer): Acknowledgement[] {
  const hash = (prefix: string, text: string) => `${prefix}${createHmac('sha256', key).update(text).digest('hex').slice(0, 20)}`;
  return acks.map((ack) => {
    const row: Acknowledgement = { ...ack, ackKey: hash('k-', ack.ackKey), staffAadId: hash('p-', ack.staffAadId.toLowerCase()) };
    for (const column of PERSONAL_COLUMNS) delete row[column];
    return row;
  });
}

export const MEETING_CRITERIA_COLUMNS: readonly (keyof MeetingCriteria)[] = ['meetingId', 'subject', 'start', 'checklistItemIds', 'attachedBy'];

/** the Meeting criteria rows as CSV, the item ids joined by commas in one cell */
export function meetingCriteriaToCsv(rows: readonly MeetingCriteria[]): string {
  return csvDocument([
    MEETING_CRITERIA_COLUMNS,
    ...rows.map((row) => MEETING_CRITERIA_COLUMNS.map((column) => (column === 'checklistItemIds' ? row.checklistItemIds.join(',') : String(row[column] ?? '')))),
  ]);
}

/** where a person's weekly reminder entry is: the CLI cannot reach the server's disk */
const REMINDER_NOTE = (person: string) =>
  `the weekly reminder keeps ${person}'s chat in the file CC_REMINDER_FILE on the app's host, not in a list: there, with the app stopped, run circular-choices reminders forget --person ${person} --yes (docs/privacy.md)`;

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
  allPeople?: boolean;
  purpose?: string;
  out?: string;
}

interface RemoveOptions extends SiteOptions {
  before?: string;
  person?: string;
  yes?: boolean;
}

/** an Entra object id (or a demo id): what StaffAadId holds */
export function personId(value: string | undefined, option: string): string {
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

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** deletes the matching rows of the Acknowledgements and the Meeting criteria lists, or only counts them */
async function removeRows(
  io: CliIO,
  options: RemoveOptions,
  what: string,
  find: (store: GraphAcknowledgementStore) => Promise<{ itemId: string; ack: Acknowledgement }[]>,
  meetingRow: (row: MeetingCriteriaRow) => boolean,
): Promise<void> {
  const connection = await connectToSite(options, io);
  const onBadRow = (itemId: string, message: string) => io.err(`skipped list item ${itemId}: ${message}`);
  const store = new GraphAcknowledgementStore({ http: connection.http, siteId: connection.siteId, onBadRow: (row) => onBadRow(row.itemId, row.message) });
  const meetings = new GraphMeetingCriteriaStore({ http: connection.http, siteId: connection.siteId });
  try {
    const rows = await find(store);
    const meetingRows = (await meetings.rows(onBadRow)).filter(meetingRow);
    if (!options.yes) {
      io.out(
        `${rows.length} acknowledgement(s) and ${meetingRows.length} Meeting criteria row(s) ${what} on ${connection.where}; nothing deleted: run again with --yes to delete them`,
      );
      return;
    }
    const outcome = await store.deleteItems(rows.map((r) => r.itemId));
    const meetingOutcome = await meetings.deleteItems(meetingRows.map((r) => r.itemId));
    const gone = outcome.alreadyGone + meetingOutcome.alreadyGone;
    io.out(
      `deleted ${outcome.deleted} acknowledgement(s) and ${meetingOutcome.deleted} Meeting criteria row(s) ${what}${gone > 0 ? ` (${gone} were already gone)` : ''}`,
    );
  } catch (error) {
    if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
    throw error;
  }
}

/** the export's file for the person's Meeting criteria rows, beside the acknowledgements' */
export function meetingCriteriaFile(out: string): string {
  return out.replace(/(\.[^./\\]+)?$/, (ext) => `.meeting-criteria${ext || '.csv'}`);
}

export function register(program: Command, io: CliIO): void {
  const acks = program.command('acks').description('the recorded choices (acknowledgements)');
  withSiteOptions(
    acks
      .command('export')
      .description('export acknowledgements as CSV (for Excel) or JSON; without --person, pseudonymous unless --all-people')
      .option('--format <format>', 'csv or json', 'csv')
      .option('--since <date>', 'only those made at or after this date (2026-11-01) or date-time (UTC or with an offset)')
      .option('--person <id>', "only this person's (their Entra object id), with the meetings they attached criteria to: for a request to see one's own data")
      .option('--all-people', "every person's rows identified (ids, reasons, titles, references): only with --purpose")
      .option('--purpose <text>', 'why the identified export of --all-people is needed (printed with the warning)')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (options: ExportOptions) => {
    const format = (options.format ?? 'csv').toLowerCase();
    if (format !== 'csv' && format !== 'json') throw new BadInputError(`--format must be csv or json (got '${options.format}')`);
    const since = options.since === undefined ? undefined : parseSince(options.since);
    const person = options.person === undefined ? undefined : personId(options.person, '--person');
    const purpose = options.purpose?.trim() ?? '';
    if (options.allPeople && person) throw new BadInputError('give --person or --all-people, not both');
    if (options.allPeople && !purpose) throw new BadInputError('--all-people exports every person\'s identified choices: say why with --purpose "<text>"');
    if (!options.allPeople && options.purpose !== undefined) throw new BadInputError('--purpose goes with --all-people');
    const out = options.out ? resolve(io.cwd, options.out) : undefined;

    const connection = await connectToSite(options, io);
    let skipped = 0;
    const onBadRow = (itemId: string, message: string) => {
      skipped++;
      io.err(`skipped list item ${itemId}: ${message}`);
    };
    const store = new GraphAcknowledgementStore({ http: connection.http, siteId: connection.siteId, onBadRow: (row) => onBadRow(row.itemId, row.message) });
    let found: Acknowledgement[];
    let meetingRows: MeetingCriteria[] = [];
    try {
      // one person's rows through the indexed StaffAadId column; the period is then cut here
      if (person) {
        found = (await store.forStaff(person)).filter((ack) => since === undefined || ack.ackAt >= since);
        const rows = await new GraphMeetingCriteriaStore({ http: connection.http, siteId: connection.siteId }).rows(onBadRow);
        meetingRows = rows.filter((row) => sameId(row.criteria.attachedBy, person)).map((row) => row.criteria);
      } else found = since ? await store.since(since) : (await store.sync()).upserted;
    } catch (error) {
      if (error instanceof GraphRequestError) throw new BadInputError(describeGraphFailure(error, connection.where));
      throw error;
    }
    found.sort((a, b) => (a.ackAt < b.ackAt ? -1 : a.ackAt > b.ackAt ? 1 : a.ackKey < b.ackKey ? -1 : 1));
    const identified = person !== undefined || options.allPeople === true;
    if (options.allPeople) {
      io.err(
        `warning: this export holds every person's identified choices (Entra ids, reasons, document titles and references); purpose: ${purpose}. Keep it no longer than that purpose needs, share it with no one else, and delete it afterwards (docs/privacy.md).`,
      );
    }
    const rows = identified ? found : pseudonymised(found, randomBytes(32));
    const columns = identified ? EXPORT_COLUMNS : PSEUDONYMOUS_COLUMNS;
    let text: string;
    if (format === 'json') {
      text = `${JSON.stringify(person ? { acknowledgements: rows, meetingCriteria: meetingRows } : rows, null, 2)}\n`;
    } else {
      text = csvDocument([columns, ...rows.map((ack) => columns.map((column) => String(ack[column] ?? '')))]);
    }
    if (out) {
      await writeWhole(out, text);
      const meetingOut = person && format === 'csv' ? meetingCriteriaFile(out) : undefined;
      if (meetingOut) await writeWhole(meetingOut, meetingCriteriaToCsv(meetingRows));
      io.err(
        `exported ${found.length} acknowledgement(s) to ${out}${meetingOut ? ` and ${meetingRows.length} Meeting criteria row(s) to ${meetingOut}` : ''}${skipped > 0 ? ` (${skipped} unreadable row(s) skipped)` : ''}`,
      );
    } else {
      io.out(text);
      // on standard output the meeting rows follow as a second table, after an empty line
      if (person && format === 'csv') io.out(meetingCriteriaToCsv(meetingRows));
    }
    if (person) io.err(REMINDER_NOTE(person));
  });

  withSiteOptions(
    acks
      .command('purge')
      .description('delete the acknowledgements and Meeting criteria rows from before a date: the retention period (docs/privacy.md)')
      .option('--before <date>', 'delete those made before this day (2024-01-01), meetings by their start; default: today minus CC_RETENTION_DAYS')
      .option('--yes', 'really delete; without it, only count'),
  ).action(async (options: RemoveOptions) => {
    const before = purgeBefore(options.before, io.env, new Date());
    // a meeting's row by the meeting's start, or by when criteria were first attached when the host gave no start
    const beforeTime = Date.parse(before);
    const old = (row: MeetingCriteriaRow) => {
      const time = Date.parse(row.criteria.start ?? row.created);
      return !Number.isNaN(time) && time < beforeTime;
    };
    await removeRows(io, options, `from before ${before.slice(0, 10)}`, (store) => store.findItems({ before }), old);
  });

  withSiteOptions(
    acks
      .command('forget')
      .description("delete every acknowledgement of one person and the Meeting criteria rows they own, at their request (docs/privacy.md)")
      .requiredOption('--person <id>', "the person's Entra object id")
      .option('--yes', 'really delete; without it, only count'),
  ).action(async (options: RemoveOptions) => {
    const person = personId(options.person, '--person');
    await removeRows(io, options, `of ${person}`, (store) => store.findItems({ staffAadId: person }), (row) => sameId(row.criteria.attachedBy, person));
    io.err(REMINDER_NOTE(person));
  });
}
