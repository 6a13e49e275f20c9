// The words of an apply-or-explain record, Dutch and English: the Word document and the Teams card
// say the same thing in the same words.
import type { Language } from '../taxonomy';
import type { RecordState } from './apply-or-explain';

export interface RecordLabels {
  title: string;
  intro: string;
  municipality: string;
  person: string;
  document: string;
  version: string;
  date: string;
  contentVersion: string;
  checklist: string;
  criterion: string;
  state: string;
  explanation: string;
  decidedOn: string;
  noChecklists: string;
  state_: Record<RecordState, string>;
  summary: (counts: Record<RecordState, number>) => string;
  fileName: string;
}

export const RECORD_LABELS: Record<Language, RecordLabels> = {
  nl: {
    title: 'Pas toe of leg uit',
    intro:
      'Per criterium van de checklists die bij dit document passen: toegepast, niet toegepast en waarom, niet van toepassing en waarom, of nog open.',
    municipality: 'Gemeente',
    person: 'Opgesteld door',
    document: 'Document',
    version: 'Versie',
    date: 'Datum',
    contentVersion: 'Versie van de checklists',
    checklist: 'Checklist',
    criterion: 'Criterium',
    state: 'Keuze',
    explanation: 'Toelichting',
    decidedOn: 'gekozen op',
    noChecklists: 'Er passen geen checklists bij dit document.',
    state_: { applied: 'Toegepast', 'not-applied': 'Niet toegepast', 'not-applicable': 'Niet van toepassing', open: 'Nog open' },
    summary: (c) => `${c.applied} toegepast, ${c['not-applied']} niet toegepast, ${c['not-applicable']} niet van toepassing, ${c.open} nog open`,
    fileName: 'pas-toe-of-leg-uit',
  },
  en: {
    title: 'Apply or explain',
    intro: 'For each criterion of the checklists that fit this document: applied, not applied and why, not applicable and why, or still open.',
    municipality: 'Municipality',
    person: 'Prepared by',
    document: 'Document',
    version: 'Version',
    date: 'Date',
    contentVersion: 'Checklists version',
    checklist: 'Checklist',
    criterion: 'Criterion',
    state: 'Choice',
    explanation: 'Explanation',
    decidedOn: 'chosen on',
    noChecklists: 'No checklists fit this document.',
    state_: { applied: 'Applied', 'not-applied': 'Not applied', 'not-applicable': 'Not applicable', open: 'Still open' },
    summary: (c) => `${c.applied} applied, ${c['not-applied']} not applied, ${c['not-applicable']} not applicable, ${c.open} still open`,
    fileName: 'apply-or-explain',
  },
};

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** a date as the record's language writes it, in the municipality's time zone */
export function recordDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
}

/** the file name of a record: the label and a safe slug of the document's title */
export function recordFileName(title: string, language: Language): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${RECORD_LABELS[language].fileName}${slug ? `-${slug}` : ''}.docx`;
}
