// Adoption: the dashboard. The figures are counted on the server (GET /api/metrics) for the period,
// team and product group chosen here; every figure as a chart with a table alternative and a CSV
// download. Coordinators see every team; anyone else their own team, as the server decides (the
// team filter is then fixed). Only counts, each made by at least five people: a smaller selection
// shows none, and a smaller team, product group, item, action, week or phase is folded into
// "Overig" or withheld (docs/privacy.md).
import { Link, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { OTHER_KEY, OTHER_TEAMS, type ActionCoverage, type DashboardScope, type MetricsFilters } from '../../../../domain/metrics';
import type { Phase } from '../../../../domain/taxonomy';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useContent, type ContentValue } from '../../../lib/content';
import { replaceQuery } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import { useTaxonomyLabels } from '../../../lib/taxonomy';
import { useHostTheme } from '../../../lib/theme';
import type { MetricsAnswer } from '../../../../server/api/metrics';
import { serverMetrics, useDashboardMetrics, type DashboardData, type LoadMetrics } from '../hooks/use-dashboard-metrics';
import { chartSpecs } from '../lib/chart-specs';
import { filtersFromQuery, filtersToQuery, metricsFilters, type DashboardFilterState } from '../lib/dashboard-filters';
import { useDashboardText, type DashboardText } from '../lib/dashboard-text';
import { figureTables, TOP_ITEMS, type FigureLabels } from '../lib/figure-tables';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { FigureCard } from './figure-card';
import { KpiTiles } from './kpi-tiles';
import { SyncStatus } from './sync-status';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { marginBlockEnd: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 460px), 1fr))', gap: tokens.spacingHorizontalL },
  wide: { gridColumn: '1 / -1' },
  stale: { opacity: 0.6, transitionProperty: 'opacity', transitionDuration: tokens.durationNormal },
});

export const DASHBOARD_PATH = '/dashboard';

/** today as a UTC day; the dashboard counts in UTC days (docs/metrics.md) */
const utcToday = (): string => new Date().toISOString().slice(0, 10);

function useFigureLabels(content: ContentValue | undefined, text: DashboardText): FigureLabels {
  const taxonomy = useTaxonomyLabels();
  return useMemo(() => {
    const lang = text.language;
    const phases = new Map(content?.pack.programme.phases.map((p) => [p.id as string, p.label[lang]]));
    return {
      t: text.t,
      decision: (d) => taxonomy.decision[d],
      team: (id) => (id === OTHER_TEAMS ? text.t('teams.other') : (content?.lookup.teamLabel(id)?.[lang] ?? id)),
      productGroup: (id) => (id === OTHER_KEY ? text.t('label.otherGroups') : (content?.lookup.productGroup(id)?.label[lang] ?? id)),
      phase: (id: Phase) => phases.get(id) ?? id,
      item: (id) => {
        if (id === OTHER_KEY) return text.t('label.otherGroups');
        const found = content?.lookup.item(id);
        return found ? found.item.text[lang] : id;
      },
      action: (id) => (id === OTHER_KEY ? text.t('label.otherGroups') : (content?.lookup.action(id)?.title[lang] ?? id)),
    };
  }, [content, text, taxonomy]);
}

/** what "active" means, and which actions the filters leave in the count */
function coverageIntro(coverage: ActionCoverage, text: DashboardText): string {
  const scope = coverage.scopedBy.map((filter) => text.t(`coverage.scope.${filter}`));
  return [text.t('coverage.intro', { end: text.date(coverage.windowEnd) }), ...scope].join(' ');
}

/**
 * every figure of one answer as a card. Memoised and fed a deferred answer: the headline figures of
 * a new answer show at once, and the charts and tables follow as React finds time, the old ones
 * dimmed meanwhile (they are most of the page's rendering work)
 */
