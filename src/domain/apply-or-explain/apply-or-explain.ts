// Apply or explain ("pas toe of leg uit"): per document, what became of every criterion of the
// checklists that fit it. A procurement file needs this record: for each criterion whether it was
// applied, and if not, why. Made from one person's own choices on the document, latest per item.
import type { Acknowledgement } from '../acknowledgement';
import type { ContentPack } from '../content/model';
import type { Decision, Language } from '../taxonomy';

/** what became of a criterion, as the record states it */
export const RECORD_STATES = ['applied', 'not-applied', 'not-applicable', 'open'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export interface RecordCriterion {
  itemId: string;
  text: string;
  state: RecordState;
  /** why it was not applied, or why it does not apply (the person's own words) */
  reason?: string;
  /** the latest choice behind the state; absent when nothing was chosen */
  decision?: Decision;
  /** when that choice was made (ISO 8601) */
  decidedAt?: string;
}

export interface RecordChecklist {
  id: string;
  title: string;
  criteria: RecordCriterion[];
}

export interface ApplyOrExplainRecord {
  language: Language;
  municipality: string;
  person: { id: string; name: string };
  document: { ref: string; title: string; version?: string };
  /** when the record was made (ISO 8601) */
  madeAt: string;
  contentVersion: string;
  checklists: RecordChecklist[];
  counts: Record<RecordState, number>;
}

export interface ApplyOrExplainInput {
  pack: ContentPack;
  language: Language;
  person: { id: string; name: string };
  document: { ref: string; title?: string; version?: string };
  /** the checklists that fit the document (from the match); checklists chosen on are added */
  checklistIds: readonly string[];
  /** choices on the document; anyone else's, or another document's, are left out */
  acknowledgements: readonly Acknowledgement[];
  at: Date;
}

/** the state a choice gives a criterion; 'later' and 'attached' leave it open */
export function recordStateOf(decision: Decision | undefined): RecordState {
  switch (decision) {
    case 'applied':
      return 'applied';
    case 'considered':
      return 'not-applied';
    case 'not-applicable':
      return 'not-applicable';
    default:
      return 'open';
  }
}

/** the person's latest choice per item on the document; attaching to a meeting is no choice */
function latestChoices(input: ApplyOrExplainInput): Map<string, Acknowledgement> {
  const person = input.person.id.toLowerCase();
  const latest = new Map<string, Acknowledgement>();
  for (const ack of input.acknowledgements) {
    if (ack.staffAadId.toLowerCase() !== person || ack.contextRef !== input.document.ref) continue;
    if (!ack.checklistItemId || ack.decision === 'attached') continue;
    const seen = latest.get(ack.checklistItemId);
    if (!seen || seen.ackAt < ack.ackAt || (seen.ackAt === ack.ackAt && seen.ackKey < ack.ackKey)) latest.set(ack.checklistItemId, ack);
  }
  return latest;
}

export function applyOrExplainRecord(input: ApplyOrExplainInput): ApplyOrExplainRecord {
  const { pack, language } = input;
  const choices = latestChoices(input);
  const wanted = new Set(input.checklistIds);
  const checklistOfItem = new Map(pack.checklists.flatMap((c) => c.items.map((i) => [i.id, c.id] as const)));
  for (const itemId of choices.keys()) {
    const checklistId = checklistOfItem.get(itemId);
    if (checklistId) wanted.add(checklistId);
  }
  const counts: Record<RecordState, number> = { applied: 0, 'not-applied': 0, 'not-applicable': 0, open: 0 };
  // the pack's order, so two records of one document read alike
  const checklists = pack.checklists
    .filter((c) => wanted.has(c.id))
    .map((checklist): RecordChecklist => ({
      id: checklist.id,
      title: checklist.title[language],
      criteria: checklist.items.map((item) => {
        const choice = choices.get(item.id);
        const state = recordStateOf(choice?.decision);
        counts[state]++;
        const criterion: RecordCriterion = { itemId: item.id, text: item.text[language], state };
        if (choice) {
          criterion.decision = choice.decision;
          criterion.decidedAt = choice.ackAt;
          if (choice.reason && (state === 'not-applied' || state === 'not-applicable')) criterion.reason = choice.reason;
        }
        return criterion;
      }),
    }));
  const titled = input.document.title?.trim() || [...choices.values()].find((a) => a.contextTitle)?.contextTitle || input.document.ref;
  const document: ApplyOrExplainRecord['document'] = { ref: input.document.ref, title: titled };
  if (input.document.version?.trim()) document.version = input.document.version.trim();
  return {
    language,
    municipality: pack.meta.municipality[language],
    person: { id: input.person.id, name: input.person.name },
    document,
    madeAt: input.at.toISOString(),
    contentVersion: pack.meta.version,
    checklists,
    counts,
  };
}
