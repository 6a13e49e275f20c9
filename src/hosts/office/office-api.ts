// The parts of Office.js that the add-in uses (the common API, and Outlook's mailbox), typed here so
// the adapters and their tests (office-addin-mock) need no global Office types. Word's own API is in
// word/word-api.ts. Office.js itself comes from
// Microsoft's CDN at run time; nothing of it is bundled.

export type AsyncStatus = 'succeeded' | 'failed';

export interface AsyncResult<T> {
  status: AsyncStatus;
  value: T;
  error?: { name?: string; message: string; code?: number };
}

export type Callback<T> = (result: AsyncResult<T>) => void;

export interface OfficeBody {
  getAsync(coercionType: 'html' | 'text', callback: Callback<string>): void;
  setAsync(data: string, options: { coercionType: 'html' | 'text' }, callback: Callback<void>): void;
}

export interface OfficeCustomProperties {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: Callback<void>): void;
}

/** an appointment in compose mode: the organizer's invite */
export interface OfficeAppointment {
  itemType?: string;
  subject: { getAsync(callback: Callback<string>): void; setAsync?(subject: string, callback: Callback<void>): void };
  body: OfficeBody;
  start?: { getAsync(callback: Callback<Date>): void };
  loadCustomPropertiesAsync?(callback: Callback<OfficeCustomProperties>): void;
}

export interface OfficeMailbox {
  item?: OfficeAppointment | null;
  userProfile?: { displayName?: string; emailAddress?: string; timeZone?: string };
}

/** what `event.completed` takes from a Smart Alerts handler (Mailbox 1.12, options 1.14 and 1.15) */
export interface SmartAlertsCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
}

export interface OfficeMailboxEvent {
  completed(options?: SmartAlertsCompletion): void;
}

/** the settings Office keeps inside the document itself (common API, Document.settings) */
export interface OfficeDocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove?(name: string): void;
  saveAsync(callback?: Callback<void>): void;
}

/** the open document (Word, Excel, PowerPoint) as the common API shows it */
export interface OfficeDocument {
  /** the file's address, or empty while it has never been saved */
  url?: string | null;
  settings?: OfficeDocumentSettings;
}

/** Office.HostType's values: the application the add-in runs in */
export type OfficeHostName = 'Word' | 'Excel' | 'PowerPoint' | 'Outlook' | 'OneNote' | 'Project' | 'Access';

export interface OfficeContext {
  /** the application, as Office.HostType (set once Office is ready) */
  host?: OfficeHostName | string | null;
  mailbox?: OfficeMailbox;
  document?: OfficeDocument;
  /** the language the person edits in (Word's proofing language), e.g. nl-NL */
  contentLanguage?: string;
  /** the language of Outlook's own user interface, e.g. nl-NL */
  displayLanguage?: string;
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  officeTheme?: { bodyBackgroundColor?: string };
  ui?: { openBrowserWindow?(url: string): void };
}

export interface OfficeApi {
  context: OfficeContext;
  onReady?(): Promise<{ host?: string | null; platform?: string | null }>;
  actions?: { associate(name: string, handler: (event: OfficeMailboxEvent) => void): void };
}

/** whether the client supports a requirement set; a client that throws on the question does not */
export function supportsRequirement(office: OfficeApi, name: string, version: string): boolean {
  try {
    return office.context.requirements?.isSetSupported(name, version) ?? false;
  } catch {
    return false;
  }
}

/** one Office.js callback call as a promise; a failed result rejects with its message */
export function officeCall<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === 'succeeded') resolve(result.value);
        else reject(new Error(result.error?.message ?? 'Outlook refused the request'));
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** waits for Office.js and returns the application it runs in (Office.HostType); rejects when it does not get ready in `timeoutMs` */
export async function officeReady(office: OfficeApi, timeoutMs: number): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const info = await Promise.race([
      office.onReady?.() ?? Promise.resolve(undefined),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Office.js did not get ready within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return info?.host || office.context.host || undefined;
  } finally {
    clearTimeout(timer);
  }
}
