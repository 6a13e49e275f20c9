// The one face every host shows the app: who the user is, the language and theme, where the page
// runs, and what the host can do. A capability that a host lacks is simply absent (undefined), so
// a feature tests for it and hides or degrades instead of throwing.

export type HostKind = 'teams' | 'web' | 'outlook' | 'word';

/** the three looks the app supports; `contrast` is Teams' high contrast and the OS's forced colours */
export type HostTheme = 'light' | 'dark' | 'contrast';

/** where the page runs: a tab's content, its configuration page, a meeting panel, a dialog… */
export type FrameContext = 'content' | 'settings' | 'remove' | 'task' | 'sidePanel' | 'meetingStage' | 'stage' | 'standalone';

export interface HostUser {
  /** the Entra object id, when the host tells it */
  id?: string;
  displayName?: string;
  /** user principal name or e-mail, a login hint for sign-in */
  userPrincipalName?: string;
  tenantId?: string;
}

export interface HostMeeting {
  id: string;
  chatId?: string;
  /** the meeting's title, start and organizer, where the host can tell them (may resolve undefined) */
  details?: () => Promise<HostMeetingDetails | undefined>;
}

export interface HostMeetingDetails {
  title?: string;
  /** ISO 8601 */
  start?: string;
  /** the organizer's Entra object id */
  organizerId?: string;
}

/** a link shared into a chat through the host's own share dialog */
export interface ShareContent {
  url: string;
  message: string;
}

/** the meeting invite an Outlook task pane runs beside (compose mode) */
export interface AppointmentCapability {
  read(): Promise<{ subject: string; body: string; bodyIsHtml: boolean; start?: string }>;
  /** replaces the whole body (HTML) */
  writeBody(html: string): Promise<void>;
  /** the key criteria are stored under: the Teams meeting's id for an online meeting, else the invite's own */
  meetingKey(): Promise<string>;
}

/** the app's block of chosen criteria in a document, as the pane writes it */
export interface DocumentBlock {
  /** the block's HTML (headings, list, styles), in the document's language */
  html: string;
  /** the criteria it holds, kept with the document so the pane knows them when it opens again */
  itemIds: readonly string[];
}

/** the Word document a task pane runs beside */
export interface DocumentCapability {
  /** where the file lives (SharePoint or OneDrive URL); undefined while it has never been saved */
  url(): string | undefined;
  /** the document's language for inserted text (Word's editing language), a BCP 47 tag */
  language?: string;
  /** the whole body as plain text, paragraphs on lines of their own */
  readText(): Promise<string>;
  /**
   * calls back when the person changes the text, where the client reports it (WordApi 1.6); absent
   * where it cannot, and the pane offers a button instead. Resolves to the way to stop listening.
   */
  watchChanges?: (listener: () => void) => Promise<() => Promise<void>>;
  /** selects the `occurrence`-th (0-based) place where `text` stands; false when it is not found */
  select(text: string, occurrence: number): Promise<boolean>;
  /** the criteria of the app's block, or undefined when the document has none */
  readBlock(): Promise<{ itemIds: string[] } | undefined>;
  /** puts the block at the cursor, or replaces the block already in the document */
  writeBlock(block: DocumentBlock): Promise<{ replaced: boolean }>;
  /** takes the block out; false when there was none */
  removeBlock(): Promise<boolean>;
}

export interface HostTeam {
  /** the Microsoft 365 group id of the team */
  groupId?: string;
  displayName?: string;
  channelId?: string;
  channelName?: string;
}

/** the result a dialog hands back to whoever opened it (the message extension's compose action) */
export interface DialogCapability {
  submit(result: unknown): void;
}

/** what a configurable tab's settings page saves */
export interface TabConfiguration {
  contentUrl: string;
  websiteUrl?: string;
  entityId: string;
  suggestedDisplayName?: string;
}

export interface TabConfigCapability {
  /** enables or disables the host's Save button */
  setValid(valid: boolean): void;
  /** called when the user presses Save; resolves when the configuration is stored */
  onSave(handler: () => TabConfiguration | Promise<TabConfiguration>): void;
}

export interface HostCapabilities {
  dialog?: DialogCapability;
  tabConfig?: TabConfigCapability;
  /** nested app authentication is available through the host */
  nestedAppAuth: boolean;
  /** the host can open a link in its own way (a deep link or a new browser tab) */
  openLink?: (url: string) => Promise<void>;
  /** the host's share dialog (Teams' Share to Teams), where it has one */
  share?: (content: ShareContent) => Promise<void>;
  /** the Outlook invite the page runs beside */
  appointment?: AppointmentCapability;
  /** the Word document the page runs beside */
  document?: DocumentCapability;
  /** the requirement set the host lacks for `document` (e.g. `WordApi 1.3`), so the pane can say so */
  documentMissing?: string;
}

export interface HostContext {
  kind: HostKind;
  /** the host application's name as the host gives it: Teams, Outlook, Word, Office, or 'browser' */
  hostName: string;
  user?: HostUser;
  /** a BCP 47 tag such as nl-NL */
  locale: string;
  theme: HostTheme;
  frameContext: FrameContext;
  meeting?: HostMeeting;
  team?: HostTeam;
  /** the page inside the app a deep link asked for (Teams' subEntityId), e.g. `criteria/roads-reuse` */
  subPageId?: string;
  capabilities: HostCapabilities;
  /** calls back whenever the host's theme changes; returns the way to stop listening */
  subscribeTheme(listener: (theme: HostTheme) => void): () => void;
  /** tells the host the app has rendered (Teams hides its loading indicator) */
  notifyReady(): void;
}
