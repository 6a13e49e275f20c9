// The criteria attached to meetings, as the meeting pages and the Outlook pane reach them: through
// the server's own API (GET and POST /api/meeting-criteria) with the person's token for the app's
// API. The server is the one writer of the list; this browser never writes to it. Tests hand in a
// service of their own through the provider.
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { fetchMeetingCriteria } from '../../../../server/api/get-meeting-criteria';
import { postMeetingCriteria, type PostMeetingCriteriaAnswer, type PostMeetingCriteriaBody } from '../../../../server/api/post-meeting-criteria';
import { useServices, type AppServices } from '../../../lib/services';

export interface MeetingCriteriaService {
  get(meetingId: string): Promise<MeetingCriteria | undefined>;
  /** attaches criteria as the signed-in person; the server decides who that is and what was there before */
  attach(body: PostMeetingCriteriaBody): Promise<PostMeetingCriteriaAnswer>;
}

const ServiceContext = createContext<MeetingCriteriaService | undefined>(undefined);

export function MeetingCriteriaServiceProvider(props: { service: MeetingCriteriaService; children: ReactNode }) {
  return createElement(ServiceContext.Provider, { value: props.service }, props.children);
}

/** the server's API, called with the session's token for the app's own API */
export function serverMeetingCriteria(services: Pick<AppServices, 'session'>): MeetingCriteriaService {
  const client = { getToken: () => services.session.getApiToken() };
  return {
    get: (meetingId) => fetchMeetingCriteria(client, meetingId),
    attach: (body) => postMeetingCriteria(client, body),
  };
}

export function useMeetingCriteria(): MeetingCriteriaService {
  const injected = useContext(ServiceContext);
  const { session } = useServices();
  return useMemo(() => injected ?? serverMeetingCriteria({ session }), [injected, session]);
}
