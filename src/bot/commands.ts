// The message extension's command ids: the manifest declares exactly these.
export const COMMAND_IDS = {
  /** search command: criteria and programme actions for a query */
  search: 'searchCriteria',
  /** action command on a message (context "message"), without a fetch-task dialog */
  checkMessage: 'checkMessage',
  /** action command from the compose box: opens the document check page as a dialog */
  checkDraft: 'checkDraft',
} as const;
