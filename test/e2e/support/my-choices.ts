// One person with many choices, for My choices in the browser test and the bench: written straight
// into the emulator's list as the server would, and the page's own timing of them read back.
import type { Page } from 'playwright-core';
import { LOCAL_APP_IDENTITY } from '../../../src/auth/local-app-identity';
import { makeDevToken } from '../../../src/auth/dev-token';
import { acknowledgementOf, type Acknowledgement } from '../../../src/domain/acknowledgement';
import { createGraphClient, GraphAcknowledgementStore } from '../../../src/storage/graph';

const ITEMS = ['roads-reuse-paving-elements', 'roads-limit-paved-area', 'roads-asphalt-reclaimed-content', 'roads-mki-ceiling-design'];
/** choices per seeded document: two rounds over four criteria */
export const CHOICES_PER_DOCUMENT = 8;

/** `count` choices of one person over count / 8 documents, a minute apart, each eighth 'later' or so */
export function seededChoices(staffAadId: string, count: number): Acknowledgement[] {
  const start = Date.parse('2026-01-05T08:00:00Z');
  return Array.from({ length: count }, (_, n) => {
    const doc = Math.floor(n / CHOICES_PER_DOCUMENT);
    return acknowledgementOf({
      ackKey: `seed-${staffAadId.slice(0, 8)}-${String(n).padStart(6, '0')}`,
      subject: { checklistItemId: ITEMS[n % ITEMS.length]!, checklistId: 'roads', productGroup: 'roads' },
      decision: n % 7 === 0 ? 'later' : 'applied',
      context: { contextType: 'procurement', contextRef: `doc:seed-${doc}`, contextTitle: `Bestek ${doc}`, documentVersion: 1 + (n % 3) },
      source: 'tab',
      staffAadId,
      contentVersion: '1',
      appVersion: '0.0.0-e2e',
      at: new Date(start + n * 60_000),
    });
  });
}

/** writes them into the local server's emulator, batched as the server writes */
export async function seedChoices(serverUrl: string, acks: readonly Acknowledgement[]): Promise<void> {
  const token = makeDevToken(LOCAL_APP_IDENTITY);
  const http = createGraphClient({ baseUrl: `${serverUrl}/graph/v1.0`, getToken: async () => token });
  await new GraphAcknowledgementStore({ http, siteId: 'root', batchConcurrency: 6 }).append(acks);
}

export interface MyChoicesTiming {
  /** from navigation start to the choices having arrived in the page */
  loadedMs: number;
  /** from their arrival to the first documents on screen: the page's own work */
  renderMs: number;
  /** the server calls that brought them: start + duration */
  calls: string[];
}

/** waits for My choices to show its documents and reads the page's marks */
export async function myChoicesTiming(page: Page): Promise<MyChoicesTiming> {
  await page.waitForFunction(() => performance.getEntriesByName('my-choices-ready').length > 0, undefined, { timeout: 60_000 });
  // no named functions inside: the bench's transpiler would wrap them in a helper the page lacks
  return page.evaluate(() => {
    const loaded = performance.getEntriesByName('my-choices-loaded')[0]!.startTime;
    const ready = performance.getEntriesByName('my-choices-ready')[0]!.startTime;
    const calls = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/acknowledgements/mine'))
      .map((e) => `${Math.round(e.startTime)}+${Math.round(e.duration)} ms`);
    return { loadedMs: loaded, renderMs: ready - loaded, calls };
  });
}
