// A BotEnvironment for handler tests: the bundled content pack, an in-memory store, card ids
// counted from 1 and a clock that moves one second per reading.
import { botContent, type BotContent } from '../../../src/bot/content';
import type { BotEnvironment, InboundActivity } from '../../../src/bot/handlers/environment';
import type { Acknowledgement } from '../../../src/domain/acknowledgement';
import { bundledPack } from '../bundled-pack';
import { inProcessMatcher } from '../../../src/bot/text-matcher';
import { AcknowledgementWriter } from '../../../src/server/api/acknowledgement-writer';
import { MemoryAcknowledgementStore } from './memory-acknowledgement-store';

export { bundledPack };

let bundled: BotContent | undefined;

/** the bundled pack's content, indexed once per test file */
export function bundledContent(): BotContent {
  return (bundled ??= botContent(bundledPack()));
}

export interface TestEnvironment extends BotEnvironment {
  store: MemoryAcknowledgementStore;
  logged: Record<string, unknown>[];
}

export function testEnvironment(content: BotContent = bundledContent()): TestEnvironment {
  const store = new MemoryAcknowledgementStore();
  const logged: Record<string, unknown>[] = [];
  let cards = 0;
  let tick = Date.parse('2026-03-02T09:00:00Z');
  return {
    content,
    match: inProcessMatcher(content.matcher),
    acknowledgements: store,
    writer: new AcknowledgementWriter({ store, appVersion: '9.9.9' }),
    store,
    logged,
    publicBaseUrl: () => 'https://keuzes.example.nl',
    appVersion: '9.9.9',
    newCardId: () => `card${String(++cards).padStart(4, '0')}`,
    now: () => new Date((tick += 1000)),
    log: (entry) => logged.push(entry),
  };
}

export const ALEX = { id: '29:alex', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000a1' };
export const MEGAN = { id: '29:megan', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000b2' };

export function activity(value: unknown, overrides: Partial<InboundActivity> = {}): InboundActivity {
  return { id: 'activity-1', locale: 'nl-NL', from: ALEX, conversation: { id: '19:chat@thread.v2' }, value, ...overrides };
}

/**
 * choices of `count` colleagues other than ALEX and MEGAN on one item in one context, each with a
 * reason and a name-like id of their own, for what a card may (not) show of others
 */
export function colleaguesChoices(count: number, contextRef: string, itemId: string, contextType: Acknowledgement['contextType'] = 'message'): Acknowledgement[] {
  return Array.from({ length: count }, (_unused, i) => ({
    ackKey: `colleague${String(i).padStart(4, '0')}`,
    checklistItemId: itemId,
    checklistId: itemId.split('-')[0]!,
    decision: 'not-applicable' as const,
    reason: `Reden van collega ${i}`,
    contextType,
    contextRef,
    source: 'tab' as const,
    staffAadId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    contentVersion: '1',
    appVersion: '1',
    ackAt: `2026-02-01T09:${String(i % 60).padStart(2, '0')}:00.000Z`,
  }));
}
