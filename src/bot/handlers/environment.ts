// What the handlers work with: the content, the acknowledgement store and a few clocks and ids,
// passed in so that tests can fix them. Handlers read only the fields of an activity listed in
// InboundActivity; everything under `value` is untrusted and parsed by the handler that uses it.
import type { AcknowledgementWriter } from '../../server/api/acknowledgement-writer';
import type { AcknowledgementStore, MeetingCriteriaStore } from '../../storage/ports';
import type { CardContext } from '../cards/card-context';
import type { BotContent } from '../content';
import { languageOfLocale, stringsFor } from '../locales';
import type { ReminderSubscriptions } from '../reminder/subscriptions';
import type { TextMatcher } from '../text-matcher';

export interface BotEnvironment {
  content: BotContent;
  /** matches user text (a message, a draft) against the content, off the server's event loop */
  match: TextMatcher;
  /** read: the choices a card reduces to the viewer's own and a count (card-choices.ts) */
  acknowledgements: AcknowledgementStore;
  /** write: the server's one writer of acknowledgements, the same POST /api/acknowledgements uses */
  writer: Pick<AcknowledgementWriter, 'record'>;
  /** who gets the weekly reminder, where, and who switched it off */
  reminders?: ReminderSubscriptions;
  /** the programme team of a person, as the server's API knows it; undefined when unknown */
  teamOf?: (personId: string) => string | undefined;
  /** the criteria attached to meetings, for the card a link to a meeting's page becomes */
  meetingCriteria?: MeetingCriteriaStore;
  publicBaseUrl: () => string;
  /**
   * the other addresses the app is served on, whose links unfurl as the public one's do (locally
   * http://localhost:PORT beside http://127.0.0.1:PORT); the cards still link to `publicBaseUrl`
   */
  otherBaseUrls?: () => readonly string[];
  teamsAppId?: string;
  appVersion: string;
  /**
   * the privacy minimum (CC_PRIVACY_MIN_CONTRIBUTORS, 5 by default): a card counts the others who
   * chose only when at least this many did
   */
  privacyMinContributors?: number;
  /** a fresh card instance id */
  newCardId: () => string;
  now: () => Date;
  log: (entry: Record<string, unknown>) => void;
  /** how long a card decision may take to write, and the card's whole answer (ms); 4 s and 4.5 s by default, as Teams waits about 5 s */
  budgets?: { writeMs?: number; answerMs?: number };
}

export interface InboundActivity {
  id?: string;
  locale?: string;
  replyToId?: string;
  from: { id: string; name?: string; aadObjectId?: string };
  conversation: { id: string };
  value?: unknown;
}

export function cardContextFor(env: BotEnvironment, activity: Pick<InboundActivity, 'locale'>): CardContext {
  const language = languageOfLocale(activity.locale);
  const context: CardContext = { language, strings: stringsFor(language), content: env.content, publicBaseUrl: env.publicBaseUrl() };
  if (env.teamsAppId) context.teamsAppId = env.teamsAppId;
  return context;
}
