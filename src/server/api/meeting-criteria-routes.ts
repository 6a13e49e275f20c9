// The server's own API for the criteria attached to meetings, mounted under /api after the JSON
// body parser, beside the acknowledgement routes: the caller is resolved from the token first (401
// without one), then each operation's handler runs.
import type { Express } from 'express';
import type { MeetingCriteriaStore } from '../../storage/ports';
import { requireCaller, type ResolveCaller } from './caller';
import { getMeetingCriteriaHandler } from './get-meeting-criteria';
import type { MeetingCriteriaAttacher } from './meeting-criteria-attacher';
import { MEETING_CRITERIA_PATH, postMeetingCriteriaHandler } from './post-meeting-criteria';

export interface MeetingCriteriaRoutesDeps {
  resolveCaller: ResolveCaller;
  attacher: Pick<MeetingCriteriaAttacher, 'attach'>;
  store: Pick<MeetingCriteriaStore, 'get'>;
}

export function mountMeetingCriteriaRoutes(app: Express, deps: MeetingCriteriaRoutesDeps): void {
  const caller = requireCaller(deps.resolveCaller);
  app.post(MEETING_CRITERIA_PATH, caller, postMeetingCriteriaHandler(deps.attacher));
  app.get(MEETING_CRITERIA_PATH, caller, getMeetingCriteriaHandler(deps.store));
}
