// The bot as the Agents Playground meets it locally: mounted on an Express app on a loopback port
// (local mode, no token), recording card decisions through the Graph adapter into the Graph-lists
// emulator, which runs on its own loopback port with a temporary SQLite file and provisioned lists,
// and reading meetings' attached criteria from the emulator's Meeting criteria list the same way.
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_DEMO_USER } from '../../src/auth/demo-staff';
import { makeDevToken } from '../../src/auth/dev-token';
import { mountMessageExtension, type MountedMessageExtension } from '../../src/bot';
import { MemoryReminderSubscriptions } from '../../src/bot/reminder/subscriptions';
import type { ContentPack } from '../../src/domain/content/model';
import { DEFAULT_LIST_VIEW_THRESHOLD } from '../../src/server/graph-emulator';
import { createGraphClient, GraphAcknowledgementStore, GraphMeetingCriteriaStore, provision, resolveSiteId } from '../../src/storage/graph';
import { startTestEmulator } from './emulator-harness';

export interface BotUnderTest {
  /** http://127.0.0.1:PORT/api/messages */
  endpoint: string;
  /** the public base URL the bot's links use */
  publicBaseUrl: string;
  /** a store reading the emulator's Acknowledgements list on its own, to see what the bot wrote */
  listReader: GraphAcknowledgementStore;
  /** a store on the emulator's Meeting criteria list of its own, to attach criteria as the meeting tab does */
  meetingCriteria: GraphMeetingCriteriaStore;
  logged: Record<string, unknown>[];
  /** the people's chats the bot kept for the weekly reminder */
  reminders: MemoryReminderSubscriptions;
  /** runs the weekly reminder now, as the server's timer does */
  sendDueReminders: MountedMessageExtension['sendDueReminders'];
  close(): Promise<void>;
}

export async function startBotWithEmulator(pack: ContentPack, publicBaseUrl = 'http://localhost:3978'): Promise<BotUnderTest> {
  // SharePoint's list view threshold, not the contract tests' small one
  const emulator = await startTestEmulator({ listViewThreshold: DEFAULT_LIST_VIEW_THRESHOLD });
  const token = makeDevToken(DEFAULT_DEMO_USER);
  const graph = () => createGraphClient({ baseUrl: emulator.baseUrl, getToken: async () => token });
  const siteId = await resolveSiteId(graph());
  await provision(graph(), siteId);

  const app = express();
  const logged: Record<string, unknown>[] = [];
  const reminders = new MemoryReminderSubscriptions();
  const mounted = await mountMessageExtension(app, {
    mode: 'local',
    pack,
    acknowledgements: new GraphAcknowledgementStore({ http: graph(), siteId }),
    meetingCriteria: new GraphMeetingCriteriaStore({ http: graph(), siteId }),
    publicBaseUrl,
    log: (entry) => logged.push(entry as Record<string, unknown>),
    reminders: { subscriptions: reminders },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    publicBaseUrl,
    listReader: new GraphAcknowledgementStore({ http: graph(), siteId }),
    meetingCriteria: new GraphMeetingCriteriaStore({ http: graph(), siteId }),
    logged,
    reminders,
    sendDueReminders: () => mounted.sendDueReminders(),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.stop();
    },
  };
}
