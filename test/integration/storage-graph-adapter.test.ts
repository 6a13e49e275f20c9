// The Graph adapter over real HTTP against the embedded emulator: the same code that runs against
// SharePoint Online, only the base URL and the token differ.
import {
  ACKNOWLEDGEMENTS_LIST,
  CHECKLISTS_LIST,
  LIST_DEFINITIONS,
  MEETING_CRITERIA_LIST,
  POLICY_LIST,
  PRODUCT_GROUPS_LIST,
  PROGRAMME_ACTIONS_LIST,
  type ListDefinition,
} from '../../src/storage/list-definitions';
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import { acknowledgementToFields } from '../../src/storage/record-fields';
import { AttachedMeanwhileError } from '../../src/storage/ports';
import {
  AppendFailedError,
  createGraphClient,
  GraphAcknowledgementStore,
  GraphMeetingCriteriaStore,
  importContent,
  InvalidAcknowledgementError,
  ListsContentStore,
  provision,
  readAllPages,
  SiteLists,
} from '../../src/storage/graph';
import { startHarness, type Harness } from '../support/storage-emulator-harness';
import { fixtureAck, fixturePack } from '../support/storage-fixtures';

const THRESHOLD = 60;

interface Column {
  name: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
}

async function columnsOf(h: Harness, list: ListDefinition): Promise<Map<string, Column>> {
  const lists = new SiteLists(h.http, h.siteId);
  const id = await lists.require(list);
  const columns = await readAllPages<Column>(h.http, `${lists.listPath(id)}/columns`);
  return new Map(columns.map((c) => [c.name, c]));
}

async function itemCount(h: Harness, list: ListDefinition): Promise<number> {
  const lists = new SiteLists(h.http, h.siteId);
  const items = await readAllPages(h.http, `${lists.listPath(await lists.require(list))}/items?$top=999`);
  return items.length;
}

