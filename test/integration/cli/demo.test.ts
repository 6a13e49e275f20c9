import { DEMO_STAFF } from '../../../src/auth/demo-staff';
import { bundledPack } from '../../support/bundled-pack';
import { acknowledgementProblems } from '../../../src/domain/acknowledgement';
import type { ContentPack } from '../../../src/domain/content/model';
import { DECISIONS } from '../../../src/domain/taxonomy';
import type { EmulatorServer } from '../../../src/server/graph-emulator';
import { startTestEmulator, type TestEmulator } from '../../support/emulator-harness';
import { runCli, UNREACHABLE_GRAPH } from '../../support/run-cli';
import { demoAcknowledgements } from '../../../src/cli/commands/demo-acknowledgements';

const pack: ContentPack = bundledPack();

const options = { count: 3000, seed: 7, until: '2026-06-30', appVersion: '0.1.0', knownStaff: DEMO_STAFF };

describe('demoAcknowledgements', () => {
  const acks = demoAcknowledgements(pack, options);

  it('makes valid acknowledgements with unique keys', () => {
    expect(acks).toHaveLength(3000);
    expect(acks.flatMap((a) => acknowledgementProblems(a))).toEqual([]);
    expect(new Set(acks.map((a) => a.ackKey)).size).toBe(3000);
  });

  it('gives the same rows for the same seed, other rows for another, and row n whatever the count', () => {
    expect(demoAcknowledgements(pack, options)).toEqual(acks);
    expect(demoAcknowledgements(pack, { ...options, seed: 8 })[0]!.ackKey).not.toBe(acks[0]!.ackKey);
    expect(demoAcknowledgements(pack, { ...options, count: 100 })).toEqual(acks.slice(0, 100));
  });

  it('spreads over the year up to the last day, with more activity later', () => {
    const days = acks.map((a) => a.ackAt.slice(0, 10)).sort();
    expect(days[0]! >= '2025-07-01').toBe(true);
    expect(days[days.length - 1]! <= '2026-06-30').toBe(true);
    const firstHalf = days.filter((d) => d < '2025-12-30').length;
    expect(firstHalf).toBeLessThan(days.length - firstHalf);
  });

  it('uses the pack\'s teams, checklists and actions, every decision, and Dutch reasons', () => {
    const teams = new Set(acks.map((a) => a.team));
    for (const team of ['inkoop', 'openbare-ruimte', 'vastgoed', 'programma-duurzaamheid']) expect(teams).toContain(team);
    const items = new Set(pack.checklists.flatMap((c) => c.items.map((i) => i.id)));
    expect(acks.filter((a) => a.checklistItemId !== '').every((a) => items.has(a.checklistItemId))).toBe(true);
    const actions = new Set(pack.actions.map((a) => a.id));
    const onActions = acks.filter((a) => a.actionId !== undefined);
    expect(onActions.length).toBeGreaterThan(0);
    expect(onActions.every((a) => actions.has(a.actionId!))).toBe(true);
    expect(new Set(acks.map((a) => a.decision))).toEqual(new Set(DECISIONS));
    expect(acks.filter((a) => a.decision === 'not-applicable').every((a) => (a.reason ?? '').length > 0)).toBe(true);
    expect(acks.some((a) => a.reason === 'Geen budget')).toBe(true);
  });

  it('has changed minds: a later row on the same item in the same context', () => {
    const seen = new Set<string>();
    let repeats = 0;
    for (const a of acks) {
      const key = `${a.contextRef}|${a.checklistItemId}`;
      if (seen.has(key)) repeats++;
      seen.add(key);
    }
    expect(repeats).toBeGreaterThan(10);
  });

  it('lets the demo people appear under their own team', () => {
    const noor = DEMO_STAFF.find((s) => s.team === 'programma-duurzaamheid')!;
    const bigger = demoAcknowledgements(pack, { ...options, count: 20000 });
    expect(bigger.some((a) => a.staffAadId === noor.oid && a.team === 'programma-duurzaamheid')).toBe(true);
  });

  it('refuses a count or day it cannot use', () => {
    expect(() => demoAcknowledgements(pack, { ...options, count: -1 })).toThrow(RangeError);
    expect(() => demoAcknowledgements(pack, { ...options, until: 'June' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('circular-choices demo seed', () => {
  let emulator: TestEmulator;
  let server: EmulatorServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    server = emulator.server;
    env = { CC_GRAPH_BASE_URL: server.baseUrl };
  });

  afterAll(() => emulator.stop());

  /** every AckKey in the list, read with our own requests (delta, which any list size allows) */
  async function keysInList(): Promise<string[]> {
    const headers = { Authorization: 'Bearer test' };
    const lists = (await (await fetch(`${server.baseUrl}/sites/root/lists?$select=id,displayName`, { headers })).json()) as { value: { id: string; displayName: string }[] };
    const list = lists.value.find((l) => l.displayName === 'Acknowledgements')!;
    const keys: string[] = [];
    let link: string | undefined = `${server.baseUrl}/sites/root/lists/${list.id}/items/delta?$expand=fields($select=AckKey)&$top=5000`;
    while (link) {
      const page = (await (await fetch(link, { headers })).json()) as { value: { fields?: { AckKey?: string } }[]; '@odata.nextLink'?: string };
      for (const item of page.value) if (item.fields?.AckKey) keys.push(item.fields.AckKey);
      link = page['@odata.nextLink'];
    }
    return keys;
  }

  it('writes the rows once: a second run with the same seed adds nothing, a larger count tops up', async () => {
    const first = await runCli(['demo', 'seed', '--acks', '400', '--seed', '3', '--until', '2026-06-30'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/400 acknowledgement\(s\) written, 0 already present/);
    const expected = demoAcknowledgements(pack, { count: 400, seed: 3, until: '2026-06-30', appVersion: 'x' }).map((a) => a.ackKey);
    expect((await keysInList()).sort()).toEqual([...expected].sort());

    const again = await runCli(['demo', 'seed', '--acks', '400', '--seed', '3', '--until', '2026-06-30'], env);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 acknowledgement\(s\) written, 400 already present/);
    expect(await keysInList()).toHaveLength(400);

    const more = await runCli(['demo', 'seed', '--acks', '450', '--seed', '3', '--until', '2026-06-30'], env);
    expect(more.out).toMatch(/50 acknowledgement\(s\) written, 400 already present/);
    const other = await runCli(['demo', 'seed', '--acks', '30', '--seed', '4', '--until', '2026-06-30'], env);
    expect(other.out).toMatch(/30 acknowledgement\(s\) written, 0 already present/);
    expect(await keysInList()).toHaveLength(480);
  });

  it('says how to call it right', async () => {
    const bad = await runCli(['demo', 'seed', '--acks', 'many'], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--acks must be a whole number/);
    const badDay = await runCli(['demo', 'seed', '--until', '2026-02-30'], env);
    expect(badDay.code).toBe(2);
    expect(badDay.err).toMatch(/--until must be a day/);
  });

  it('says when the local server is not running', async () => {
    const down = await runCli(['demo', 'seed', '--acks', '10'], { CC_GRAPH_BASE_URL: UNREACHABLE_GRAPH });
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/npm start/);
  });
});
