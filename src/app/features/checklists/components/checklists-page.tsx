// Browse the checklists: by product group or practice checklist, filtered by ambition, kind of
// criterion and R-strategy, searched in Dutch and English (best hits first). The filters live in
// the address, so a filtered view can be shared as a link. Without an ambition chosen, a product
// group shows its criteria up to the level the college adopted for it (policy.yaml or the Beleid list).
// The overview (no checklist chosen, no search) shows each checklist's first criteria and a link to
// all of them: some 400 cards at once are a long scroll in a side panel and slow to render.
import { Button, Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { contentSearchIndexFor } from '../../../../domain/search/search-content';
import { AMBITIONS, CRITERION_KINDS, R_STRATEGIES } from '../../../../domain/taxonomy';
import { CopyButton } from '../../../components/copy-button';
import { CriterionBadges, useMinimumBadges } from '../../../components/criterion-badges';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useContent } from '../../../lib/content';
import { hrefFor, replaceQuery } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useLocalised } from '../../../lib/taxonomy';
import { filterCriteria, filterFromQuery, type CriteriaFilter } from '../lib/filter-criteria';
import { CriteriaFilters, type FilterValues } from './criteria-filters';

const useStyles = makeStyles({
  checklist: { marginBottom: tokens.spacingVerticalXXL },
  items: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** criteria per checklist in the overview */
const PREVIEW_ITEMS = 3;

/** after the first paint of the criteria */
const SEARCH_WARM_UP_MS = 300;

function valuesFromQuery(query: URLSearchParams): FilterValues {
  const group = query.get('group');
  const checklist = query.get('checklist');
  return {
    scope: group ? `group:${group}` : checklist ? `checklist:${checklist}` : '',
    ambition: query.get('ambition') ?? '',
    kind: query.get('kind') ?? '',
    r: query.get('r') ?? '',
    q: query.get('q') ?? '',
  };
}

const definedEntries = (query: Record<string, string | undefined>) => Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined);

function queryOf(values: FilterValues): Record<string, string | undefined> {
  const [scopeKind, scopeId] = values.scope.split(':');
  return {
    group: scopeKind === 'group' ? scopeId : undefined,
    checklist: scopeKind === 'checklist' ? scopeId : undefined,
    ambition: values.ambition || undefined,
    kind: values.kind || undefined,
    r: values.r || undefined,
    q: values.q.trim() || undefined,
  };
}

export function ChecklistsPage(props: PageProps) {
  const styles = useStyles();
  const { t, tp, language } = useI18n();
  const text = useLocalised();
  const { state, retry } = useContent();
  const [values, setValues] = useState<FilterValues>(() => valuesFromQuery(props.query));
  // a link to other filters while the page is open (the hash changes, the page stays) sets them
  const queryKey = props.query.toString();
  const [followedQuery, setFollowedQuery] = useState(queryKey);
  if (queryKey !== followedQuery) {
    setFollowedQuery(queryKey);
    const linked = valuesFromQuery(props.query);
    if (new URLSearchParams(definedEntries(queryOf(linked))).toString() !== new URLSearchParams(definedEntries(queryOf(values))).toString()) setValues(linked);
  }
  const deferredValues = useDeferredValue(values);

  const pack = state.status === 'ready' ? state.value.pack : undefined;
  const minimum = useMinimumBadges(pack);
  // the search index (a tenth of a second or more, once per pack) is built while the page is idle,
  // not on the first letter someone types
  useEffect(() => {
    if (!pack) return;
    const timer = setTimeout(() => contentSearchIndexFor(pack), SEARCH_WARM_UP_MS);
    return () => clearTimeout(timer);
  }, [pack]);
  const results = useMemo(() => {
    if (!pack) return [];
    const query = new URLSearchParams(definedEntries(queryOf(deferredValues)));
    const filter: CriteriaFilter = filterFromQuery(query, {
      productGroups: new Set(pack.productGroups.map((g) => g.id)),
      ambitions: AMBITIONS,
      kinds: CRITERION_KINDS,
      rStrategies: R_STRATEGIES,
    });
    return filterCriteria(pack, { ...filter, adopted: pack.policy.ambitionPerProductGroup }, language);
  }, [pack, deferredValues, language]);

  const change = (next: FilterValues) => {
    setValues(next);
    replaceQuery('/checklists', queryOf(next));
  };

  const itemCount = results.reduce((n, r) => n + r.items.length, 0);
  const overview = deferredValues.scope === '' && deferredValues.q.trim() === '';
  const allOf = (checklist: { id: string; productGroup?: string }) =>
    hrefFor('/checklists', {
      ...queryOf(deferredValues),
      ...(checklist.productGroup ? { group: checklist.productGroup } : { checklist: checklist.id }),
    });
  return (
    <section aria-labelledby="checklists-title">
      <h1 id="checklists-title">{t('checklists.title')}</h1>
      <Text as="p" block className={styles.muted}>
        {t('checklists.intro')}
      </Text>
      {state.status === 'loading' && <PageLoading label={t('content.loading')} />}
      {state.status === 'error' && <ErrorState title={t('content.failed')} error={state.error} onRetry={retry} />}
      {pack && (
        <>
          <CriteriaFilters pack={pack} values={values} onChange={change} />
          <Text as="p" block role="status" aria-live="polite" data-testid="criteria-count">
            {t('checklists.summary', { items: tp('checklists.itemCount', itemCount), checklists: tp('checklists.checklistCount', results.length) })}
          </Text>
          {results.length === 0 ? (
            <EmptyState
              title={t('checklists.noneTitle')}
              hint={t('checklists.noneHint')}
              action={
                <Button onClick={() => change({ scope: '', ambition: '', kind: '', r: '', q: '' })}>{t('checklists.clearFilters')}</Button>
              }
            />
          ) : (
            results.map(({ checklist, items }) => (
              <section key={checklist.id} className={styles.checklist} aria-labelledby={`cl-${checklist.id}`}>
                <h2 id={`cl-${checklist.id}`}>{text(checklist.title)}</h2>
                <Text as="p" block className={styles.muted}>
                  {text(checklist.description)}
                </Text>
                <ul className={styles.items}>
                  {(overview ? items.slice(0, PREVIEW_ITEMS) : items).map((item) => (
                    <li key={item.id}>
                      <Card className={styles.card} data-testid="criterion" data-item-id={item.id}>
                        <Text>{text(item.text)}</Text>
                        <CriterionBadges item={item} {...minimum(item.ambition, checklist.productGroup)} />
                        <div className={styles.actions}>
                          <Link href={hrefFor(`/criteria/${encodeURIComponent(item.id)}`)}>{t('checklists.details')}</Link>
                          <CopyButton text={text(item.text)} />
                        </div>
                      </Card>
                    </li>
                  ))}
                </ul>
                {overview && items.length > PREVIEW_ITEMS && (
                  <p>
                    <Link href={allOf(checklist)}>{t('checklists.showAll', { items: tp('checklists.itemCount', items.length), title: text(checklist.title) })}</Link>
                  </p>
                )}
              </section>
            ))
          )}
        </>
      )}
    </section>
  );
}
