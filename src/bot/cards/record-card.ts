// An apply-or-explain record as a card in a Teams chat: who, what and when, the summary, and per
// checklist the criteria that were decided (with the person's explanation) and how many are still
// open. Everything typed or from the pack goes into TextRuns (no Markdown, bidi controls removed);
// the Word file from the check page has every criterion, the card keeps within Teams' size.
import type { CardElement, IAdaptiveCard } from '@microsoft/teams.cards';
import { RECORD_LABELS, recordDate, type ApplyOrExplainRecord } from '../../domain/apply-or-explain';
import { shortened } from '../text/card-text';
import { adaptiveCard, container, fieldLine, heading, label, paragraph } from './elements';

export const RECORD_CARD_LIMITS = { decidedLines: 24, criterionChars: 160, reasonChars: 200 } as const;

export function recordCard(record: ApplyOrExplainRecord, openUrl: string, openTitle: string): IAdaptiveCard {
  const labels = RECORD_LABELS[record.language];
  const facts: CardElement[] = [
    fieldLine(labels.municipality, record.municipality),
    fieldLine(labels.person, record.person.name),
    ...(record.document.version ? [fieldLine(labels.version, record.document.version)] : []),
    fieldLine(labels.date, recordDate(record.madeAt, record.language)),
  ];
  const body: CardElement[] = [heading(labels.title), paragraph({ text: record.document.title, bold: true, size: 'Medium' }), ...facts, paragraph({ text: labels.summary(record.counts), subtle: true })];
  if (record.checklists.length === 0) body.push(paragraph(labels.noChecklists));
  let lines = 0;
  for (const checklist of record.checklists) {
    const decided = checklist.criteria.filter((c) => c.state !== 'open');
    const open = checklist.criteria.length - decided.length;
    const shown = decided.slice(0, Math.max(0, RECORD_CARD_LIMITS.decidedLines - lines));
    lines += shown.length;
    const items: CardElement[] = [label(`${labels.checklist}: ${checklist.title}`)];
    for (const criterion of shown) {
      items.push(
        paragraph(
          { text: `${labels.state_[criterion.state]}: `, bold: true, ...(criterion.state === 'applied' ? { color: 'Good' as const } : {}) },
          shortened(criterion.text, RECORD_CARD_LIMITS.criterionChars),
          criterion.reason ? { text: ` (${shortened(criterion.reason, RECORD_CARD_LIMITS.reasonChars)})`, italic: true } : '',
        ),
      );
    }
    const notShown = decided.length - shown.length + open;
    if (notShown > 0) items.push(paragraph({ text: `${labels.state_.open}: ${open}${decided.length > shown.length ? ` · +${decided.length - shown.length}` : ''}`, subtle: true, size: 'Small' }));
    body.push(container(items, undefined, 'Medium'));
  }
  return adaptiveCard(`${labels.title}: ${record.document.title}. ${labels.summary(record.counts)}`, body, { actions: [{ type: 'Action.OpenUrl', title: openTitle, url: openUrl }] });
}
