// The clause block the Word pane puts into a tender or plan: the chosen criteria, grouped under
// their checklist, as a numbered list under a heading, in the document's language. Word keeps the
// HTML's structure (headings, lists, bold) and most inline styles; everything shown is escaped,
// because criteria can come from the SharePoint lists.
import { escapeHtml } from './meetings/criteria-block';
import type { Language } from './taxonomy';

export interface ClauseItem {
  id: string;
  /** the criterion's text in the block's language */
  text: string;
  /** the checklist it comes from, in the block's language */
  checklist: string;
}

const WORDS: Record<Language, { title: string; intro: string }> = {
  nl: {
    title: 'Circulaire criteria',
    intro: 'Bij deze opdracht gelden de volgende circulaire criteria.',
  },
  en: {
    title: 'Circular criteria',
    intro: 'The following circular criteria apply to this contract.',
  },
};

/** the block's HTML; the criteria keep the order they were chosen in, grouped by checklist */
export function buildClauseBlock(language: Language, items: readonly ClauseItem[]): string {
  if (items.length === 0) throw new RangeError('a clause block needs at least one criterion');
  const words = WORDS[language];
  const groups = new Map<string, ClauseItem[]>();
  for (const item of items) groups.set(item.checklist, [...(groups.get(item.checklist) ?? []), item]);
  const sections = [...groups].map(
    ([checklist, members]) =>
      `<p style="margin:6pt 0 2pt 0"><b>${escapeHtml(checklist)}</b></p>` +
      `<ol style="margin-top:0">${members.map((m) => `<li>${escapeHtml(m.text)}</li>`).join('')}</ol>`,
  );
  return `<h3 lang="${language}">${escapeHtml(words.title)}</h3><p>${escapeHtml(words.intro)}</p>${sections.join('')}`;
}
