// Every criterion of a pack as one flat record, for audits (`content list --json`) and exports: the
// same keys in the same order for every criterion, with null where a field does not apply.
import type { Ambition, CriterionKind, CriterionTheme, Language, RStrategy, SourceKind } from '../taxonomy';
import { TAXONOMY_LABELS } from '../taxonomy-labels';
import { sourceLine } from './criterion-source';
import type { ContentPack, LocalisedText } from './model';

export interface CriterionRecord {
  id: string;
  /** null for a practice checklist, which fits document types rather than a product group */
  productGroup: string | null;
  theme: CriterionTheme;
  kind: CriterionKind;
  ambition: Ambition;
  rStrategy: RStrategy | null;
  text: LocalisedText;
  verification: LocalisedText;
  source: { kind: SourceKind; reference: string; url: string | null };
}

export function criteriaList(pack: ContentPack): CriterionRecord[] {
  return pack.checklists.flatMap((checklist) =>
    checklist.items.map((item) => ({
      id: item.id,
      productGroup: checklist.productGroup ?? null,
      theme: item.theme,
      kind: item.kind,
      ambition: item.ambition,
      rStrategy: item.rStrategy ?? null,
      text: { nl: item.text.nl, en: item.text.en },
      verification: { nl: item.verification.nl, en: item.verification.en },
      source: { kind: item.source.kind, reference: item.source.reference, url: item.source.url ?? null },
    })),
  );
}

/** one criterion as lines for people: id and facts, its text, and where it comes from */
export function criterionLines(record: CriterionRecord, language: Language): string[] {
  const labels = TAXONOMY_LABELS[language];
  const facts = [
    record.productGroup ?? '-',
    labels.criterionTheme[record.theme],
    labels.ambition[record.ambition],
    labels.criterionKind[record.kind],
    record.rStrategy && labels.rStrategy[record.rStrategy],
  ].filter(Boolean);
  return [`${record.id}  [${facts.join(' · ')}]`, `  ${record.text[language]}`, `  ${sourceLine({ ...record.source, url: record.source.url ?? undefined }, language)}`];
}
