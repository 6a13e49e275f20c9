// Meeting criteria: attach circular criteria to a Teams meeting, see and decide on them during it,
// and share them to the meeting chat. The chooser and the store are shared with the Outlook pane
// through its surface.
export { MeetingTabPage, MeetingLinkPage } from './components/meeting-page';
export { MeetingConfigPage, withMeetingConfig, meetingTabUrl, MEETING_TAB_ENTITY_ID } from './components/meeting-config-page';
export { CriteriaChooser, type CriteriaChooserProps, type ChooserOutcome } from './components/criteria-chooser';
export { useAttachCriteria, type AttachRequest, type AttachOutcome } from './lib/attach';
export { useMeetingCriteriaStore, MeetingCriteriaStoreProvider, graphMeetingCriteriaStore } from './lib/meeting-criteria-store';
export { meetingPageUrl } from './lib/meeting-context';
