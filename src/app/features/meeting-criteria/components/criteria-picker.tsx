// The organizer's choice of criteria: the matcher's suggestions (with the product group that made
// them fit), what is attached already, and any other criterion found by searching. Shared by the
// Teams meeting and the Outlook task pane.
import { Checkbox, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import type { SuggestedCriterion } from '../../../../domain/meetings/meeting-relevance';
import { contentSearchIndexFor, searchContent } from '../../../../domain/search/search-content';
import { CriterionBadges } from '../../../components/criterion-badges';
import { useI18n } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground2, paddingInlineStart: tokens.spacingHorizontalXXL },
  badges: { paddingInlineStart: tokens.spacingHorizontalXXL },
});

export interface CriteriaPickerProps {
  pack: ContentPack;
  lookup: ContentLookup;
  suggested: readonly SuggestedCriterion[];
  /** attached before: shown (and chosen) even when no longer suggested */
  attachedIds: readonly string[];
  /** attached by someone else, which this person may not remove: shown chosen and locked */
  keptIds?: readonly string[];
  selected: ReadonlySet<string>;
  onChange(selected: ReadonlySet<string>): void;
}

export function CriteriaPicker(props: CriteriaPickerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const { lookup, pack } = props;

  const found = useMemo(() => {
    if (query.trim().length < 2) return [];
    return searchContent(contentSearchIndexFor(pack), query, Number.POSITIVE_INFINITY)
      .filter((hit) => hit.kind === 'item')
      .slice(0, 8)
      .map((hit) => hit.id);
  }, [query, pack]);

  // attached first (so removing one is a deliberate uncheck), then suggestions, then the rest
  const shown = useMemo(() => {
    const ids: { id: string; why: 'attached' | 'suggested' | 'found' }[] = [];
    const seen = new Set<string>();
    const add = (id: string, why: 'attached' | 'suggested' | 'found') => {
      if (seen.has(id) || !lookup.item(id)) return;
      seen.add(id);
      ids.push({ id, why });
    };
    for (const id of props.attachedIds) add(id, 'attached');
    for (const s of props.suggested) add(s.id, 'suggested');
    // chosen from an earlier search or suggestion, so a choice never disappears while typing
    for (const id of props.selected) add(id, 'found');
    for (const id of found) add(id, 'found');
    return ids;
  }, [props.attachedIds, props.selected, props.suggested, found, lookup]);

  const kept = useMemo(() => new Set(props.keptIds), [props.keptIds]);
  const toggle = (id: string, checked: boolean) => {
    if (kept.has(id)) return;
    const next = new Set(props.selected);
    if (checked) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };

  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label={t('meeting.pickerLabel')} data-testid="criteria-picker">
        {shown.map(({ id, why }) => {
          const { item, checklist } = lookup.item(id)!;
          return (
            <li key={id} className={styles.item} data-testid="pick-item" data-item-id={id} data-why={why}>
              <Checkbox
                checked={kept.has(id) || props.selected.has(id)}
                disabled={kept.has(id)}
                onChange={(_, data) => toggle(id, data.checked === true)}
                label={text(item.text)}
              />
              <Text size={200} className={styles.meta}>
                {text(checklist.title)}
                {why === 'attached' ? ` · ${t('meeting.alreadyAttached')}` : ''}
              </Text>
              <div className={styles.badges}>
                <CriterionBadges item={item} />
              </div>
            </li>
          );
        })}
      </ul>
      <Input
        id={searchId}
        type="search"
        aria-label={t('meeting.searchOther')}
        placeholder={t('meeting.searchOther')}
        contentBefore={<SearchRegular />}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
    </div>
  );
}
