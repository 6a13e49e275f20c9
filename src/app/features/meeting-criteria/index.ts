// Meeting criteria: attach circular criteria to a Teams meeting, see and decide on them during it,
// and share them to the meeting chat. The chooser and the store are shared with the Outlook pane
// through its surface.
export { MeetingTabPage, MeetingLinkPage } from './components/meeting-page';
export { withMeetingConfig, meetingTabUrl, MEETING_TAB_ENTITY_ID } from './components/meeting-config-page';
export { CriteriaChooser } from './components/criteria-chooser';
export { useAttachCriteria } from './lib/attach';
export { useMeetingCriteria, MeetingCriteriaServiceProvider, type MeetingCriteriaService } from './lib/meeting-criteria-service';
export { meetingPageUrl } from './lib/meeting-context';
