// The Smart Alert on appointmentSending (sendMode promptUser): when an invite looks like a project
// or procurement meeting and carries no criteria block, Outlook asks the organizer whether to add
// criteria first, with a button that opens the task pane. Everything else sends: an unrelated
// invite, an invite with criteria, and any failure or slowness of the add-in itself. The check
// needs no network (the content pack is bundled), so a server that is down cannot block a send.
import type { MatcherIndex } from '../../../domain/matcher';
import { languageOfLocale } from '../../../domain/language';
import { hasCriteriaBlock } from '../../../domain/meetings/criteria-block';
import { assessInvite } from '../../../domain/meetings/meeting-relevance';
import type { Language, ProductGroupId } from '../../../domain/taxonomy';
import { officeCall, supportsRequirement, type OfficeApi, type OfficeMailboxEvent, type SmartAlertsCompletion } from '../office-api';
import { plainLabel, SEND_CHECK_WORDS } from './send-check-text';

/** the function name the manifest's autoRunEvents action runs */
export const SEND_HANDLER_NAME = 'onAppointmentSendHandler';
/**
 * the id of the ribbon control that opens the task pane: with the unified manifest, a Smart Alert's
 * commandId names the control in "controls", not the runtime action (Office.SmartAlertsEventCompletedOptions)
 */
export const CRITERIA_PANE_COMMAND_ID = 'openCriteriaPaneButton';
/** after this long the send goes through, whatever the check is still doing */
export const SEND_CHECK_TIMEOUT_MS = 4_000;

export type SendCheckOutcome =
  | { kind: 'unrelated' }
  | { kind: 'has-criteria' }
  | { kind: 'prompt'; groups: ProductGroupId[] }
  | { kind: 'failed'; message: string }
  | { kind: 'timed-out' };

export interface SendCheckDeps {
  office: OfficeApi;
  /** the matcher's index, built on first use */
  matcher: () => MatcherIndex;
  /** product group labels for the prompt */
  groupLabel: (id: ProductGroupId, language: Language) => string;
  timeoutMs?: number;
  log?: (entry: Record<string, unknown>) => void;
}

/** reads the invite and decides; throws on any failure (the caller lets the send go) */
export async function checkInvite(deps: Pick<SendCheckDeps, 'office' | 'matcher'>): Promise<SendCheckOutcome> {
  const item = deps.office.context.mailbox?.item;
  if (!item) throw new Error('Outlook gave no item to check');
  const [subject, body] = await Promise.all([officeCall<string>((cb) => item.subject.getAsync(cb)), officeCall<string>((cb) => item.body.getAsync('html', cb))]);
  if (hasCriteriaBlock(body)) return { kind: 'has-criteria' };
  const { relevant, match } = assessInvite(deps.matcher(), subject ?? '', body ?? '');
  return relevant ? { kind: 'prompt', groups: match.productGroups.map((g) => g.id) } : { kind: 'unrelated' };
}

/** what to tell Outlook for an outcome */
export function completionFor(outcome: SendCheckOutcome, deps: Pick<SendCheckDeps, 'office' | 'groupLabel'>): SmartAlertsCompletion {
  if (outcome.kind !== 'prompt') return { allowEvent: true };
  const language = languageOfLocale(deps.office.context.displayLanguage);
  const words = SEND_CHECK_WORDS[language];
  const groups = outcome.groups
    .slice(0, 3)
    .map((id) => plainLabel(deps.groupLabel(id, language)))
    .join(', ');
  const completion: SmartAlertsCompletion = { allowEvent: false, errorMessage: words.message(groups) };
  // the button that opens the pane came with Mailbox 1.14, Markdown with 1.15; older clients get the plain prompt
  if (supportsRequirement(deps.office, 'Mailbox', '1.14')) {
    completion.cancelLabel = words.attachCriteria;
    completion.commandId = CRITERIA_PANE_COMMAND_ID;
  }
  if (supportsRequirement(deps.office, 'Mailbox', '1.15')) completion.errorMessageMarkdown = words.markdown(groups);
  return completion;
}

/** the handler Outlook runs on send: completes the event exactly once, allowing the send unless it should prompt */
export async function onAppointmentSend(deps: SendCheckDeps, event: OfficeMailboxEvent): Promise<SendCheckOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<SendCheckOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timed-out' }), deps.timeoutMs ?? SEND_CHECK_TIMEOUT_MS);
  });
  const checked = checkInvite(deps).catch((error: unknown): SendCheckOutcome => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
  const outcome = await Promise.race([checked, timeout]);
  clearTimeout(timer);
  let completion: SmartAlertsCompletion;
  try {
    completion = completionFor(outcome, deps);
  } catch {
    completion = { allowEvent: true };
  }
  deps.log?.({ msg: 'send check', outcome: outcome.kind, allowEvent: completion.allowEvent });
  event.completed(completion);
  return outcome;
}

/** registers the handler under the name the manifest gives; does nothing outside Outlook */
export function registerSendCheck(deps: SendCheckDeps): boolean {
  const { office } = deps;
  if (!office.actions) return false;
  office.actions.associate(SEND_HANDLER_NAME, (event) => {
    void onAppointmentSend(deps, event);
  });
  return true;
}
