// The words of a meeting invite that say what the meeting is about: its subject and agenda, as
// plain text. The Teams join information and the app's own criteria block are left out, since
// words such as "computer", "phone" and "device" in the join text would make every online meeting
// look like an ICT purchase.
import { htmlToText as bodyText } from '../html-text';
import { removeCriteriaBlocks } from './criteria-block';

/** plain text of an invite's HTML body, without the app's own criteria block */
export function htmlToText(html: string): string {
  return bodyText(removeCriteriaBlocks(html));
}

const RULE = /^_{10,}$/;
const TEAMS_MARK = /microsoft teams|meetup-join/i;

// lines of the Teams (and Skype) join text, in English and Dutch, for bodies without the rules
const JOIN_LINES = [
  /^microsoft teams(?:[- ]?(?:vergadering|meeting))?\b/i,
  /^(?:join|deelnemen)\b.*\b(?:computer|web|internet|app|device|apparaat|phone|telefoon)\b/i,
  /^(?:click here to join|klik hier om deel te nemen|join the meeting now|nu deelnemen)/i,
  /^(?:meeting id|vergadering-id|id van vergadering|passcode|wachtwoordcode|phone conference id|telefonische vergadering-id)\b/i,
  /^(?:download teams|learn more|meer informatie|meeting options|opties voor vergadering|vergaderopties|need help|hulp nodig|for organizers|voor organisatoren|reset pin|pincode opnieuw instellen)\b/i,
  /^(?:or call in|of bel in|dial in|inbellen|find a local number|een lokaal nummer zoeken)\b/i,
  /^\+?[\d\s().-]{7,}(?:,|#|$)/,
];

/** the text without the Teams join information */
export function withoutJoinInformation(text: string): string {
  const lines = text.split('\n');
  const keep: string[] = [];
  // a section between rules of underscores (or from a rule to the end) that mentions Teams goes
  let section: string[] = [];
  let inSection = false;
  const closeSection = () => {
    if (!section.some((line) => TEAMS_MARK.test(line))) keep.push(...section);
    section = [];
  };
  for (const line of lines) {
    if (RULE.test(line)) {
      if (inSection) closeSection();
      inSection = true;
      continue;
    }
    if (inSection) section.push(line);
    else keep.push(line);
  }
  if (inSection) closeSection();
  return keep
    .filter((line) => !JOIN_LINES.some((pattern) => pattern.test(line)) && !/https?:\/\/\S*(?:teams\.microsoft\.com|aka\.ms\/JoinTeamsMeeting)/i.test(line))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** what the matcher reads of an invite: the subject first (it weighs as the opening), then the agenda */
export function meetingTextOf(subject: string, body: string, bodyIsHtml = true): string {
  const bodyText = withoutJoinInformation(bodyIsHtml ? htmlToText(body) : body);
  return [subject.trim(), bodyText].filter(Boolean).join('\n');
}
