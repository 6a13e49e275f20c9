// The Outlook task pane: criteria for the invite being composed. The meeting feature's chooser,
// store and attach action come in through the Outlook surface (see lib/meeting-kit.ts).
export { OutlookPanePage } from './components/outlook-pane-page';
export type { MeetingKit, PaneChooserProps, PaneAttachRequest } from './lib/meeting-kit';
