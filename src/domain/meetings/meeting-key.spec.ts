import { meetingIdInInvite, meetingIdOfThreadId, threadIdInJoinLink, threadIdOfMeetingId } from './meeting-key';

const THREAD = '19:meeting_NjU5MWFkZTEtMDc2YS00OTk2LWJkMjMtODBhNWNmOGE2OGU1@thread.v2';
// the form Teams gives a meeting tab: base64 of 0#<thread>#0
const MEETING_ID = Buffer.from(`0#${THREAD}#0`).toString('base64');

describe('the meeting key', () => {
  it('reads the chat thread from a Teams meeting id and back', () => {
    expect(threadIdOfMeetingId(MEETING_ID)).toBe(THREAD);
    expect(meetingIdOfThreadId(THREAD)).toBe(MEETING_ID);
  });

  it('gives nothing for ids of another form', () => {
    expect(threadIdOfMeetingId('not base64 at all!')).toBeUndefined();
    expect(threadIdOfMeetingId(Buffer.from('0#19:chat_x@thread.v2#0').toString('base64'))).toBeUndefined();
    expect(() => meetingIdOfThreadId('19:abc@thread.skype')).toThrow(RangeError);
  });

  it('finds the Teams meeting of an Outlook invite through its join link, so both share one key', () => {
    const body = `<p>Agenda</p><a href="https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(THREAD)}/0?context=%7b%22Tid%22%3a%22x%22%7d">Join</a>`;
    expect(threadIdInJoinLink(body)).toBe(THREAD);
    expect(meetingIdInInvite(body)).toBe(MEETING_ID);
    expect(meetingIdInInvite('<p>geen online vergadering</p>')).toBeUndefined();
    expect(threadIdInJoinLink('https://teams.microsoft.com/l/meetup-join/%E0%A4%A/0')).toBeUndefined();
  });
});
