// The Outlook task pane beside an invite the organizer is composing: it reads the subject and
// agenda, suggests criteria, inserts the chosen ones into the invite as one marked block (again:
// replaced, never doubled) and records the attachment under the meeting's key. The invite gets its
// criteria even when the list cannot be reached; the pane then says that recording failed.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import { ownsMeetingCriteria } from '../../../../domain/meetings/attachment';
import { buildCriteriaBlock, findCriteriaBlocks } from '../../../../domain/meetings/criteria-block';
import { meetingTextOf } from '../../../../domain/meetings/meeting-text';
import type { AppointmentCapability } from '../../../../hosts/host-context';
import { CriteriaBlockLost, insertCriteriaIntoInvite, type InsertOutcome } from '../../../../hosts/office/outlook/insert-criteria';
import { ErrorExplanation } from '../../../components/error-explanation';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import type { MeetingKit } from '../lib/meeting-kit';
import { pageHash } from '../../../../domain/app-pages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  read: { color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  // the task pane is a narrow column: a heading that wraps cleanly there
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
});

interface InviteState {
  subject: string;
  body: string;
  start?: string;
  meetingKey: string;
}

/** the app page of a meeting (as the Teams feature links it) */
const meetingLink = (key: string) => `${window.location.origin}/${pageHash({ kind: 'meeting', id: key })}`;
const criterionLink = (id: string) => `${window.location.origin}/${pageHash({ kind: 'criterion', id })}`;

function blockItems(ids: readonly string[], lookup: ContentLookup, language: 'nl' | 'en') {
  return ids.flatMap((id) => {
    const found = lookup.item(id);
    return found ? [{ id, text: found.item.text[language], context: found.checklist.title[language], link: criterionLink(id) }] : [];
  });
}

function InvitePane(props: { appointment: AppointmentCapability; content: ContentValue; kit: MeetingKit }) {
  const styles = useStyles();
  const { t, tp, language } = useI18n();
  const { pack, lookup } = props.content;
  const { session } = useServices();
  const { Chooser } = props.kit;
  const store = props.kit.useCriteria();
  const attach = props.kit.useAttach('outlook', pack.meta.version);
  const invite = useLoadable(async (): Promise<InviteState> => {
    const read = await props.appointment.read();
    return { ...read, meetingKey: await props.appointment.meetingKey() };
  }, [props.appointment]);
  const value = invite.state.status === 'ready' ? invite.state.value : undefined;
  const existing = useLoadable(async () => (value ? store.get(value.meetingKey) : undefined), [store, value?.meetingKey]);
  const text = useMemo(() => (value ? meetingTextOf(value.subject, value.body) : ''), [value]);
  const inBody = useMemo(() => (value ? (findCriteriaBlocks(value.body)[0]?.itemIds ?? []) : []), [value]);

  if (invite.state.status === 'loading') return <PageLoading label={t('outlook.reading')} />;
  if (invite.state.status === 'error') return <ErrorState title={t('outlook.readFailed')} error={invite.state.error} onRetry={invite.retry} />;
  const current = invite.state.value;
  const previous = existing.state.status === 'ready' ? existing.state.value : undefined;
  const attachedIds = [...new Set([...inBody, ...(previous?.checklistItemIds ?? [])])];
  // attached first by someone else (in the Teams meeting, say): kept, this pane only adds to them
  const keptIds = previous && !ownsMeetingCriteria(previous, session.user.id) ? previous.checklistItemIds : undefined;

  return (
    <>
      <div className={styles.header}>
        <Text weight="semibold">{current.subject || t('outlook.noSubject')}</Text>
        <Button size="small" icon={<ArrowSyncRegular />} onClick={invite.retry}>
          {t('outlook.readAgain')}
        </Button>
      </div>
      <details>
        <summary>{t('outlook.readText')}</summary>
        <Text as="p" className={styles.read} data-testid="invite-text">
          {text || t('outlook.emptyInvite')}
        </Text>
      </details>
      {inBody.length > 0 && <Text data-testid="block-present">{tp('outlook.blockPresent', inBody.length)}</Text>}
      {existing.state.status === 'error' && (
        <div role="alert">
          <Text>{t('outlook.attachedUnknown')}</Text>
          <ErrorExplanation error={existing.state.error} />
        </div>
      )}
      <Chooser
        key={`${current.meetingKey}:${attachedIds.join(' ')}`}
        pack={pack}
        lookup={lookup}
        text={text}
        attachedIds={attachedIds}
        {...(keptIds ? { keptIds } : {})}
        submitLabel={inBody.length > 0 ? t('outlook.replaceButton') : t('outlook.insertButton')}
        onSubmit={async (itemIds) => {
          const block = buildCriteriaBlock({ language, items: blockItems(itemIds, lookup, language), meetingLink: meetingLink(current.meetingKey) });
          let inserted: InsertOutcome;
          try {
            inserted = await insertCriteriaIntoInvite(props.appointment, block);
          } catch (error) {
            // written but not confirmed: the invite changed, so 'nothing was changed' would be false
            if (error instanceof CriteriaBlockLost) return { intent: 'warning', message: t('outlook.blockUnchecked'), forAdministrator: error.message };
            throw error;
          }
          let recorded: string;
          try {
            await attach({ meetingId: current.meetingKey, subject: current.subject, start: current.start, itemIds });
            recorded = t('outlook.recorded');
          } catch (error) {
            return { intent: 'warning', message: t('outlook.insertedNotRecorded'), error };
          }
          const done = inserted.replaced ? tp('outlook.replaced', itemIds.length) : tp('outlook.inserted', itemIds.length);
          return { intent: 'success', message: `${done} ${recorded}` };
        }}
      />
    </>
  );
}

export function OutlookPanePage(props: PageProps & { kit: MeetingKit }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { host } = useServices();
  const content = useContent();
  const appointment = host.capabilities.appointment;
  return (
    <section className={styles.root} aria-labelledby="pane-title">
      <h1 id="pane-title" className={styles.title}>
        {t('outlook.title')}
      </h1>
      {!appointment ? (
        <EmptyState title={t('outlook.noInviteTitle')} hint={t('outlook.noInviteHint')} />
      ) : content.state.status === 'loading' ? (
        <PageLoading label={t('content.loading')} />
      ) : content.state.status === 'error' ? (
        <ErrorState title={t('content.failed')} error={content.state.error} onRetry={content.retry} />
      ) : (
        <InvitePane appointment={appointment} content={content.state.value} kit={props.kit} />
      )}
    </section>
  );
}
