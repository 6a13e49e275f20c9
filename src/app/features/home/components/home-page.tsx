// Home: what fits me now. My team's programme actions by phase, the criteria I put aside for later,
// decisions still waiting in this browser, and the two things people come to do.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular, TaskListLtrRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { readyValue, useContent, useProgramme, useProgrammeOf } from '../../../lib/content';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { usePreferredTeam } from '../../../lib/preferred-team';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';
import { stillToReview } from '../lib/still-to-review';
import { StillToReview } from './still-to-review';
import { TeamActions } from './team-actions';
import { WaitingDecisions } from './waiting-decisions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  quick: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function HomePage(props: PageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const services = useServices();
  const [myTeam] = usePreferredTeam();
  // a configured channel tab shows the team it was set up for
  const fixedTeam = props.params.teamId;
  const [viewedTeam, setViewedTeam] = useState<string | undefined>(undefined);
  const team = fixedTeam ?? viewedTeam ?? myTeam;

  const slim = useProgramme();
  // the rest (the whole pack, the lists, my decisions) loads once Home's own content is on screen
  const [restWanted, setRestWanted] = useState(false);
  const full = useContent(restWanted);
  const fullContent = readyValue(full.state);
  const fromLists = useProgrammeOf(fullContent);
  const programme = fromLists ?? readyValue(slim.state);

  const mine = useLoadable(
    () => (restWanted ? services.decisions.forStaff(services.session.user.id) : new Promise<never>(() => undefined)),
    [services, restWanted],
  );
  const later = useMemo(() => (mine.state.status === 'ready' ? { status: 'ready' as const, value: stillToReview(mine.state.value) } : mine.state), [mine.state]);
  const itemText = (id: string) => {
    const found = fullContent?.lookup.item(id);
    return found ? text(found.item.text) : undefined;
  };

  // Home is interactive once its main content is on screen; the bench waits for this mark
  useEffect(() => {
    if (!programme) return;
    const later = setTimeout(() => setRestWanted(true), 0);
    if (!document.documentElement.dataset.homeReady) {
      document.documentElement.dataset.homeReady = 'true';
      performance.mark?.('home-ready');
    }
    return () => clearTimeout(later);
  }, [programme]);

  return (
    <div className={styles.root} data-testid="home" data-ready={programme ? 'home' : undefined}>
      <section aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title', { name: services.session.user.displayName })}</h1>
        <Text as="p" block className={styles.muted}>
          {programme ? text(programme.programme.ambition) : t('home.intro')}
        </Text>
        <div className={styles.quick}>
          <Button as="a" href="#/check" appearance="primary" icon={<DocumentSearchRegular />}>
            {t('home.checkDocument')}
          </Button>
          <Button as="a" href="#/checklists" icon={<TaskListLtrRegular />}>
            {t('home.browseChecklists')}
          </Button>
        </div>
      </section>
      {services.queue && <WaitingDecisions queue={services.queue} itemText={itemText} />}
      {slim.state.status === 'loading' && !programme && <PageLoading label={t('content.loading')} />}
      {slim.state.status === 'error' && !programme && <ErrorState title={t('content.failed')} error={slim.state.error} onRetry={slim.retry} />}
      {programme && <TeamActions programme={programme} team={team} onTeamChange={fixedTeam ? undefined : setViewedTeam} />}
      <StillToReview state={later} onRetry={mine.retry} itemText={itemText} contentVersion={fullContent?.pack.meta.version} />
    </div>
  );
}
