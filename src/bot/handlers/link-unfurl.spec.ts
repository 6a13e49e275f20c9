import { recordLink } from '../../domain/apply-or-explain';
import type { MeetingCriteria } from '../../domain/meeting-criteria';
import { MEETING_CARD_LIMITS } from '../card-state';
import { allText, cardTexts, literalText } from '../../../test/support/bot/card-inspection';
import { MemoryMeetingCriteriaStore } from '../../../test/support/bot/memory-meeting-criteria-store';
import { activity, testEnvironment, type TestEnvironment } from '../../../test/support/bot/test-environment';
import { MEETING_READ_TIMEOUT_MS, unfurlLink } from './link-unfurl';

// a Teams meeting id: the base64 of `0#<thread id>#0`, with `/`, `+` and `=` that a link must encode
const MEETING_ID = 'MCMxOTptZWV0aW5nX1pqQTRZVGt4/+ZGUtT0RFMkxUUTRNRE10T0RZeE15MDFZV1ExTUdWa1pXTmtNbUUwQHRocmVhZC52MiMw==';
const MEETING_LINK = `https://keuzes.example.nl/#/meetings/${encodeURIComponent(MEETING_ID)}`;
const ATTACHED = ['roads-asphalt-reclaimed-content', 'roads-limit-paved-area'];

function withMeetings(...meetings: MeetingCriteria[]): TestEnvironment & { meetings: MemoryMeetingCriteriaStore } {
  const meetingStore = new MemoryMeetingCriteriaStore();
  for (const m of meetings) meetingStore.meetings.set(m.meetingId, m);
  return Object.assign(testEnvironment(), { meetingCriteria: meetingStore, meetings: meetingStore });
}

const meeting = (overrides: Partial<MeetingCriteria> = {}): MeetingCriteria => ({
  meetingId: MEETING_ID,
  checklistItemIds: ATTACHED,
  attachedBy: '00000000-0000-0000-0000-0000000000c3',
  subject: 'Kick-off herinrichting Dorpsstraat',
  ...overrides,
});

