// One checklist item in full: its text, the guidance, how to check it, where it comes from, its facts, the checklist
// it belongs to, and its text in the other language. The message extension links here.
import { Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CopyButton } from '../../../components/copy-button';
import { parametersOf } from '../../../../domain/content/apply-policy';
import { sourceLine } from '../../../../domain/content/criterion-source';
import { CriterionBadges, useMinimumBadges } from '../../../components/criterion-badges';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useContent } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '760px' },
  text: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  muted: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalL },
});

export function CriterionDetailPage(props: PageProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const text = useLocalised();
  const { state, retry } = useContent();
  const minimum = useMinimumBadges(state.status === 'ready' ? state.value.pack : undefined);
  const itemId = props.params.itemId ?? '';

  if (state.status === 'loading') return <PageLoading label={t('content.loading')} />;
  if (state.status === 'error') return <ErrorState title={t('content.failed')} error={state.error} onRetry={retry} />;
  const found = state.value.lookup.item(itemId);
  if (!found) {
    return (
      <section aria-labelledby="criterion-missing">
        <h1 id="criterion-missing">{t('criterion.notFoundTitle')}</h1>
        <EmptyState title={t('criterion.notFoundTitle')} hint={t('criterion.notFoundHint', { id: itemId })} action={<Link href="#/checklists">{t('criterion.toChecklists')}</Link>} />
      </section>
    );
  }
  const { item, checklist } = found;
  const other = language === 'nl' ? 'en' : 'nl';
  const parameters = parametersOf(state.value.pack, item.id);
  const scopeQuery = checklist.productGroup ? { group: checklist.productGroup } : { checklist: checklist.id };
  return (
    <article aria-labelledby="criterion-title">
      <Text as="p" block className={styles.muted}>
        <Link href={hrefFor('/checklists', scopeQuery)}>{text(checklist.title)}</Link>
      </Text>
      <h1 id="criterion-title">{t('criterion.title')}</h1>
      <Card className={styles.card}>
        <Text className={styles.text} data-testid="criterion-text">
          {text(item.text)}
        </Text>
        <CriterionBadges item={item} {...minimum(item.ambition, checklist.productGroup)} />
        <div>
          <CopyButton text={text(item.text)} label={t('criterion.copyForTender')} />
        </div>
      </Card>
      <section className={styles.section} aria-labelledby="criterion-guidance">
        <h2 id="criterion-guidance">{t('criterion.guidance')}</h2>
        <Text as="p" block>{text(item.guidance)}</Text>
      </section>
      <section className={styles.section} aria-labelledby="criterion-verification">
        <h2 id="criterion-verification">{t('criterion.verification')}</h2>
        <Text as="p" block>{text(item.verification)}</Text>
      </section>
      <section className={styles.section} aria-labelledby="criterion-source">
        <h2 id="criterion-source">{t('criterion.source')}</h2>
        <Text as="p" block data-testid="criterion-source">
          {sourceLine(item.source, language)}
        </Text>
        {item.source.url && (
          <Link href={item.source.url} target="_blank" rel="noreferrer">
            {t('criterion.sourceLink')}
          </Link>
        )}
        {parameters.length > 0 && (
          <ul data-testid="criterion-parameters">
            {parameters.map((p) => (
              <li key={p.id}>
                {t('criterion.parameter', { label: text(p.label), value: text(p.value), source: sourceLine(p.source, language) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="criterion-other">
        <h2 id="criterion-other">{t(other === 'en' ? 'criterion.inEnglish' : 'criterion.inDutch')}</h2>
        <Text as="p" block lang={other}>
          {item.text[other]}
        </Text>
      </section>
    </article>
  );
}
