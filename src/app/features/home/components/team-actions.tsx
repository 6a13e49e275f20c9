// My team's programme actions, grouped by the programme's phases.
import { Link, Select, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Phase } from '../../../../domain/taxonomy';
import { StaticCard } from '../../../components/static-card';
import { EmptyState } from '../../../components/page-states';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { ProgrammeContent } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';
import { actionsByPhase } from '../lib/actions-by-phase';

const useStyles = makeStyles({
  phases: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '360px', marginBottom: tokens.spacingVerticalM },
});

export function TeamActions(props: { programme: ProgrammeContent; team: string | undefined; onTeamChange?: (team: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const headingId = useId();
  const { programme } = props;
  const phaseLabel = (phase: Phase) => text(programme.programme.phases.find((p) => p.id === phase)?.label) || phase;
  const themeLabel = (id: string) => text(programme.programme.themes.find((th) => th.id === id)?.label) || id;
  const teamLabel = text(programme.programme.teams.find((tm) => tm.id === props.team)?.label);
  const groups = actionsByPhase(programme.actions, props.team);

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.team && teamLabel ? t('home.teamActions', { team: teamLabel }) : t('home.teamActionsNoTeam')}</h2>
      {props.onTeamChange && (
        <Field label={t('home.chooseTeam')} className={styles.picker}>
          <Select value={props.team ?? ''} onChange={(_, data) => props.onTeamChange?.(data.value)} data-testid="home-team">
            {!props.team && <option value="">{t('home.noTeamChosen')}</option>}
            {programme.programme.teams.map((tm) => (
              <option key={tm.id} value={tm.id}>
                {text(tm.label)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {groups.length === 0 ? (
        <EmptyState title={t('home.noActionsTitle')} hint={props.team ? t('home.noActionsHint') : t('home.pickTeamHint')} />
      ) : (
        <div className={styles.phases}>
          {groups.map((group) => (
            <section key={group.phase} aria-labelledby={`${headingId}-${group.phase}`}>
              <h3 id={`${headingId}-${group.phase}`}>{phaseLabel(group.phase)}</h3>
              <ul className={styles.list}>
                {group.actions.map((action) => (
                  <li key={action.id}>
                    <StaticCard className={styles.card}>
                      <Link href={hrefFor(`/actions/${encodeURIComponent(action.id)}`)}>{text(action.title)}</Link>
                      <Text size={200} className={styles.muted}>
                        {themeLabel(action.theme)}
                      </Text>
                    </StaticCard>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