describe('link unfurling', () => {
  it("turns a link to one of the app's criteria into that criterion's card", async () => {
    const env = testEnvironment();
    const { attachments } = (await unfurlLink(env, activity({ url: 'https://keuzes.example.nl/#/criteria/roads-limit-paved-area' }))).composeExtension;
    expect(attachments).toHaveLength(1);
    expect(cardTexts(attachments[0]!.content).urls).toEqual(['https://keuzes.example.nl/#/criteria/roads-limit-paved-area']);
    expect(attachments[0]!.preview!.content.text).toContain('Wegen en verhardingen');
  });

  it("turns a link to one of the app's actions into that action's card, in English for an English user", async () => {
    const env = testEnvironment();
    const { attachments } = (await unfurlLink(env, activity({ url: 'https://keuzes.example.nl/#/actions/public-space-reuse-paving-depot' }, { locale: 'en-US' }))).composeExtension;
    expect(literalText(attachments[0]!.content)).toContain('Material depot for paving and street furniture');
  });

  it('leaves other links, unknown ids and malformed values alone', async () => {
    const env = withMeetings(meeting());
    for (const url of [
      'https://elsewhere.example.com/#/criteria/roads-limit-paved-area',
      'https://keuzes.example.nl/#/criteria/does-not-exist',
      'https://keuzes.example.nl/other/#/criteria/roads-limit-paved-area',
      `https://elsewhere.example.com/#/meetings/${encodeURIComponent(MEETING_ID)}`,
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect((await unfurlLink(env, activity({ url }))).composeExtension.attachments).toEqual([]);
    }
    expect((await unfurlLink(env, activity({}))).composeExtension.attachments).toEqual([]);
    expect(env.meetings.reads).toEqual([]);
  });
});

describe('unfurling links from every address the app is served on', () => {
  // locally the server answers on each loopback name; what a person copies is often localhost
  const served = () => Object.assign(testEnvironment(), { otherBaseUrls: () => ['http://localhost:3978', 'http://127.0.0.1:3978'] });

  it('unfurls a link copied from the public address, localhost or 127.0.0.1 into the same card, linking to the public address', async () => {
    const env = served();
    for (const base of ['https://keuzes.example.nl', 'http://localhost:3978', 'http://127.0.0.1:3978/']) {
      const { attachments } = (await unfurlLink(env, activity({ url: `${base.replace(/\/$/, '')}/#/criteria/roads-limit-paved-area` }))).composeExtension;
      expect({ base, urls: attachments.flatMap((a) => cardTexts(a.content).urls) }).toEqual({ base, urls: ['https://keuzes.example.nl/#/criteria/roads-limit-paved-area'] });
    }
    const meetings = new MemoryMeetingCriteriaStore();
    meetings.meetings.set(MEETING_ID, meeting());
    env.meetingCriteria = meetings;
    const fromLocalhost = await unfurlLink(env, activity({ url: `http://localhost:3978/#/meetings/${encodeURIComponent(MEETING_ID)}` }));
    expect(literalText(fromLocalhost.composeExtension.attachments[0]!.content)).toContain('Kick-off herinrichting Dorpsstraat');
    expect(meetings.reads).toEqual([MEETING_ID]);
  });

  it('leaves links to another port, scheme or host alone', async () => {
    const env = served();
    for (const url of ['http://localhost:3979/#/criteria/roads-limit-paved-area', 'https://localhost:3978/#/criteria/roads-limit-paved-area', 'http://127.0.0.2:3978/#/criteria/roads-limit-paved-area']) {
      expect((await unfurlLink(env, activity({ url }))).composeExtension.attachments).toEqual([]);
    }
  });
});

describe("unfurling a link to a meeting's page", () => {
  it('shows the meeting subject and each attached criterion with its ambition, kind, R-strategy and whether it is a proposal, and links to the meeting page', async () => {
    const env = withMeetings(meeting());
    const answer = await unfurlLink(env, activity({ url: MEETING_LINK }));
    expect(env.meetings.reads).toEqual([MEETING_ID]);
    // the criteria can change while the link stays the same
    expect(answer.cacheInfo).toEqual({ cacheType: 'no-cache' });
    const [attachment] = answer.composeExtension.attachments;
    const card = attachment!.content;
    const texts = cardTexts(card);
    expect(texts.markdown[0]).toBe('Circulaire criteria voor dit overleg');
    expect(texts.literal).toContain('Kick-off herinrichting Dorpsstraat');
    expect(texts.literal).toContain('2 criteria zijn aan dit overleg gekoppeld. Leg per criterium vast wat het overleg ermee doet.');
    const asphalt = env.content.lookup.item('roads-asphalt-reclaimed-content')!.item;
    expect(texts.literal).toContain(asphalt.text.nl);
    expect(texts.literal).toContain('Significant · Eis · R8 Recyclen · Voorstel, nog niet vastgesteld');
    expect(texts.urls[texts.urls.length - 1]).toBe(MEETING_LINK);
    expect(attachment!.preview!.content).toEqual({ title: 'Kick-off herinrichting Dorpsstraat', text: '2 circulaire criteria gekoppeld' });
  });

  it("offers each criterion the cards' decision controls, recording against the meeting", async () => {
    const env = withMeetings(meeting());
    const card = (await unfurlLink(env, activity({ url: MEETING_LINK }))).composeExtension.attachments[0]!.content;
    const records = cardTexts(card).executeData.filter((d) => d.itemId !== undefined);
    expect(records.map((d) => d.itemId)).toEqual(ATTACHED);
    for (const data of records) {
      expect(data).toMatchObject({ contextType: 'meeting', contextRef: MEETING_ID, subject: { kind: 'meeting', itemIds: ATTACHED, more: 0 } });
    }
    expect(JSON.stringify(card)).toContain('"verb":"decide"');
    expect(JSON.stringify(card)).toContain('"id":"decision-roads-limit-paved-area"');
    expect(card.refresh?.action?.verb).toBe('refreshCard');
  });

  it('answers in English for an English user, through a Teams deep link when the app id is known', async () => {
    const env = Object.assign(withMeetings(meeting()), { teamsAppId: 'a1b2c3d4-0000-4000-8000-000000000001' });
    const card = (await unfurlLink(env, activity({ url: MEETING_LINK }, { locale: 'en-GB' }))).composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Circular criteria for this meeting');
    expect(literalText(card)).toContain('2 criteria are attached to this meeting.');
    const open = new URL(cardTexts(card).urls[cardTexts(card).urls.length - 1]!);
    expect(open.origin).toBe('https://teams.microsoft.com');
    expect(open.searchParams.get('webUrl')).toBe(MEETING_LINK);
    expect(JSON.parse(open.searchParams.get('context')!)).toEqual({ subEntityId: `meetings/${MEETING_ID}` });
  });

  it('keeps the subject literal: no Markdown, no links, no template functions', async () => {
    const subject = '**Vet** [klik](javascript:alert(1)) <b>x</b> {{DATE(2026-01-01T00:00:00Z)}}';
    const env = withMeetings(meeting({ subject }));
    const card = (await unfurlLink(env, activity({ url: MEETING_LINK }))).composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown.join('\n')).not.toContain('klik');
    expect(literalText(card)).toContain('**Vet** [klik](javascript:alert(1)) <b>x</b> {\u200B{DATE(2026-01-01T00:00:00Z)}\u200B}');
    const preview = (await unfurlLink(env, activity({ url: MEETING_LINK }))).composeExtension.attachments[0]!.preview!.content;
    expect(preview.title).toContain('&lt;b&gt;x&lt;/b&gt;');
  });

  it('shows up to the card limit and counts the rest, which are on the meeting page', async () => {
    const ids = packItemIds(MEETING_CARD_LIMITS.criteria + 3);
    const env = withMeetings(meeting({ checklistItemIds: [...ids, 'no-longer-in-the-content'] }));
    const card = (await unfurlLink(env, activity({ url: MEETING_LINK }))).composeExtension.attachments[0]!.content;
    const shown = cardTexts(card).executeData.filter((d) => d.itemId !== undefined).map((d) => d.itemId);
    expect(shown).toEqual(ids.slice(0, MEETING_CARD_LIMITS.criteria));
    expect(literalText(card)).toContain(`${ids.length} criteria zijn aan dit overleg gekoppeld.`);
    expect(literalText(card)).toContain('En nog 3 criteria op de pagina van het overleg.');
  });

  it('says so, with the link, when the meeting has no criteria, is unknown, or only has criteria the content no longer knows', async () => {
    const env = withMeetings(meeting({ meetingId: 'outlook-0a1b2c3d4e5f60718293a4b5', checklistItemIds: ['gone-from-the-content'] }));
    for (const id of [MEETING_ID, 'outlook-0a1b2c3d4e5f60718293a4b5']) {
      const answer = await unfurlLink(env, activity({ url: `https://keuzes.example.nl/#/meetings/${encodeURIComponent(id)}` }));
      expect(answer.cacheInfo).toEqual({ cacheType: 'no-cache' });
      const card = answer.composeExtension.attachments[0]!.content;
      expect(allText(card)).toContain('Aan dit overleg zijn nog geen circulaire criteria gekoppeld.');
      expect(cardTexts(card).urls).toEqual([`https://keuzes.example.nl/#/meetings/${encodeURIComponent(id)}`]);
      expect(cardTexts(card).executeData).toEqual([]);
    }
  });

  it('says the criteria could not be read when the store fails, is missing or hangs, and logs why', async () => {
    const failing = withMeetings(meeting());
    failing.meetings.failWith = Object.assign(new Error('throttled'), { name: 'GraphRequestError', status: 503 });
    const missing = testEnvironment();
    for (const env of [failing, missing]) {
      const answer = await unfurlLink(env, activity({ url: MEETING_LINK }, { locale: 'en-US' }));
      const card = answer.composeExtension.attachments[0]!.content;
      expect(allText(card)).toContain('The criteria of this meeting could not be read just now.');
      expect(cardTexts(card).urls).toEqual([MEETING_LINK]);
      expect(answer.cacheInfo).toEqual({ cacheType: 'no-cache' });
    }
    expect(failing.logged).toEqual([expect.objectContaining({ level: 'error', error: 'GraphRequestError', status: 503 })]);
    expect(missing.logged).toEqual([expect.objectContaining({ level: 'warn' })]);

    jest.useFakeTimers();
    try {
      const hanging = withMeetings(meeting());
      hanging.meetings.hang = true;
      const pending = unfurlLink(hanging, activity({ url: MEETING_LINK }));
      await jest.advanceTimersByTimeAsync(MEETING_READ_TIMEOUT_MS);
      expect(allText((await pending).composeExtension.attachments[0]!.content)).toContain('De criteria van dit overleg konden nu niet worden gelezen.');
    } finally {
      jest.useRealTimers();
    }
  });

  it('reads no meeting for ids that are too long or hold characters a meeting id has not', async () => {
    const env = withMeetings(meeting());
    for (const id of ['x'.repeat(256), 'a b', 'a<b>', "a'b", 'ä', '..']) {
      const url = `https://keuzes.example.nl/#/meetings/${encodeURIComponent(id)}`;
      expect((await unfurlLink(env, activity({ url }))).composeExtension.attachments).toEqual([]);
    }
    expect((await unfurlLink(env, activity({ url: 'https://keuzes.example.nl/#/meetings/' }))).composeExtension.attachments).toEqual([]);
    expect(env.meetings.reads).toEqual([]);
  });
});

