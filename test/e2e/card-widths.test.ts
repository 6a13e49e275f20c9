// Every card on which people record a choice, rendered by Microsoft's reference Adaptive Cards
// renderer (the `adaptivecards` package) in Chromium at 320 px (a Teams side panel, an Outlook task
// pane) and 440 px, in Dutch and in English, with every "Kiezen" panel opened: no button, label or
// text is cut off (an element that clips shows all of its text: scrollWidth <= clientWidth), and
// the card does not scroll sideways. Four decision buttons in a row did not fit ("Ap…", "Not appl…").
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Browser, Page } from 'playwright-core';
import { onCardAction } from '../../src/bot/handlers/card-action';
import { unfurlLink } from '../../src/bot/handlers/link-unfurl';
import { checkMessage } from '../../src/bot/handlers/message-check';
import type { ResultList, UniversalActionAnswer } from '../../src/bot/handlers/responses';
import { selectSearchResult } from '../../src/bot/handlers/search';
import { reminderMessageFor } from '../../src/bot/reminder/send-reminders';
import { decideData, recordData } from '../support/bot/card-inspection';
import { MemoryMeetingCriteriaStore } from '../support/bot/memory-meeting-criteria-store';
import { ALEX, MEGAN, activity, colleaguesChoices, testEnvironment } from '../support/bot/test-environment';
import { launchChromium } from './support/browser';

const WIDTHS = [320, 440] as const;
const LOCALES = ['nl-NL', 'en-US'] as const;
// the renderer's own files, read as they are (a .css in a require would be jest's style stub)
const RENDERER_DIST = join(dirname(require.resolve('adaptivecards/package.json')), 'dist');
const MEETING_ID = 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==';

const firstOf = (list: ResultList) => list.composeExtension.attachments[0]!.content;
const cardOf = (answer: UniversalActionAnswer): IAdaptiveCard => {
  if (answer.statusCode !== 200) throw new Error(answer.value.message);
  return answer.value;
};

/** each card a person decides on, as the bot sends it, and after a choice (with its notice, the person's own choice and the count of others) */
async function decisionCards(locale: string): Promise<[string, IAdaptiveCard][]> {
  const env = testEnvironment();
  const at = (value: unknown) => activity(value, { locale, replyToId: 'msg-1' });
  const click = (data: Record<string, unknown>) => activity({ action: { type: 'Action.Execute', verb: 'decide', data } }, { locale, replyToId: 'msg-1', from: ALEX });
  // enough colleagues chose in the message for the card to count them
  env.store.rows.push(...colleaguesChoices(5, 'teams:19:chat@thread.v2:msg-1', 'roads-asphalt-reclaimed-content'));

  const item = 'roads-asphalt-reclaimed-content';
  const criterion = firstOf(selectSearchResult(env, at({ selectItem: { kind: 'criterion', id: item } })));
  const criterionDecided = cardOf(await onCardAction(env, click({ ...decideData(criterion, item, 'considered'), [`reason-${item}`]: 'Te duur voor dit project' })));
  const actionId = 'public-space-reuse-paving-depot';
  const action = firstOf(selectSearchResult(env, at({ selectItem: { kind: 'action', id: actionId } })));
  const actionDecided = cardOf(await onCardAction(env, click(decideData(action, actionId, 'later'))));
  const text = 'Offerteaanvraag: nieuwe laptops, bureaustoelen, asfalt en lichtmasten.';
  const checked = firstOf((await checkMessage(env, at({ commandId: 'checkMessage', messagePayload: { id: '17', body: { contentType: 'text', content: text } } }))) as ResultList);

  const meetings = new MemoryMeetingCriteriaStore();
  env.meetingCriteria = meetings;
  await meetings.save({ meetingId: MEETING_ID, checklistItemIds: [item, 'public-lighting-keep-sound-masts'], attachedBy: MEGAN.aadObjectId, subject: 'Projectoverleg herinrichting Kerkebuurt' });
  const meeting = firstOf(await unfurlLink(env, at({ url: `https://keuzes.example.nl/#/meetings/${encodeURIComponent(MEETING_ID)}` })));

  // two items put aside, so the reminder still offers one after the other is decided
  for (const [i, later] of ['roads-limit-paved-area', 'public-lighting-keep-sound-masts'].entries()) {
    env.store.rows.push({ ackKey: `later00000${i}`, checklistItemId: later, checklistId: later.split('-')[0] === 'roads' ? 'roads' : 'public-lighting', decision: 'later', contextType: 'procurement', contextRef: `doc:${i}`, contextTitle: 'Bestek onderhoud Kerkebuurt', source: 'tab', staffAadId: ALEX.aadObjectId, contentVersion: '1', appVersion: '1', ackAt: `2026-01-0${i + 1}T00:00:00.000Z` });
  }
  const reminder = (await reminderMessageFor(env, ALEX.aadObjectId, locale))!.attachments![0]!.content as IAdaptiveCard;
  const reminderDecided = cardOf(await onCardAction(env, click({ ...recordData(reminder, 'roads-limit-paved-area'), 'decision-roads-limit-paved-area': 'applied' })));
  return [
    ['criterion', criterion],
    ['criterion after a choice', criterionDecided],
    ['programme action', action],
    ['programme action after a choice', actionDecided],
    ['checked message', checked],
    ["meeting's criteria", meeting],
    ['weekly reminder', reminder],
    ['weekly reminder after a choice', reminderDecided],
  ];
}

