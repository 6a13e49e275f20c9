// A BotEnvironment for handler tests: the bundled content pack, an in-memory store, card ids
// counted from 1 and a clock that moves one second per reading.
import { botContent, type BotContent } from '../../../src/bot/content';
import type { BotEnvironment, InboundActivity } from '../../../src/bot/handlers/environment';
import { NameDirectory } from '../../../src/bot/name-directory';
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
    names: new NameDirectory(),
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