/** the first `count` criteria of the bundled pack */
function packItemIds(count: number): string[] {
  return testEnvironment().content.pack.checklists.flatMap((c) => c.items.map((i) => i.id)).slice(0, count);
}

describe('unfurling a shared apply-or-explain record', () => {
  const row = (env: TestEnvironment, over: Record<string, unknown>) =>
    env.store.rows.push({ ackKey: `k${env.store.rows.length.toString().padStart(8, '0')}`, checklistItemId: 'roads-limit-paved-area', checklistId: 'roads', decision: 'applied', contextType: 'procurement', contextRef: 'doc:n237', source: 'tab', staffAadId: ALEX_ID, contentVersion: '1', appVersion: '1', ackAt: '2026-11-01T10:00:00.000Z', ...over });
  const ALEX_ID = '00000000-0000-0000-0000-0000000000a1';

  it("becomes the record card of the person who shares it, from their own choices only, typed text kept literal", async () => {
    const env = testEnvironment();
    row(env, {});
    row(env, { checklistItemId: 'roads-mki-ceiling-design', decision: 'not-applicable', reason: 'Geen **ontwerp** \u202Ein dit bestek [x](javascript:alert(1))' });
    row(env, { checklistItemId: 'roads-co2-performance-ladder', decision: 'considered', reason: 'Reden van Megan', staffAadId: '00000000-0000-0000-0000-0000000000b2' });
    const url = `https://keuzes.example.nl/#/check?record=${encodeURIComponent('doc:n237')}&checklists=roads&title=${encodeURIComponent('Bestek N237')}`;
    const answer = await unfurlLink(env, activity({ url }));
    const card = answer.composeExtension.attachments[0]!.content;
    expect(cardTexts(card).markdown[0]).toBe('Pas toe of leg uit');
    const literal = literalText(card);
    expect(literal).toContain('Bestek N237');
    expect(literal).toContain('Opgesteld door: Alex Wilber');
    expect(literal).toContain('Geen **ontwerp** in dit bestek [x](javascript:alert(1))');
    expect(literal).not.toContain('\u202E');
    expect(literal).not.toContain('Reden van Megan');
    expect(cardTexts(card).markdown.join(' ')).not.toContain('ontwerp');
    expect(literal).toMatch(/1 toegepast, 0 niet toegepast, 1 niet van toepassing, \d+ nog open/);
    expect(cardTexts(card).urls).toEqual([recordLink('https://keuzes.example.nl', { contextRef: 'doc:n237', checklistIds: ['roads'], title: 'Bestek N237' })]);
  });

  it('gives no card to someone the activity does not name, or when the choices cannot be read', async () => {
    const env = testEnvironment();
    const url = 'https://keuzes.example.nl/#/check?record=doc%3An237&checklists=roads';
    expect((await unfurlLink(env, activity({ url }, { from: { id: '29:anon' } }))).composeExtension.attachments).toEqual([]);
    env.store.failWith = new Error('down');
    expect((await unfurlLink(env, activity({ url }))).composeExtension.attachments).toEqual([]);
  });
});
