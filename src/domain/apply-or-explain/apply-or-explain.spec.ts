import { bundledPack } from '../../../test/support/bundled-pack';
import type { Acknowledgement } from '../acknowledgement';
import { applyOrExplainRecord } from './apply-or-explain';

const pack = bundledPack();
const roads = pack.checklists.find((c) => c.id === 'roads')!;
const [first, second, third] = roads.items;
const ME = 'aaaaaaaa-0000-0000-0000-000000000001';
const DOC = 'doc-ref-1';

const ack = (over: Partial<Acknowledgement>): Acknowledgement => ({
  ackKey: `k${Math.random().toString(36).slice(2, 12)}`,
  checklistItemId: first!.id,
  checklistId: 'roads',
  decision: 'applied',
  contextType: 'procurement',
  contextRef: DOC,
  source: 'tab',
  staffAadId: ME,
  contentVersion: pack.meta.version,
  appVersion: '1.0.0',
  ackAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

const recordOf = (acks: Acknowledgement[], checklistIds: string[] = ['roads']) =>
  applyOrExplainRecord({ pack, language: 'nl', person: { id: ME, name: 'Sanne de Vries' }, document: { ref: DOC, title: 'Bestek N237' }, checklistIds, acknowledgements: acks, at: new Date('2026-12-01T09:00:00Z') });

describe('applyOrExplainRecord', () => {
  it('lists every criterion of the fitting checklist with the state of the latest choice', () => {
    const record = recordOf([
      ack({ checklistItemId: first!.id, decision: 'later', ackAt: '2026-11-01T10:00:00.000Z' }),
      ack({ checklistItemId: first!.id, decision: 'applied', ackAt: '2026-11-02T10:00:00.000Z' }),
      ack({ checklistItemId: second!.id, decision: 'considered', reason: 'te duur voor dit project' }),
      ack({ checklistItemId: third!.id, decision: 'not-applicable', reason: 'geen asfalt in dit werk' }),
    ]);
    expect(record.checklists.map((c) => c.id)).toEqual(['roads']);
    const criteria = record.checklists[0]!.criteria;
    expect(criteria.map((c) => c.itemId)).toEqual(roads.items.map((i) => i.id));
    expect(criteria[0]).toMatchObject({ state: 'applied', decidedAt: '2026-11-02T10:00:00.000Z' });
    expect(criteria[1]).toMatchObject({ state: 'not-applied', reason: 'te duur voor dit project' });
    expect(criteria[2]).toMatchObject({ state: 'not-applicable', reason: 'geen asfalt in dit werk' });
    expect(criteria.slice(3).every((c) => c.state === 'open' && c.decision === undefined)).toBe(true);
    expect(record.counts).toEqual({ applied: 1, 'not-applied': 1, 'not-applicable': 1, open: roads.items.length - 3 });
    expect(record).toMatchObject({ municipality: 'Gemeente Soest', person: { name: 'Sanne de Vries' }, document: { title: 'Bestek N237' }, madeAt: '2026-12-01T09:00:00.000Z' });
  });

  it("leaves out other people's choices and other documents' choices", () => {
    const record = recordOf([
      ack({ staffAadId: 'bbbbbbbb-0000-0000-0000-000000000002', decision: 'applied' }),
      ack({ contextRef: 'another-doc', decision: 'not-applicable', reason: 'x' }),
    ]);
    expect(record.counts.open).toBe(roads.items.length);
  });

  it("keeps 'later' open and adds the checklist of a criterion chosen on outside the match", () => {
    const green = pack.checklists.find((c) => c.id === 'green-space')!;
    const record = recordOf([ack({ checklistItemId: first!.id, decision: 'later' }), ack({ checklistItemId: green.items[0]!.id, checklistId: 'green-space', decision: 'applied' })]);
    expect(record.checklists.map((c) => c.id).sort()).toEqual(['green-space', 'roads']);
    const roadsFirst = record.checklists.find((c) => c.id === 'roads')!.criteria[0]!;
    expect(roadsFirst).toMatchObject({ state: 'open', decision: 'later' });
  });

  it('speaks English when asked, and names the document by its choices when no title is given', () => {
    const record = applyOrExplainRecord({ pack, language: 'en', person: { id: ME, name: 'Sanne' }, document: { ref: DOC, version: ' 3 ' }, checklistIds: ['roads'], acknowledgements: [ack({ contextTitle: 'Tender N237' })], at: new Date() });
    expect(record.municipality).toBe('Municipality of Soest');
    expect(record.checklists[0]!.title).toBe(roads.title.en);
    expect(record.document).toEqual({ ref: DOC, title: 'Tender N237', version: '3' });
  });
});
