// The message extension's search over real HTTP, as Teams (or the Agents Playground) asks it: the
// searches of issue 19 find what the person typing them means, page by page, in Dutch and English.
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mountMessageExtension } from '../../src/bot';
import { MemoryAcknowledgementStore } from '../support/bot/memory-acknowledgement-store';
import { bundledPack } from '../support/bot/test-environment';
import { invokeActivity } from '../support/invoke-activity';

interface Result {
  content: unknown;
  preview?: { content: { title: string; text: string; tap?: { value: { selectItem: { kind: 'criterion' | 'action'; id: string } } } } };
}

const pack = bundledPack();
const checklistOf = new Map(pack.checklists.flatMap((c) => c.items.map((i) => [i.id, c.id] as const)));
const itemText = new Map(pack.checklists.flatMap((c) => c.items.map((i) => [i.id, i.text] as const)));

let server: Server;
let url: string;

beforeAll(async () => {
  const app = express();
  await mountMessageExtension(app, { mode: 'local', pack, acknowledgements: new MemoryAcknowledgementStore(), publicBaseUrl: 'http://localhost:3978', log: () => undefined });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function search(query: string, { skip = 0, count = 10, locale = 'nl-NL' } = {}): Promise<Result[]> {
  const activity = { ...invokeActivity('composeExtension/query', { commandId: 'searchCriteria', parameters: [{ name: 'query', value: query }], queryOptions: { skip, count } }), locale };
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { composeExtension: { type: string; attachments: Result[] } };
  expect(body.composeExtension.type).toBe('result');
  return body.composeExtension.attachments;
}

const targets = (results: Result[]) => results.map((r) => r.preview!.content.tap!.value.selectItem);
const criteria = (results: Result[]) => targets(results).filter((t) => t.kind === 'criterion').map((t) => t.id);

describe('the message extension searches as a person means it', () => {
  it('asfalt: both asphalt criteria first, then more of the roads checklist', async () => {
    const found = criteria(await search('asfalt'));
    expect(found.length).toBeGreaterThan(2);
    expect(found.slice(0, 2).sort()).toEqual(['roads-asphalt-reclaimed-content', 'roads-tar-asphalt-thermal-cleaning']);
    expect(new Set(found.map((id) => checklistOf.get(id)))).toEqual(new Set(['roads']));
  });

  it('bureaustoel and bureaustoelen: the office furniture criteria alike', async () => {
    const singular = criteria(await search('bureaustoel'));
    expect(singular.length).toBeGreaterThan(0);
    expect(new Set(singular.map((id) => checklistOf.get(id)))).toEqual(new Set(['office-furniture']));
    expect(criteria(await search('bureaustoelen'))).toEqual(singular);
  });

  it('LED and ledverlichting: public lighting, the criteria that name LED first', async () => {
    for (const query of ['LED', 'ledverlichting']) {
      const found = criteria(await search(query));
      // public lighting first; traffic lights' LED signal heads may follow, named by their own text
      expect(checklistOf.get(found[0]!)).toBe('public-lighting');
      for (const id of found.filter((f) => checklistOf.get(f) !== 'public-lighting')) expect(itemText.get(id)!.nl).toMatch(/\bled\b/i);
      expect(itemText.get(found[0]!)!.nl).toMatch(/\bLED\b/);
    }
  });

  it('cradle to cradle finds criteria, though none names it', async () => {
    const found = criteria(await search('cradle to cradle'));
    expect(found.length).toBeGreaterThan(3);
    expect(itemText.get(found[0]!)!.nl).toMatch(/demontab|losmaakba|materialenpaspoort|terugname/i);
  });

  it('pages through the ranked hits without repeating one, and shows the cards in the person’s language', async () => {
    const first = targets(await search('verharding', { count: 5 }));
    const second = targets(await search('verharding', { skip: 5, count: 5 }));
    expect(first).toHaveLength(5);
    expect(second.length).toBeGreaterThan(0);
    expect(new Set([...first, ...second].map((t) => t.id)).size).toBe(first.length + second.length);
    const [dutch] = await search('asfalt', { count: 1 });
    const [english] = await search('asfalt', { count: 1, locale: 'en-US' });
    const id = targets([dutch!])[0]!.id;
    expect(targets([english!])[0]!.id).toBe(id);
    expect(dutch!.preview!.content.text).toMatch(/^Wegen en verhardingen · /);
    expect(english!.preview!.content.text).toMatch(/^Roads and paving · /);
  });
});