const FigureGrid = memo(function FigureGrid(props: { answer: MetricsAnswer; content: ContentValue; from: string; to: string; text: DashboardText }) {
  const styles = useStyles();
  const { answer, content, text } = props;
  const services = useServices();
  const theme = useHostTheme(services.host);
  const labels = useFigureLabels(content, text);
  const { metrics } = answer;

  const tables = figureTables(metrics, labels);
  const charts = chartSpecs(metrics, labels, { from: answer.filters.from, to: answer.filters.to, today: answer.today });
  const fileNameParts = [props.from || 'begin', props.to || answer.today];
  const topNote = (of: number) => (of > TOP_ITEMS ? text.t('table.top', { shown: text.number(TOP_ITEMS), of: text.number(of) }) : undefined);
  const card = (id: keyof typeof tables, extra: { chart?: keyof typeof charts; intro?: string; wide?: boolean } = {}) => (
    <div className={extra.wide ? styles.wide : undefined}>
      <FigureCard
        table={tables[id]}
        chart={extra.chart ? charts[extra.chart] : undefined}
        text={text}
        locale={text.locale}
        intro={extra.intro}
        preferTable={theme === 'contrast'}
        dark={theme === 'dark'}
        fileNameParts={fileNameParts}
      />
    </div>
  );

  return (
    <div className={styles.grid}>
      {card('trend', { chart: 'trend', wide: true })}
      {card('teams', { chart: 'teams', wide: true })}
      {card('groups', { chart: 'groups', wide: true })}
      {card('decisions', { chart: 'decisions' })}
      {card('coverage', { chart: 'coverage', intro: coverageIntro(metrics.actionCoverage, text) })}
      {card('reasons', { chart: 'reasons', intro: text.t('reasons.intro', { min: text.number(answer.privacy.minContributors) }) })}
      {card('considered')}
      {card('phases', { intro: text.t('phases.intro') })}
      {card('actions', { wide: true, intro: topNote(metrics.byAction.length) })}
      {card('items', { wide: true, intro: topNote(metrics.byChecklistItem.length) })}
    </div>
  );
});

/** the headline figures as soon as the server answered; the cards once the content pack (their labels) is there too */
function Figures(props: { data: Extract<DashboardData, { status: 'ready' }>; content: ContentValue | undefined; state: DashboardFilterState; text: DashboardText }) {
  const styles = useStyles();
  const { data, content, state, text } = props;
  const labels = useFigureLabels(content, text);
  const { metrics, privacy } = data.answer;
  // null on the first render, so the headline figures do not wait for the grid
  const deferred = useDeferredValue<MetricsAnswer | null>(data.answer, null);

  const withheld = privacy.withheldTeams.length > 0 && (
    <MessageBar intent="info" data-testid="withheld-teams">
      <MessageBarBody>
        {text.t('privacy.withheld', { teams: privacy.withheldTeams.map((id) => labels.team(id)).join(', '), min: text.number(privacy.minContributors) })}
      </MessageBarBody>
    </MessageBar>
  );
  // a selection of fewer people than the minimum: no figure at all, not even a zero
  if (privacy.tooFewPeople) {
    return (
      <>
        {withheld}
        <div data-testid="too-few-people">
          <EmptyState title={text.t('privacy.tooFewTitle')} hint={text.t('privacy.tooFewHint', { min: text.number(privacy.minContributors) })} />
        </div>
      </>
    );
  }
  return (
    <>
      <KpiTiles metrics={metrics} text={text} />
      {metrics.skipped > 0 && <Text className={styles.muted}>{text.t('kpi.skipped', { count: text.number(metrics.skipped) })}</Text>}
      {withheld}
      {privacy.foldedTeams > 0 && <Text className={styles.muted}>{text.t('privacy.folded', { min: text.number(privacy.minContributors) })}</Text>}
      {privacy.otherFolded && (
        <Text className={styles.muted} data-testid="other-folded">
          {text.t('privacy.otherFolded', { min: text.number(privacy.minContributors) })}
        </Text>
      )}
      {deferred && content ? (
        // the dimming sits outside the memoised grid, so marking it stale costs no render of the grid
        <div className={deferred !== data.answer ? styles.stale : undefined} aria-busy={deferred !== data.answer}>
          <FigureGrid answer={deferred} content={content} from={state.from} to={state.to} text={text} />
        </div>
      ) : (
        <PageLoading />
      )}
    </>
  );
}