interface Clipped {
  tag: string;
  text: string;
  scrollWidth: number;
  clientWidth: number;
}

/** renders the card in a box `width` px wide, opens every panel, and lists what is cut off */
async function clippedOn(page: Page, card: IAdaptiveCard, width: number): Promise<{ clipped: Clipped[]; buttons: string[]; overflow: number }> {
  return page.evaluate(
    ({ card, width }) => {
      const AC = (window as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
      const box = document.getElementById('box')!;
      box.replaceChildren();
      box.style.width = `${width}px`;
      const adaptive = new AC.AdaptiveCard();
      adaptive.parse(card);
      const rendered = adaptive.render()!;
      box.appendChild(rendered);
      // open every "Kiezen" panel (one per criterion block) so its choice and button are measured too
      for (const button of Array.from(box.querySelectorAll<HTMLElement>('[aria-expanded="false"]'))) button.click();
      const clips = (el: Element) => ['hidden', 'clip', 'auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      const clipped = Array.from(box.querySelectorAll<HTMLElement>('*'))
        .filter((el) => el.offsetParent !== null && clips(el) && el.scrollWidth > el.clientWidth)
        .map((el) => ({ tag: `${el.tagName.toLowerCase()}.${el.className}`, text: (el.innerText || el.getAttribute('aria-label') || '').slice(0, 80), scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      const buttons = Array.from(box.querySelectorAll<HTMLElement>('.ac-pushButton')).map((b) => b.innerText);
      return { clipped, buttons, overflow: rendered.scrollWidth - rendered.clientWidth };
    },
    { card: card as unknown, width },
  );
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.setContent('<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body style="margin:0"><div id="box"></div></body></html>');
  await page.addStyleTag({ content: readFileSync(join(RENDERER_DIST, 'adaptivecards.css'), 'utf8') });
  await page.addScriptTag({ content: readFileSync(join(RENDERER_DIST, 'adaptivecards.min.js'), 'utf8') });
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALES)('cards with a choice to record, in the reference renderer, in %s', (locale) => {
  let cards: [string, IAdaptiveCard][];
  beforeAll(async () => {
    cards = await decisionCards(locale);
  });

  it.each(WIDTHS)('cut off nothing at %i px', async (width) => {
    const findings: Record<string, unknown> = {};
    for (const [name, card] of cards) {
      const { clipped, buttons, overflow } = await clippedOn(page, card, width);
      // the record button is there and readable: a card that lost it would pass the clipping check
      expect({ name, hasRecord: buttons.some((b) => ['Vastleggen', 'Record'].includes(b)) }).toEqual({ name, hasRecord: true });
      if (clipped.length > 0 || overflow > 0) findings[name] = { clipped, overflow };
    }
    expect(findings).toEqual({});
  });
});
