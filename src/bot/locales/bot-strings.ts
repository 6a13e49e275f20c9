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
    /** a criterion's product group, or its checklist's title when that has none: the tab's filter label for the same */
    scope: string;
    source: string;
    phase: string;
    theme: string;
    ownerTeam: string;
    indicator: string;
  };
  guidance: string;
  /** how a buyer checks a criterion is met (bewijsmiddel) */
  verification: string;
  openInApp: string;
  details: string;
  /** the preview line of a programme action in the search results */
  actionPreviewLabel: string;
  decideHeading: string;
  decideButton: string;
  recordButton: string;
  chooseDecision: string;
  /** the reason box's label; `decisions` are the choices that need one, quoted as the choice shows them */
  reasonLabel: (decisions: string) => string;
  reasonPlaceholder: string;
  /**
   * how many colleagues recorded a choice where the card is (a message, a meeting), never who or
   * what: shown only from the privacy minimum up
   */
  othersChose: (count: number) => string;
  recognisedBy: string;
  noCriteriaFound: string;
  /** the matcher gave no answer in time (a very long or unusual text) */
  checkTimedOut: string;
  /** too many texts are being checked at once */
  checkBusy: string;
  /** the message to check (More actions on a message) has no text */
  emptyMessage: string;
  /** the draft the check dialog handed back has no text */
  emptyDraft: string;
  draftDialogTitle: string;
  recorded: (decisionLabel: string) => string;
  alreadyRecorded: (decisionLabel: string) => string;
  reasonRequired: (decisionLabel: string) => string;
  reasonTooLong: (max: number) => string;
  unknownUser: string;
  saveFailed: string;
  /** a decision whose write did not finish within the card's time budget */
  saveTimedOut: (seconds: number) => string;
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
  /** the weekly reminder of a person's open 'later' items */
  reminder: {
    heading: string;
    intro: (count: number) => string;
    /** the line under a criterion: what it was put aside on */
    putAsideOn: (title: string) => string;
    allDone: string;
    switchOff: string;
    switchOn: string;
    switchedOff: string;
    switchedOn: string;
    openApp: string;
  };
  /** the short message when someone installs the app with its bot */
  welcome: string;
  /** the card a plain chat message to the bot is answered with */
  help: {
    heading: string;
    intro: string;
    search: string;
    checkMessage: string;
    pasteLink: string;
    openApp: string;
  };
}