export interface DashboardPageProps extends PageProps {
  /** where the figures come from; the server's /api/metrics by default (tests hand in their own) */
  loadMetrics?: LoadMetrics;
}

/** until the server says whose figures these are, every filter may be chosen */
const UNKNOWN_SCOPE: DashboardScope = { kind: 'all' };

export function DashboardPage(props: DashboardPageProps) {
  const styles = useStyles();
  const text = useDashboardText();
  const { t } = useI18n();
  const services = useServices();
  const content = useContent();
  const load = useMemo(() => props.loadMetrics ?? serverMetrics(services), [props.loadMetrics, services]);
  const today = useMemo(utcToday, []);
  const state = useMemo(() => filtersFromQuery(props.query, today), [props.query, today]);
  const onFilters = useCallback((next: DashboardFilterState) => replaceQuery(DASHBOARD_PATH, filtersToQuery(next)), []);
  const checked = metricsFilters(state);
  const filters: MetricsFilters | undefined = 'filters' in checked ? checked.filters : undefined;
  const { data, refresh } = useDashboardMetrics(filters, load);

  const contentValue = content.state.status === 'ready' ? content.state.value : undefined;
  const lang = text.language;
  const teamOptions = useMemo(
    () => (contentValue?.pack.programme.teams ?? []).map((t) => ({ id: t.id, label: t.label[lang] })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    [contentValue, lang],
  );
  const groupOptions = useMemo(
    () => (contentValue?.pack.productGroups ?? []).map((g) => ({ id: g.id as string, label: g.label[lang] })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    [contentValue, lang],
  );

  // the server decides whose figures these are; a staff member's team filter is their own team
  const scope = data.status === 'ready' ? data.answer.scope : UNKNOWN_SCOPE;

  let body;
  if (content.state.status === 'error') body = <ErrorState title={text.t('failed')} error={content.state.error} onRetry={content.retry} />;
  else if (data.status === 'forbidden') body = <EmptyState title={text.t('unknownTeamTitle')} hint={text.t('unknownTeamHint')} action={<Link href="#/">{text.t('noTeamAction')}</Link>} />;
  else if (data.status === 'error') body = <ErrorState title={text.t('sync.failed')} error={data.error} onRetry={refresh} />;
  else if (data.status === 'loading') body = filters ? <PageLoading /> : null;
  else body = <Figures data={data} content={contentValue} state={state} text={text} />;

  return (
    <section aria-labelledby="dashboard-title" className={styles.page} data-testid="dashboard">
      <div>
        <h1 id="dashboard-title" className={styles.title}>
          {text.t('title')}
        </h1>
        <Text as="p" className={styles.muted}>
          {text.t('intro')}
        </Text>
        <Link href="#/indicators">{t('nav.indicators')}</Link>
      </div>
      {scope.kind === 'team' && (
        <Text as="p" data-testid="own-team-scope">
          {text.t('scope.ownTeam', { team: contentValue?.lookup.teamLabel(scope.team)?.[lang] ?? scope.team })}
        </Text>
      )}
      {data.status !== 'error' && data.status !== 'forbidden' && <SyncStatus data={data} onRefresh={refresh} text={text} />}
      {data.status !== 'forbidden' && (
        <DashboardFiltersBar
          state={state}
          onChange={onFilters}
          today={today}
          scope={scope}
          teams={teamOptions}
          productGroups={groupOptions}
          problem={'problem' in checked ? checked.problem : undefined}
          text={text}
        />
      )}
      {'problem' in checked && (
        <MessageBar intent="warning">
          <MessageBarBody>{text.t(checked.problem === 'badPeriod' ? 'filter.badPeriod' : 'filter.badDay')}</MessageBarBody>
        </MessageBar>
      )}
      {body}
    </section>
  );
}
