// Every text the message extension shows, one object per language. Dutch is the default; the
// interface keeps both languages complete.

export interface BotStrings {
  criterionHeading: string;
  actionHeading: string;
  messageCheckHeading: string;
  draftCheckHeading: string;
  facts: {
    ambition: string;
    kind: string;
    rStrategy: string;
    productGroup: string;
    source: string;
    phase: string;
    theme: string;
    ownerTeam: string;
    indicator: string;
  };
  guidance: string;
  openInApp: string;
  details: string;
  /** the preview line of a programme action in the search results */
  actionPreviewLabel: string;
  decideHeading: string;
  decideButton: string;
  recordButton: string;
  chooseDecision: string;
  reasonLabel: string;
  reasonPlaceholder: string;
  decisionsHeading: string;
  colleague: string;
  recognisedBy: string;
  noCriteriaFound: string;
  /** the matcher gave no answer in time (a very long or unusual text) */
  checkTimedOut: string;
  /** too many texts are being checked at once */
  checkBusy: string;
  emptyMessage: string;
  draftDialogTitle: string;
  recorded: (decisionLabel: string) => string;
  alreadyRecorded: (decisionLabel: string) => string;
  reasonRequired: (decisionLabel: string) => string;
  reasonTooLong: (max: number) => string;
  unknownUser: string;
  saveFailed: string;
  notRecordable: string;
  unknownContent: string;
  cardNotRecognised: string;
  unknownCommand: string;
  /** the card of a meeting's criteria, made from the link to the meeting's page */
  meeting: {
    heading: string;
    /** how many criteria are attached, and what to do with them */
    intro: (count: number) => string;
    /** the attached criteria the card leaves out */
    more: (count: number) => string;
    openPage: string;
    noCriteria: string;
    unreadable: string;
    /** the line under the link's preview */
    previewCount: (count: number) => string;
  };
}
