// Link unfurling: a link to a criterion or an action in this app becomes that criterion's or
// action's card; a link to a meeting's page (what the organizer shares in the meeting chat) becomes
// the card of the criteria attached to that meeting. A link unfurls from any address the app is
// served on (its public URL, and locally localhost as well as 127.0.0.1); other links get no card.
import { z } from 'zod';
import { applyOrExplainRecord, parseRecordLink, RECORD_LABELS, recordLink, type RecordLinkTarget } from '../../domain/apply-or-explain';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { parseAppLink, type LinkTarget } from '../app-links';
import { targetCardState } from '../card-state';
import type { CardContext } from '../cards/card-context';
import { meetingCard, meetingCardState, meetingNoticeCard } from '../cards/meeting-card';
import { meetingPreview, targetPreview } from '../cards/preview';
import { recordCard } from '../cards/record-card';
import { subjectCard } from '../cards/subject-card';
import { cardContextFor, type BotEnvironment, type InboundActivity } from './environment';
import { cardAttachment, resultList, type ResultList } from './responses';

const linkValue = z.object({ url: z.string().max(2048) });

/** Teams waits a few seconds for an unfurl; a slower store gets the "could not be read" card instead */
export const MEETING_READ_TIMEOUT_MS = 4000;

// a meeting's criteria change while the link stays the same: Teams must ask again each time
const FRESH = { cacheType: 'no-cache' } as const;

type MeetingRead = { ok: true; criteria: MeetingCriteria | undefined } | { ok: false };

async function readMeetingCriteria(env: BotEnvironment, meetingId: string): Promise<MeetingRead> {
  const store = env.meetingCriteria;
  if (!store) {
    env.log({ level: 'warn', msg: 'message extension: a meeting link was unfurled, but the bot has no meeting criteria store' });
    return { ok: false };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), MEETING_READ_TIMEOUT_MS);
  });
  try {
    const read = await Promise.race([store.get(meetingId), timeout]);
    if (read === 'timeout') {
      env.log({ level: 'warn', msg: "message extension: reading a meeting's criteria took too long", timeoutMs: MEETING_READ_TIMEOUT_MS });
      return { ok: false };
    }
    return { ok: true, criteria: read };
  } catch (error) {
    env.log({ level: 'error', msg: "message extension: a meeting's criteria could not be read", error: (error as Error).name, status: (error as { status?: unknown }).status });
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}

async function unfurlMeeting(env: BotEnvironment, context: CardContext, meetingId: string): Promise<ResultList> {
  const { meeting } = context.strings;
  const notice = (text: string): ResultList => ({
    ...resultList([cardAttachment(meetingNoticeCard(context, meetingId, text), meetingPreview(meeting.heading, text))]),
    cacheInfo: FRESH,
  });
  const read = await readMeetingCriteria(env, meetingId);
  if (!read.ok) return notice(meeting.unreadable);
  const state = read.criteria && meetingCardState(env.newCardId(), read.criteria, env.content);
  const card = state && meetingCard(context, state);
  if (!state || !card || state.subject.kind !== 'meeting') return notice(meeting.noCriteria);
  const { subject } = state;
  const preview = meetingPreview(subject.subject || meeting.heading, meeting.previewCount(subject.itemIds.length + subject.more));
  return { ...resultList([cardAttachment(card, preview)]), cacheInfo: FRESH };
}

/**
 * a shared apply-or-explain record: made from the choices of the person who pastes or shares the
 * link, never anyone else's; no card when the person is unknown or their choices cannot be read
 */
async function unfurlRecord(env: BotEnvironment, context: CardContext, activity: InboundActivity, target: RecordLinkTarget): Promise<ResultList> {
  const personId = activity.from.aadObjectId?.trim();
  if (!personId) return resultList([]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), MEETING_READ_TIMEOUT_MS);
    });
    const acks = await Promise.race([env.acknowledgements.forContext(target.contextRef), timeout]);
    const known = new Set(env.content.pack.checklists.map((c) => c.id));
    const record = applyOrExplainRecord({
      pack: env.content.pack,
      language: context.language,
      person: { id: personId, name: activity.from.name ?? '' },
      document: { ref: target.contextRef, ...(target.title ? { title: target.title } : {}) },
      checklistIds: target.checklistIds.filter((id) => known.has(id)),
      acknowledgements: acks,
      at: env.now(),
    });
    const labels = RECORD_LABELS[context.language];
    const card = recordCard(record, recordLink(env.publicBaseUrl(), target), context.strings.reminder.openApp);
    return { ...resultList([cardAttachment(card, meetingPreview(`${labels.title}: ${record.document.title}`, labels.summary(record.counts)))]), cacheInfo: FRESH };
  } catch (error) {
    env.log({ level: 'warn', msg: 'message extension: a record link could not be unfurled', error: (error as Error).message === 'timeout' ? 'timeout' : (error as Error).name });
    return resultList([]);
  } finally {
    clearTimeout(timer);
  }
}

/** what a link points to, at whichever of the app's addresses it was copied from */
function linkTargetOf(env: BotEnvironment, link: string): { record: RecordLinkTarget } | { page: LinkTarget } | undefined {
  for (const base of [env.publicBaseUrl(), ...(env.otherBaseUrls?.() ?? [])]) {
    const record = parseRecordLink(base, link);
    if (record) return { record };
    const page = parseAppLink(base, link);
    if (page) return { page };
  }
  return undefined;
}

export async function unfurlLink(env: BotEnvironment, activity: InboundActivity): Promise<ResultList> {
  const parsed = linkValue.safeParse(activity.value);
  const found = parsed.success ? linkTargetOf(env, parsed.data.url) : undefined;
  if (found && 'record' in found) return unfurlRecord(env, cardContextFor(env, activity), activity, found.record);
  const target = found?.page;
  if (!target) return resultList([]);
  const context = cardContextFor(env, activity);
  if (target.kind === 'meeting') return unfurlMeeting(env, context, target.id);
  const card = subjectCard(context, targetCardState(env.newCardId(), target));
  const preview = targetPreview(context, target);
  return card && preview ? resultList([cardAttachment(card, preview)]) : resultList([]);
}
