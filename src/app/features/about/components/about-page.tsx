// About: which content and version the app runs on, the language, who is signed in, and where the
// decisions are stored, so anyone can see what happens with what they record.
import { Field, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DEV_IDENTITY_LABEL } from '../../../components/dev-identity-picker';
import { useQueueSnapshot } from '../../../components/queue-status';
import { ErrorState, PageLoading } from '../../../components/page-states';
import { useContent, useProgramme, readyValue } from '../../../lib/content';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { usePreferredTeam } from '../../../lib/preferred-team';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '760px' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  // a site id (host,guid,guid) or an address has no spaces: it breaks anywhere rather than push a 320 px panel sideways
  unbroken: { overflowWrap: 'anywhere' },
});

export function AboutPage(_props: PageProps) {
  const styles = useStyles();
  const { t, tp, chosenLanguage, setLanguage, formatNumber } = useI18n();
  const text = useLocalised();
  const services = useServices();
  const { config, session, host } = services;
  const content = useContent();
  const slim = readyValue(useProgramme().state);
  const loaded = readyValue(content.state);
  const queue = useQueueSnapshot(services.queue);
  const [myTeam, setMyTeam] = usePreferredTeam();
  const teams = loaded?.pack.programme.teams ?? slim?.programme.teams ?? [];

  return (
    <div className={styles.root}>
      <h1>{t('about.title')}</h1>
      <Text as="p" block>{t('about.intro')}</Text>

      <section aria-labelledby="about-content">
        <h2 id="about-content">{t('about.content')}</h2>
        {content.state.status === 'loading' && <PageLoading label={t('content.loading')} />}
        {content.state.status === 'error' && <ErrorState title={t('content.failed')} error={content.state.error} onRetry={content.retry} />}
        {loaded && (
          <>
            <dl className={styles.facts}>
              <dt className={styles.term}>{t('about.municipality')}</dt>
              <dd className={styles.detail}>{text(loaded.pack.meta.municipality)}</dd>
              <dt className={styles.term}>{t('about.contentVersion')}</dt>
              <dd className={styles.detail} data-testid="content-version">
                {loaded.pack.meta.version}
              </dd>
              <dt className={styles.term}>{t('about.contentOrigin')}</dt>
              <dd className={styles.detail}>{loaded.origin === 'lists' ? t('about.originLists') : t('about.originBundled')}</dd>
              <dt className={styles.term}>{t('about.contentSize')}</dt>
              <dd className={styles.detail}>
                {t('about.contentCounts', {
                  checklists: formatNumber(loaded.pack.checklists.length),
                  items: formatNumber(loaded.pack.checklists.reduce((n, c) => n + c.items.length, 0)),
                  actions: formatNumber(loaded.pack.actions.length),
                })}
              </dd>
            </dl>
            <Text as="p" block className={styles.muted}>
              {text(loaded.pack.meta.status)}
            </Text>
            {loaded.problems.length > 0 && <Text as="p" block>{tp('about.contentProblems', loaded.problems.length)}</Text>}
          </>
        )}
      </section>

      <section aria-labelledby="about-language">
        <h2 id="about-language">{t('about.language')}</h2>
        <Field label={t('about.languageLabel')}>
          <RadioGroup layout="horizontal" value={chosenLanguage} onChange={(_, d) => setLanguage(d.value === 'en' ? 'en' : 'nl')}>
            <Radio value="nl" label="Nederlands" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
      </section>

      <section aria-labelledby="about-you">
        <h2 id="about-you">{t('about.you')}</h2>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('about.name')}</dt>
          <dd className={styles.detail} data-testid="signed-in-user">
            {session.user.displayName}
          </dd>
          <dt className={styles.term}>{t('about.account')}</dt>
          <dd className={styles.detail}>{session.user.upn}</dd>
          <dt className={styles.term}>{t('about.signIn')}</dt>
          <dd className={styles.detail}>{session.kind === 'development' ? DEV_IDENTITY_LABEL : session.kind === 'nested-app' ? t('about.signInNested') : t('about.signInPopup')}</dd>
          <dt className={styles.term}>{t('about.host')}</dt>
          <dd className={styles.detail}>{host.kind === 'web' ? t('about.hostBrowser') : t('about.hostTeams', { host: host.hostName, frame: host.frameContext })}</dd>
        </dl>
        {session.kind !== 'development' && teams.length > 0 && (
          <Field label={t('about.myTeam')} hint={t('about.myTeamHint')}>
            <Select value={myTeam ?? ''} onChange={(_, d) => setMyTeam(d.value)}>
              {!myTeam && <option value="">{t('home.noTeamChosen')}</option>}
              {teams.map((tm) => (
                <option key={tm.id} value={tm.id}>
                  {text(tm.label)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </section>

      <section aria-labelledby="about-storage">
        <h2 id="about-storage">{t('about.storage')}</h2>
        <Text as="p" block className={styles.unbroken}>
          {config.mode === 'local' ? t('about.storageLocal', { url: config.graphBaseUrl }) : t('about.storageTenant', { site: config.siteId })}
        </Text>
        <Text as="p" block>{services.queue ? t('about.queue', { count: queue.pending }) : t('about.noQueue')}</Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('about.appVersion')}</dt>
          <dd className={styles.detail}>{config.appVersion}</dd>
          <dt className={styles.term}>{t('about.mode')}</dt>
          <dd className={styles.detail}>{config.mode === 'local' ? t('about.modeLocal') : t('about.modeTenant')}</dd>
        </dl>
      </section>
    </div>
  );
}
