// Which meeting a page is about and the person's part in it. Teams gives the meeting's id; its
// title, start and organizer come from meeting.getMeetingDetails where the host offers it. Without
// the organizer the role is unknown, and then everyone in the meeting may choose the criteria.
import { useEffect, useState } from 'react';
import type { HostMeetingDetails } from '../../../../hosts/host-context';
import { useServices } from '../../../lib/services';
import { pageHash } from '../../../../domain/app-pages';

export type MeetingRole = 'organizer' | 'attendee' | 'unknown';

export interface MeetingInfo {
  meetingId: string;
  details?: HostMeetingDetails;
  role: MeetingRole;
  /** the host is still being asked for the details */
  loading: boolean;
}

export function roleOf(details: HostMeetingDetails | undefined, userId: string): MeetingRole {
  if (!details?.organizerId) return 'unknown';
  return details.organizerId === userId ? 'organizer' : 'attendee';
}

/** the host's meeting (or the one a link names), with its details once the host has told them */
export function useMeetingInfo(meetingIdFromLink?: string): MeetingInfo | undefined {
  const { host, session } = useServices();
  const hostMeeting = host.meeting;
  const meetingId = meetingIdFromLink ?? hostMeeting?.id;
  const ownMeeting = !!hostMeeting && hostMeeting.id === meetingId;
  const [details, setDetails] = useState<{ for: string; value?: HostMeetingDetails }>();
  useEffect(() => {
    if (!ownMeeting || !hostMeeting?.details) return;
    let current = true;
    hostMeeting.details().then(
      (value) => current && setDetails({ for: hostMeeting.id, value }),
      () => current && setDetails({ for: hostMeeting.id }),
    );
    return () => {
      current = false;
    };
  }, [ownMeeting, hostMeeting]);
  if (!meetingId) return undefined;
  const known = details?.for === meetingId ? details.value : undefined;
  return {
    meetingId,
    details: known,
    role: ownMeeting ? roleOf(known, session.user.id) : 'attendee',
    loading: ownMeeting && !!hostMeeting?.details && details?.for !== meetingId,
  };
}

/** the app's page for a meeting, where attendees see the criteria and decide (the link shared in the chat) */
export function meetingPageUrl(origin: string, meetingId: string): string {
  return `${origin}/${pageHash({ kind: 'meeting', id: meetingId })}`;
}
