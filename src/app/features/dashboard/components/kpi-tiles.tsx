// The four headline figures, each with what it counts spelled out beneath it.
import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardMetrics } from '../../../../domain/metrics';
import type { DashboardText } from '../lib/dashboard-text';

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: tokens.spacingHorizontalM, listStyleType: 'none', margin: 0, padding: 0 },
  tile: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, height: '100%', boxSizing: 'border-box' },
  value: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Tile(props: { id: string; label: string; value: string; detail?: string; raw: number | string }) {
  const styles = useStyles();
  return (
    <li>
      <Card className={styles.tile} data-testid={`kpi-${props.id}`} data-value={String(props.raw)}>
        <Text className={styles.muted}>{props.label}</Text>
        <Text className={styles.value}>{props.value}</Text>
        {props.detail && <Text className={styles.muted}>{props.detail}</Text>}
      </Card>
    </li>
  );
}

export function KpiTiles(props: { metrics: DashboardMetrics; text: DashboardText }) {
  const styles = useStyles();
  const { metrics, text } = props;
  const actions = metrics.actionCoverage.phases.reduce((n, p) => n + p.actions, 0);
  const active = metrics.actionCoverage.phases.reduce((n, p) => n + p.active, 0);
  const { adoption } = metrics;
  return (
    <ul className={styles.tiles} aria-label={text.t('title')}>
      <Tile id="acks" label={text.t('kpi.acks')} value={text.number(metrics.total)} raw={metrics.total} />
      <Tile id="documents" label={text.t('kpi.documents')} value={text.number(adoption.checkedDocuments)} raw={adoption.checkedDocuments} />
      <Tile
        id="applied"
        label={text.t('kpi.applied')}
        value={text.percent(adoption.appliedShare)}
        raw={adoption.appliedShare ?? ''}
        detail={text.t('kpi.appliedOf', { count: text.number(adoption.documentsWithApplied), total: text.number(adoption.checkedDocuments) })}
      />
      <Tile
        id="actions"
        label={text.t('kpi.actions')}
        value={text.percent(actions === 0 ? null : active / actions)}
        raw={active}
        detail={
          // the filters narrow the actions counted (docs/metrics.md, "Actions in scope"): say so beside the programme's own total
          metrics.actionCoverage.scopedBy.length === 0
            ? text.t('kpi.actionsOf', { active: text.number(active), total: text.number(actions) })
            : text.t('kpi.actionsOfScope', { active: text.number(active), total: text.number(actions), programme: text.number(metrics.actionCoverage.programmeActions) })
        }
      />
    </ul>
  );
}