describe('Graph adapter against the emulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ listViewThreshold: THRESHOLD });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => {
    h.server.setFaults({});
  });

  describe('provision', () => {
    it('creates the four lists with their indexed and unique columns, and changes nothing when run again', async () => {
      const first = await provision(h.http, h.siteId);
      expect(first.lists.map((l) => [l.displayName, l.created])).toEqual(LIST_DEFINITIONS.map((d) => [d.displayName, true]));
      expect(first.changed).toBe(true);

      const columns = await columnsOf(h, ACKNOWLEDGEMENTS_LIST);
      for (const c of ACKNOWLEDGEMENTS_LIST.columns) expect(columns.has(c.name)).toBe(true);
      expect(columns.get('AckKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
      for (const name of ['ContextRef', 'StaffAadId', 'AckAt']) expect(columns.get(name)?.indexed).toBe(true);

      h.requests.length = 0;
      const second = await provision(h.http, h.siteId);
      expect(second.changed).toBe(false);
      expect(second.lists.every((l) => l.problems.length === 0)).toBe(true);
      expect(h.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    });

    it('adds a missing column and a missing index to a list that already exists', async () => {
      const partial: ListDefinition = {
        key: 'checklists',
        displayName: 'Partial list',
        description: 'made by hand, without its index and one column',
        columns: [{ name: 'ChecklistId', text: {} }, ...CHECKLISTS_LIST.columns.filter((c) => c.name !== 'ChecklistId' && c.name !== 'SortOrder')],
      };
      await provision(h.http, h.siteId, [partial]);
      const report = await provision(h.http, h.siteId, [{ ...CHECKLISTS_LIST, displayName: 'Partial list' }]);
      expect(report.lists[0]).toMatchObject({ created: false, columnsAdded: ['SortOrder'], indexesAdded: ['ChecklistId'], problems: [] });
      const again = await provision(h.http, h.siteId, [{ ...CHECKLISTS_LIST, displayName: 'Partial list' }]);
      expect(again.changed).toBe(false);
    });

    it('turns a product group column of an older site into one that takes any group, keeping its choices', async () => {
      const older: ListDefinition = {
        ...ACKNOWLEDGEMENTS_LIST,
        displayName: 'Older acknowledgements',
        columns: ACKNOWLEDGEMENTS_LIST.columns.map((c) =>
          c.name === 'ProductGroup' ? { name: 'ProductGroup', choice: { choices: ['roads', 'cleaning'], displayAs: 'dropDownMenu', allowTextEntry: false } } : c,
        ),
      };
      await provision(h.http, h.siteId, [older]);
      const report = await provision(h.http, h.siteId, [{ ...ACKNOWLEDGEMENTS_LIST, displayName: 'Older acknowledgements' }]);
      expect(report.lists[0]).toMatchObject({ choicesExtended: ['ProductGroup'], problems: [] });
      const lists = new SiteLists(h.http, h.siteId);
      const id = await lists.require({ ...ACKNOWLEDGEMENTS_LIST, displayName: 'Older acknowledgements' });
      const columns = await readAllPages<{ name: string; choice?: { choices: string[]; allowTextEntry: boolean } }>(h.http, `${lists.listPath(id)}/columns`);
      expect(columns.find((c) => c.name === 'ProductGroup')?.choice).toMatchObject({ choices: ['roads', 'cleaning'], allowTextEntry: true });
      // a choice on a group a coordinator added is written
      await h.http.post(`${lists.listPath(id)}/items`, { fields: acknowledgementToFields(fixtureAck(9100, { productGroup: 'winter-road-maintenance' })) });
      expect((await provision(h.http, h.siteId, [{ ...ACKNOWLEDGEMENTS_LIST, displayName: 'Older acknowledgements' }])).changed).toBe(false);
    });
  });

  describe('acknowledgements', () => {
    const store = () => new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId, pageSize: 7 });

    it('appends in batches and reads back by context, person and date, page after page, beyond the list view threshold', async () => {
      const acks = Array.from({ length: THRESHOLD + 25 }, (_, i) => fixtureAck(i + 1));
      h.requests.length = 0;
      const outcome = await store().append(acks);
      expect(outcome.written).toHaveLength(acks.length);
      expect(outcome.alreadyPresent).toEqual([]);
      // 85 writes in $batch requests of at most 20: five batches and the list lookup
      expect(h.requests.filter((r) => r.url.endsWith('/$batch'))).toHaveLength(5);

      const draft = await store().forContext('draft-3');
      expect(draft.map((a) => a.ackKey)).toEqual(acks.filter((a) => a.contextRef === 'draft-3').map((a) => a.ackKey));
      expect(draft[0]).toEqual(acks.find((a) => a.contextRef === 'draft-3'));

      const staff = acks[0]!.staffAadId;
      expect((await store().forStaff(staff)).map((a) => a.ackKey)).toEqual(acks.filter((a) => a.staffAadId === staff).map((a) => a.ackKey));

      h.requests.length = 0;
      const since = await store().since(acks[40]!.ackAt);
      expect(since.map((a) => a.ackKey)).toEqual(acks.slice(40).map((a) => a.ackKey));
      // 45 results in pages of 7: seven pages followed by next link
      expect(h.requests.filter((r) => r.url.includes('/items?'))).toHaveLength(7);
    });

    it('never writes a second row for a key, whether retried in a batch, alone, or after a lost answer', async () => {
      const acks = Array.from({ length: 30 }, (_, i) => fixtureAck(1000 + i));
      await store().append(acks.slice(0, 10));
      const before = await itemCount(h, ACKNOWLEDGEMENTS_LIST);

      const retried = await store().append(acks);
      expect(retried.alreadyPresent.sort()).toEqual(acks.slice(0, 10).map((a) => a.ackKey).sort());
      expect(retried.written).toHaveLength(20);
      expect(await store().append([acks[3]!])).toEqual({ written: [], alreadyPresent: [acks[3]!.ackKey] });

      // the write commits but the connection is cut before the answer: the retry finds the row
      const faultsOffOnRetry = new GraphAcknowledgementStore({
        http: h.newClient({ sleep: async () => h.server.setFaults({}) }),
        siteId: h.siteId,
      });
      await faultsOffOnRetry.forContext('warm-up: the list id is known before the faults start');
      h.server.setFaults({ dropRate: 1, dropPhase: 'after' });
      const lost = fixtureAck(1100);
      expect(await faultsOffOnRetry.append([lost])).toEqual({ written: [], alreadyPresent: [lost.ackKey] });
      expect(await itemCount(h, ACKNOWLEDGEMENTS_LIST)).toBe(before + 21);
    });

    it('retries throttled sub-responses of a batch until every write is in', async () => {
      h.server.setFaults({ throttleRate: 0.4, retryAfterSeconds: 0 });
      const acks = Array.from({ length: 50 }, (_, i) => fixtureAck(2000 + i));
      // rounds enough that no write is throttled every time by chance (0.4^9 for one of 50 failed one run in
      // about 75 with the default 8 retries); the test is about retrying sub-responses, not about the limit
      const patient = new GraphAcknowledgementStore({ http: h.newClient({ maxRetries: 20 }), siteId: h.siteId, pageSize: 7 });
      const outcome = await patient.append(acks);
      h.server.setFaults({});
      expect(outcome.written.length + outcome.alreadyPresent.length).toBe(50);
      const found = await store().since(acks[0]!.ackAt);
      expect(new Set(found.map((a) => a.ackKey))).toEqual(new Set(acks.map((a) => a.ackKey)));
    });

    it('refuses an invalid acknowledgement before writing any of the call', async () => {
      const before = await itemCount(h, ACKNOWLEDGEMENTS_LIST);
      const bad = fixtureAck(3001, { decision: 'considered', reason: undefined });
      await expect(store().append([fixtureAck(3000), bad])).rejects.toBeInstanceOf(InvalidAcknowledgementError);
      expect(await itemCount(h, ACKNOWLEDGEMENTS_LIST)).toBe(before);
    });

    it('says which writes the list refused, keeping those that were written', async () => {
      // fine for the domain, too long for a single line of text in SharePoint
      const tooLong = fixtureAck(3100, { team: 'x'.repeat(300) });
      const good = fixtureAck(3101);
      const error = await store()
        .append([good, tooLong])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppendFailedError);
      const failed = error as AppendFailedError;
      expect(failed.outcome).toEqual({ written: [good.ackKey], alreadyPresent: [] });
      expect(failed.failures.map((f) => [f.ackKey, f.error.status])).toEqual([[tooLong.ackKey, 400]]);
      expect(failed.isTransient).toBe(false);
    });

    it('syncs with delta: everything first, then only changes and deletions, and restarts from empty after a 410', async () => {
      const fresh = await provision(h.http, h.siteId);
      expect(fresh.changed).toBe(false);
      const full = await store().sync();
      const total = await itemCount(h, ACKNOWLEDGEMENTS_LIST);
      expect(full.upserted).toHaveLength(total);
      expect(full.restarted).toBe(false);
      expect(full.deletedItemIds).toEqual([]);

      const lists = new SiteLists(h.http, h.siteId);
      const itemsPath = `${lists.listPath(await lists.require(ACKNOWLEDGEMENTS_LIST))}/items`;
      const victim = full.upsertedItemIds[0]!;
      await h.http.delete(`${itemsPath}/${victim}`);
      const added = Array.from({ length: 3 }, (_, i) => fixtureAck(4000 + i));
      await store().append(added);

      h.requests.length = 0;
      const changes = await store().sync(full.deltaLink);
      expect(changes.deletedItemIds).toEqual([victim]);
      expect(changes.upserted.map((a) => a.ackKey).sort()).toEqual(added.map((a) => a.ackKey).sort());
      expect(changes.restarted).toBe(false);
      expect(h.requests).toHaveLength(1);

      // a change after the link was issued, then long disuse: the link can no longer be served
      await store().append([fixtureAck(4003)]);
      h.server.expireDeltaTokens();
      const restarted = await store().sync(changes.deltaLink);
      expect(restarted.restarted).toBe(true);
      expect(restarted.upserted).toHaveLength(total - 1 + 4);
      expect(restarted.deletedItemIds).toEqual([]);
    });
  });

  describe('meeting criteria', () => {
    it('saves one row per meeting and replaces it on the next save', async () => {
      const store = new GraphMeetingCriteriaStore({ http: h.http, siteId: h.siteId });
      expect(await store.get('AAMkADk-meeting-1')).toBeUndefined();
      await store.save({ meetingId: 'AAMkADk-meeting-1', checklistItemIds: ['roads-mki'], attachedBy: 'oid-1', subject: 'Kick-off' });
      await store.save({
        meetingId: 'AAMkADk-meeting-1',
        checklistItemIds: ['roads-mki', 'meeting-ask-reuse'],
        attachedBy: 'oid-2',
        subject: "Kick-off 'Kerkebuurt'",
        start: '2026-12-01T09:00:00Z',
      });
      expect(await store.get('AAMkADk-meeting-1')).toEqual({
        meetingId: 'AAMkADk-meeting-1',
        checklistItemIds: ['roads-mki', 'meeting-ask-reuse'],
        attachedBy: 'oid-2',
        subject: "Kick-off 'Kerkebuurt'",
        start: '2026-12-01T09:00:00Z',
      });
      expect(await itemCount(h, MEETING_CRITERIA_LIST)).toBe(1);
    });

    it('makes the row anew when it was removed between reading and writing it', async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const itemsPath = `${lists.listPath(await lists.require(MEETING_CRITERIA_LIST))}/items`;
      const seed = new GraphMeetingCriteriaStore({ http: h.http, siteId: h.siteId });
      await seed.save({ meetingId: 'meeting-2', checklistItemIds: ['a'], attachedBy: 'oid-1', subject: 'Eerste' });
      // someone removes the row just before our update reaches the list
      const racing = {
        ...h.http,
        patch: async <T>(path: string, body: unknown): Promise<T> => {
          const rows = await h.http.get<{ value: { id: string }[] }>(`${itemsPath}?$filter=fields/MeetingId eq 'meeting-2'`);
          for (const row of rows.value) await h.http.delete(`${itemsPath}/${row.id}`);
          return h.http.patch<T>(path, body);
        },
      };
      const store = new GraphMeetingCriteriaStore({ http: racing, siteId: h.siteId });
      await store.save({ meetingId: 'meeting-2', checklistItemIds: ['b'], attachedBy: 'oid-1', subject: 'Tweede' });
      expect(await seed.get('meeting-2')).toMatchObject({ checklistItemIds: ['b'], subject: 'Tweede' });
    });

    it("refuses a first save when someone else's row appeared, before reading or while creating, and leaves it as it is", async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const itemsPath = `${lists.listPath(await lists.require(MEETING_CRITERIA_LIST))}/items`;
      const seed = new GraphMeetingCriteriaStore({ http: h.http, siteId: h.siteId });
      const sannes = { meetingId: 'meeting-3', checklistItemIds: ['a'], attachedBy: 'oid-1', subject: 'Eerste' };
      // Sanne's first attach reaches the list just before Joris's create does
      const racing = {
        ...h.http,
        post: async <T>(path: string, body: unknown): Promise<T> => {
          if (path === itemsPath && !(await seed.get('meeting-3'))) await seed.save(sannes);
          return h.http.post<T>(path, body);
        },
      };
      const joris = { meetingId: 'meeting-3', checklistItemIds: ['b'], attachedBy: 'oid-2', subject: '(vervangen)' };
      await expect(new GraphMeetingCriteriaStore({ http: racing, siteId: h.siteId }).save(joris, { asNew: true })).rejects.toBeInstanceOf(AttachedMeanwhileError);
      await expect(seed.save(joris, { asNew: true })).rejects.toBeInstanceOf(AttachedMeanwhileError);
      expect(await seed.get('meeting-3')).toEqual(sannes);
    });
  });

  describe('content from lists', () => {
    const bundled = fixturePack();
    const contentStore = (http = h.http) => new ListsContentStore({ http, siteId: h.siteId, bundled: async () => bundled });

    it('falls back to the bundled pack while the lists are empty', async () => {
      const loaded = await contentStore().load();
      expect(loaded).toEqual({ pack: bundled, origin: 'bundled', problems: [] });
    });

    it('imports the pack, reads it back from the lists, and imports nothing the second time', async () => {
      const first = await importContent(h.http, h.siteId, bundled);
      expect(first.map((r) => [r.displayName, r.created, r.updated, r.unchanged])).toEqual([
        ['Programme actions', 2, 0, 0],
        ['Checklists', 3, 0, 0],
        ['Beleid', 1, 0, 0],
        ['Productgroepen', 2, 0, 0],
      ]);
      const second = await importContent(h.http, h.siteId, bundled);
      expect(second.map((r) => [r.created, r.updated, r.unchanged])).toEqual([
        [0, 0, 2],
        [0, 0, 3],
        [0, 0, 1],
        [0, 0, 2],
      ]);
      const loaded = await contentStore().load();
      expect(loaded.origin).toBe('lists');
      expect(loaded.problems).toEqual([]);
      expect(loaded.pack.actions).toEqual(bundled.actions);
      expect(loaded.pack.checklists).toEqual(bundled.checklists);
      expect(loaded.pack.productGroups).toEqual(bundled.productGroups);
    });

    it('reports a row a coordinator broke and skips it, keeping the rest', async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const actionsPath = `${lists.listPath(await lists.require(PROGRAMME_ACTIONS_LIST))}/items`;
      const rows = await readAllPages<{ id: string; fields: { Title: string } }>(h.http, `${actionsPath}?$expand=fields($select=Title)`);
      const row = rows.find((r) => r.fields.Title === 'reuse-paving')!;
      await h.http.patch(`${actionsPath}/${row.id}/fields`, { OwnerTeam: 'finance' });

      const loaded = await contentStore().load();
      expect(loaded.pack.actions.map((a) => a.id)).toEqual(['circular-tenders']);
      expect(loaded.problems).toEqual([{ list: 'Programme actions', itemId: row.id, message: "action 'reuse-paving': unknown owner team 'finance'" }]);

      const repaired = await importContent(h.http, h.siteId, bundled);
      expect(repaired[0]).toMatchObject({ updated: 1, unchanged: 1 });
    });

    it('does not overwrite a row a coordinator changed while the import ran, and says so', async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const actionsPath = `${lists.listPath(await lists.require(PROGRAMME_ACTIONS_LIST))}/items`;
      const rows = await readAllPages<{ id: string; fields: { Title: string } }>(h.http, `${actionsPath}?$expand=fields($select=Title)`);
      const row = rows.find((r) => r.fields.Title === 'circular-tenders')!;
      const changed = structuredClone(bundled);
      changed.actions[1] = { ...changed.actions[1]!, indicator: { nl: 'Nieuwe indicator', en: 'New indicator' } };
      // the coordinator's edit lands after the import read the rows, before it writes them
      const racing = {
        ...h.http,
        post: async <T>(path: string, body: unknown): Promise<T> => {
          if (path === '/$batch') await h.http.patch(`${actionsPath}/${row.id}/fields`, { IndicatorNl: 'Door de coördinator aangepast' });
          return h.http.post<T>(path, body);
        },
      };
      const [actions] = await importContent(racing, h.siteId, changed);
      expect(actions!.updated).toBe(0);
      expect(actions!.failures.map((f) => [f.id, f.error.status])).toEqual([['circular-tenders', 412]]);
      const loaded = await contentStore().load();
      expect(loaded.pack.actions.find((a) => a.id === 'circular-tenders')?.indicator.nl).toBe('Door de coördinator aangepast');
    });

    it('falls back to the bundled pack when the site cannot be reached', async () => {
      // nothing listens on port 1: the connection is refused
      const unreachable = createGraphClient({ baseUrl: 'http://127.0.0.1:1/graph/v1.0', getToken: async () => 't', retry: { maxRetries: 0 } });
      const loaded = await new ListsContentStore({ http: unreachable, siteId: h.siteId, bundled: async () => bundled }).load();
      expect(loaded.origin).toBe('bundled');
      expect(loaded.pack).toEqual(bundled);
      expect(loaded.problems).toEqual([
        { list: 'Programme actions', itemId: '', message: 'the list could not be read (0 networkError); the bundled content is used' },
        { list: 'Checklists', itemId: '', message: 'the list could not be read (0 networkError); the bundled content is used' },
        { list: 'Beleid', itemId: '', message: 'the list could not be read (0 networkError); the bundled content is used' },
        { list: 'Productgroepen', itemId: '', message: 'the list could not be read (0 networkError); the bundled content is used' },
      ]);
    });

    it('fills a criterion with the value a coordinator sets in the Beleid list, and names the row and column of a broken one', async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const checklistsPath = `${lists.listPath(await lists.require(CHECKLISTS_LIST))}/items`;
      const rows = await readAllPages<{ id: string; fields: { Title: string } }>(h.http, `${checklistsPath}?$expand=fields($select=Title)`);
      const row = rows.find((r) => r.fields.Title === 'roads-recycled-asphalt')!;
      await h.http.patch(`${checklistsPath}/${row.id}/fields`, { TextNl: 'Nieuw asfalt bevat ten minste {{asfalt-aandeel}} granulaat.' });
      const policyPath = `${lists.listPath(await lists.require(POLICY_LIST))}/items`;
      await h.http.post(policyPath, { fields: { Title: 'asfalt-aandeel', PolicyKind: 'parameter', LabelNl: 'Aandeel asfaltgranulaat', ValueNl: '60 %', ValueEn: '60%' } });
      await h.http.post(policyPath, { fields: { Title: 'roads', PolicyKind: 'ambition', Ambition: 'significant' } });
      const broken = await h.http.post<{ id: string }>(policyPath, { fields: { Title: 'no-such-group', PolicyKind: 'ambition', Ambition: 'basis' } });

      const loaded = await contentStore().load();
      const item = loaded.pack.checklists.flatMap((c) => c.items).find((i) => i.id === 'roads-recycled-asphalt');
      expect(item?.text.nl).toBe('Nieuw asfalt bevat ten minste 60 % granulaat.');
      expect(loaded.pack.policy.ambitionPerProductGroup).toEqual({ roads: 'significant' });
      expect(loaded.problems).toEqual([
        { list: 'Beleid', itemId: broken.id, message: `row ${broken.id}, column Title: 'no-such-group' is not a product group; the row is skipped` },
      ]);
    });

    it('matches a document to a product group and a trigger word a coordinator adds in Productgroepen, after a reload', async () => {
      const lists = new SiteLists(h.http, h.siteId);
      const groupsPath = `${lists.listPath(await lists.require(PRODUCT_GROUPS_LIST))}/items`;
      const text = 'Bestek gladheidbestrijding: strooien van de fietspaden met pekel en het onderhoud van zitbanken.';
      const before = matchDocument(buildMatcherIndex((await contentStore().load()).pack), text).productGroups.map((g) => g.id);
      expect(before).not.toContain('winter-road-maintenance');

      await h.http.post(groupsPath, {
        fields: { Title: 'winter-road-maintenance', LabelNl: 'Gladheidbestrijding', LabelEn: 'Winter road maintenance', TriggersNl: 'gladheidbestrijding\nstrooien\npekel | 0,5', CpvPrefixes: '90620' },
      });
      const broken = await h.http.post<{ id: string }>(groupsPath, { fields: { Title: 'snow', LabelNl: 'Sneeuw', TriggersNl: 'sneeuw | veel' } });
      const rows = await readAllPages<{ id: string; fields: { Title: string } }>(h.http, `${groupsPath}?$expand=fields($select=Title)`);
      const furniture = rows.find((r) => r.fields.Title === 'street-furniture')!;
      await h.http.patch(`${groupsPath}/${furniture.id}/fields`, { TriggersNl: 'zitbank\nbankje' });

      const loaded = await contentStore().load();
      // (the Beleid row an earlier test broke is still there)
      expect(loaded.problems.filter((p) => p.list === 'Productgroepen')).toEqual([
        { list: 'Productgroepen', itemId: broken.id, message: `row ${broken.id}, column TriggersNl: line 1: 'veel' is not a weight from 0 to 3 (write "sneeuw | 0.5"); the row is skipped` },
      ]);
      expect(loaded.pack.productGroups.find((g) => g.id === 'street-furniture')?.triggers.nl).toEqual(['zitbank', 'bankje']);
      const after = matchDocument(buildMatcherIndex(loaded.pack), text).productGroups;
      expect(after[0]?.id).toBe('winter-road-maintenance');
      expect(after.map((g) => g.id)).toContain('street-furniture');
      // the tag names the CPV code a tender notice carries, and a choice on the new group can be recorded
      expect(matchDocument(buildMatcherIndex(loaded.pack), 'Opdracht met CPV 90620000-9.').productGroups.map((g) => g.id)).toEqual(['winter-road-maintenance']);
      const ack = fixtureAck(9001, { productGroup: 'winter-road-maintenance' });
      expect(await new GraphAcknowledgementStore({ http: h.http, siteId: h.siteId }).append([ack])).toEqual({ written: [ack.ackKey], alreadyPresent: [] });
    });
  });
});
