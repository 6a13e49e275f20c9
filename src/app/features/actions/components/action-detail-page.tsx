// One programme action: what it is, who owns it, in which phase and theme, how progress is
// measured, and the product groups whose checklists belong to it. The message extension links here.
import { Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { readyValue, useContent, useProgramme, useProgrammeOf } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, listStyleType: 'none', padding: 0, margin: 0 },
});

export function ActionDetailPage(props: PageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const slim = useProgramme();
  const full = useContent();
  const programme = useProgrammeOf(readyValue(full.state)) ?? readyValue(slim.state);
  const actionId = props.params.actionId ?? '';

  if (!programme) {
    if (slim.state.status === 'error') return <ErrorState title={t('content.failed')} error={slim.state.error} onRetry={slim.retry} />;
    return <PageLoading label={t('content.loading')} />;
  }
  const action = programme.actions.find((a) => a.id === actionId);
  if (!action) {
    return (
      <section aria-labelledby="action-missing">
        <h1 id="action-missing">{t('action.notFoundTitle')}</h1>
        <EmptyState title={t('action.notFoundTitle')} hint={t('action.notFoundHint', { id: actionId })} action={<Link href="#/">{t('notFound.home')}</Link>} />
      </section>
    );
  }
  const p = programme.programme;
  const groupLabel = (id: string) => text(programme.productGroups.find((g) => g.id === id)?.label) || id;
  return (
    <article aria-labelledby="action-title">
      <Text as="p" block>{t('action.kicker')}</Text>
      <h1 id="action-title">{text(action.title)}</h1>
      <Card className={styles.card}>
        <Text as="p" block>{text(action.description)}</Text>
        <dl className={styles.facts}>
          <dt className={styles.term}>{t('action.owner')}</dt>
          <dd className={styles.detail}>{text(p.teams.find((tm) => tm.id === action.ownerTeam)?.label) || action.ownerTeam}</dd>
          <dt className={styles.term}>{t('action.phase')}</dt>
          <dd className={styles.detail}>{text(p.phases.find((ph) => ph.id === action.phase)?.label) || action.phase}</dd>
          <dt className={styles.term}>{t('action.theme')}</dt>
          <dd className={styles.detail}>{text(p.themes.find((th) => th.id === action.theme)?.label) || action.theme}</dd>
          <dt className={styles.term}>{t('action.indicator')}</dt>
          <dd className={styles.detail}>{text(action.indicator)}</dd>
        </dl>
      </Card>
      {action.productGroups.length > 0 && (
        <section aria-labelledby="action-groups">
          <h2 id="action-groups">{t('action.checklists')}</h2>
          <ul className={styles.groups}>
            {action.productGroups.map((id) => (
              <li key={id}>
                <Link href={hrefFor('/checklists', { group: id })}>{groupLabel(id)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
