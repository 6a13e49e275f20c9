// The configuration page of the channel tab: choose the team whose programme actions the channel
// shows. Teams enables Save once a team is chosen and stores the tab's address. Outside Teams the
// page still lets one open a team's page, and says where the setting itself belongs.
import { Link, MessageBar, MessageBarBody, Radio, RadioGroup, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { useProgramme } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
});

/** the address a configured channel tab opens: the team's page of the tab */
function channelTabUrl(origin: string, teamId: string): string {
  return `${origin}/${hrefFor(`/teams/${encodeURIComponent(teamId)}`)}`;
}

export function ChannelConfigPage(_props: PageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const { host } = useServices();
  const { state, retry } = useProgramme();
  const [team, setTeam] = useState('');
  const tabConfig = host.capabilities.tabConfig;
  const chosen = useRef({ team: '', label: '' });

  useEffect(() => {
    if (!tabConfig) return;
    tabConfig.setValid(false);
    tabConfig.onSave(() => {
      const { team: id, label } = chosen.current;
      const url = channelTabUrl(window.location.origin, id);
      return { contentUrl: url, websiteUrl: url, entityId: `team-${id}`, suggestedDisplayName: t('config.tabName', { team: label }) };
    });
    // registered once: the save handler reads the latest choice through the ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabConfig]);

  const programme = state.status === 'ready' ? state.value : undefined;
  const choose = (id: string) => {
    setTeam(id);
    chosen.current = { team: id, label: text(programme?.programme.teams.find((tm) => tm.id === id)?.label) || id };
    tabConfig?.setValid(id !== '');
  };

  return (
    <section className={styles.root} aria-labelledby="config-title">
      <h1 id="config-title">{t('config.title')}</h1>
      <Text as="p" block>{t('config.intro')}</Text>
      {!tabConfig && (
        <MessageBar intent="info">
          <MessageBarBody>{t('config.outsideTeams')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'loading' && <PageLoading label={t('content.loading')} />}
      {state.status === 'error' && <ErrorState title={t('content.failed')} error={state.error} onRetry={retry} />}
      {programme && (
        <Field label={t('config.teamLabel')} required>
          <RadioGroup value={team} onChange={(_, data) => choose(data.value)}>
            {programme.programme.teams.map((tm) => (
              <Radio key={tm.id} value={tm.id} label={text(tm.label)} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {team && !tabConfig && <Link href={hrefFor(`/teams/${encodeURIComponent(team)}`)}>{t('config.openTeamPage')}</Link>}
    </section>
  );
}
