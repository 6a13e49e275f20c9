// The host of the Outlook task pane, through Office.js. The pane runs beside an invite the
// organizer is composing; the app sees a HostContext whose `appointment` capability reads the
// subject and body and writes the body back. Office.js comes from Microsoft's CDN (outlook.html
// loads it before the app); this folder only receives it.
import { meetingIdInInvite } from '../../../domain/meetings/meeting-key';
import type { AppointmentCapability, HostContext, HostTheme } from '../../host-context';
import { officeCall, officeReady, supportsRequirement, type OfficeApi, type OfficeAppointment, type OfficeCustomProperties } from '../office-api';

/** the custom property that keeps an invite's own key between openings of the pane */
export const MEETING_KEY_PROPERTY = 'circularChoicesMeetingKey';

/** Office's theme colours to the app's three themes: a dark body background means dark */
export function themeFromOffice(office: OfficeApi): HostTheme {
  const colour = office.context.officeTheme?.bodyBackgroundColor;
  const hex = colour && /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  return luminance < 0.4 ? 'dark' : 'light';
}

function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `outlook-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * the invite's meeting key: the Teams meeting's id when the body carries a Teams join link (so the
 * Teams meeting shows the same criteria), else a key kept in the item's custom properties, which
 * travel with the invite when it is saved or sent
 */
export async function meetingKeyOf(item: OfficeAppointment): Promise<string> {
  const html = await officeCall<string>((cb) => item.body.getAsync('html', cb));
  const teamsMeeting = meetingIdInInvite(html);
  if (teamsMeeting) return teamsMeeting;
  if (!item.loadCustomPropertiesAsync) throw new Error('this Outlook cannot keep a key on the invite (custom properties are missing)');
  const properties = await officeCall<OfficeCustomProperties>((cb) => item.loadCustomPropertiesAsync!(cb));
  const kept = properties.get(MEETING_KEY_PROPERTY);
  if (typeof kept === 'string' && kept) return kept;
  const key = randomKey();
  properties.set(MEETING_KEY_PROPERTY, key);
  await officeCall<void>((cb) => properties.saveAsync(cb));
  return key;
}

export function appointmentOf(item: OfficeAppointment): AppointmentCapability {
  return {
    async read() {
      // always read as HTML: Outlook converts a plain-text body on the way out
      const [subject, body, start] = await Promise.all([
        officeCall<string>((cb) => item.subject.getAsync(cb)),
        officeCall<string>((cb) => item.body.getAsync('html', cb)),
        item.start ? officeCall<Date>((cb) => item.start!.getAsync(cb)).catch(() => undefined) : Promise.resolve(undefined),
      ]);
      return { subject: subject ?? '', body: body ?? '', bodyIsHtml: true, start: start instanceof Date && !Number.isNaN(start.getTime()) ? start.toISOString() : undefined };
    },
    writeBody: (html) => officeCall<void>((cb) => item.body.setAsync(html, { coercionType: 'html' }, cb)),
    meetingKey: () => meetingKeyOf(item),
  };
}

/** waits for Office.js and reads its context; rejects when Office does not get ready in `timeoutMs` */
export async function createOutlookHost(office: OfficeApi, timeoutMs = 10_000): Promise<HostContext> {
  await officeReady(office, timeoutMs);
  return outlookHostFromOffice(office);
}

export function outlookHostFromOffice(office: OfficeApi): HostContext {
  const item = office.context.mailbox?.item ?? undefined;
  const profile = office.context.mailbox?.userProfile;
  const theme = themeFromOffice(office);
  const openBrowserWindow = office.context.ui?.openBrowserWindow;
  return {
    kind: 'outlook',
    hostName: 'Outlook',
    // the Entra object id comes from the sign-in; Outlook gives the name and address
    user: { displayName: profile?.displayName, userPrincipalName: profile?.emailAddress },
    locale: office.context.displayLanguage || 'nl-NL',
    theme,
    frameContext: 'content',
    capabilities: {
      nestedAppAuth: supportsRequirement(office, 'NestedAppAuth', '1.1'),
      openLink: openBrowserWindow ? async (url) => openBrowserWindow.call(office.context.ui, url) : undefined,
      appointment: item ? appointmentOf(item) : undefined,
    },
    subscribeTheme() {
      // Outlook reports no theme changes to a task pane; the pane follows the theme it opened with
      return () => undefined;
    },
    notifyReady() {
      // Outlook shows the pane as soon as it loads
    },
  };
}
