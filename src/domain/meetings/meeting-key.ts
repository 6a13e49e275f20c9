// The key that ties criteria to a meeting. Teams gives a tab the meeting's id, which is the base64
// of `0#<chat thread id>#0`; an Outlook invite of a Teams meeting carries the same thread id in its
// join link. So criteria attached from the Outlook invite and from the Teams meeting share one key,
// and attendees see in the meeting what the organizer chose in the invite.

const THREAD = /^19:meeting_[A-Za-z0-9_+/=-]+@thread\.v2$/;

function decodeBase64(text: string): string | undefined {
  try {
    return globalThis.atob(text);
  } catch {
    return undefined;
  }
}

/** the chat thread id inside a Teams meeting id, when it has the usual form */
export function threadIdOfMeetingId(meetingId: string): string | undefined {
  const decoded = decodeBase64(meetingId.trim());
  const thread = decoded && /^\d+#(.+)#\d+$/.exec(decoded)?.[1];
  return thread && THREAD.test(thread) ? thread : undefined;
}

/** the Teams meeting id of a chat thread id */
export function meetingIdOfThreadId(threadId: string): string {
  if (!THREAD.test(threadId)) throw new RangeError(`not a Teams meeting thread id: ${threadId}`);
  return globalThis.btoa(`0#${threadId}#0`);
}

/** the thread id in the first Teams join link of an invite's body, if any */
export function threadIdInJoinLink(body: string): string | undefined {
  const link = /teams\.microsoft\.com\/l\/meetup-join\/([^/"'\s<>?]+)/i.exec(body);
  if (!link) return undefined;
  let thread: string;
  try {
    thread = decodeURIComponent(link[1]!.replace(/&amp;/g, '&'));
  } catch {
    return undefined;
  }
  return THREAD.test(thread) ? thread : undefined;
}

/** the meeting key of a Teams meeting found in an invite's body */
export function meetingIdInInvite(body: string): string | undefined {
  const thread = threadIdInJoinLink(body);
  return thread ? meetingIdOfThreadId(thread) : undefined;
}
