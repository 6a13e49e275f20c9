// Taxonomy labels and pack texts in the app's language.
import { useMemo } from 'react';
import type { LocalisedText } from '../../domain/content/model';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { useI18n } from './i18n';

export function useTaxonomyLabels() {
  const { language } = useI18n();
  return TAXONOMY_LABELS[language];
}

/** a pack text in the app's language */
export function useLocalised(): (text: LocalisedText | undefined) => string {
  const { language } = useI18n();
  return useMemo(() => (text: LocalisedText | undefined) => (text ? text[language] : ''), [language]);
}
