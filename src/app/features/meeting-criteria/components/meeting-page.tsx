// The meeting's criteria in Teams: the tab in a meeting's details and chat (`/meeting`), the side
// panel during the meeting (frame context 'sidePanel'), and the meeting's page that the chat link
// opens (`/meetings/{id}`). The organizer (or anyone, where Teams does not say who organizes)
// chooses criteria suggested from the meeting's title and agenda and shares them to the chat;
// everyone sees them and records decisions against the meeting.
import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { ownsMeetingCriteria } from '../../../../domain/meetings/attachment';
import { EmptyState, ErrorState, PageLoading } from '../../../components/page-states';
import { useLoadable } from '../../../hooks/use-loadable';
import { useContent, type ContentValue } from '../../../lib/content';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';
import { useAttachCriteria } from '../lib/attach';
import { useMeetingInfo, type MeetingInfo } from '../lib/meeting-context';
import { useMeetingCriteria } from '../lib/meeting-criteria-service';
import { AttachedCriteria } from './attached-criteria';
import { CriteriaChooser } from './criteria-chooser';
import { ShareToChat } from './share-to-chat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '900px' },
  compact: { gap: tokens.spacingVerticalM },
  // the side panel is about 320 pixels wide: a smaller heading that still wraps cleanly
  compactTitle: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** the first line of what the organizer typed, as the meeting's subject when Teams gives no title */
const firstLine = (text: string) => text.trim().split('\n')[0]?.trim().slice(0, 255) ?? '';

function Chooser(props: { info: MeetingInfo; content: ContentValue; existing?: MeetingCriteria; onAttached(criteria: MeetingCriteria, message: string): void }) {
  const { t, tp } = useI18n();
  const { pack, lookup } = props.content;
  const { session } = useServices();
  const attach = useAttachCriteria('meeting', pack.meta.version);
  // someone else attached first: this person adds to their criteria and cannot remove them
  const owner = ownsMeetingCriteria(props.existing, session.user.id);
  const title = props.info.details?.title ?? props.existing?.subject ?? '';
  const [text, setText] = useState(title);
  const typed = useRef(false);
  // the title arrives after the page: fill it in unless the organizer has typed already
  useEffect(() => {
    if (!typed.current && title) setText(title);
  }, [title]);

  return (
    <>
      <Field label={t('meeting.aboutLabel')} hint={props.info.details?.title ? t('meeting.aboutHintTitle') : t('meeting.aboutHintNoTitle')}>
        <Textarea
          value={text}
          resize="vertical"
          maxLength={4000}
          onChange={(_, data) => {
            typed.current = true;
            setText(data.value);
          }}
        />
      </Field>
      <CriteriaChooser
        pack={pack}
        lookup={lookup}
        text={text}
        attachedIds={props.existing?.checklistItemIds ?? []}
        {...(owner ? {} : { keptIds: props.existing?.checklistItemIds ?? [] })}
        submitLabel={owner ? t('meeting.attachButton') : t('meeting.addButton')}
        onSubmit={async (itemIds) => {
          const outcome = await attach({
            meetingId: props.info.meetingId,
            subject: props.info.details?.title ?? (firstLine(text) || props.existing?.subject || ''),
            start: props.info.details?.start,
            itemIds,
          });
          const message = tp('meeting.attachedDone', outcome.criteria.checklistItemIds.length);
          props.onAttached(outcome.criteria, message);
          return { intent: 'success', message };
        }}
      />
    </>
  );
}

function MeetingCriteriaView(props: { info: MeetingInfo; content: ContentValue; linkPage: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { host, session } = useServices();
  const store = useMeetingCriteria();
  const { meetingId } = props.info;
  const loaded = useLoadable(() => store.get(meetingId), [store, meetingId]);
  const [saved, setSaved] = useState<{ criteria: MeetingCriteria; message: string }>();
  const [choosing, setChoosing] = useState(false);
  const compact = host.frameContext === 'sidePanel';
  const canChoose = !props.linkPage && props.info.role !== 'attendee';

  if (loaded.state.status === 'loading') return <PageLoading label={t('meeting.loading')} />;
  if (loaded.state.status === 'error') return <ErrorState title={t('meeting.loadFailed')} error={loaded.state.error} onRetry={loaded.retry} />;
  const criteria = saved?.criteria ?? loaded.state.value;
  const showChooser = canChoose && (choosing || !criteria);

  return (
    <>
      {/* a link's page has no host to name the meeting: the subject stored with its criteria does */}
      {!props.info.details?.title && criteria?.subject && (
        <Text className={styles.subtitle} data-testid="meeting-subject">
          {criteria.subject}
        </Text>
      )}
      {saved && !choosing && (
        <MessageBar intent="success" data-testid="attach-notice">
          <MessageBarBody>{saved.message}</MessageBarBody>
        </MessageBar>
      )}
      {criteria ? (
        <section className={styles.section} aria-labelledby="attached-title" data-testid="attached-criteria">
          <h2 id="attached-title">{t('meeting.attachedTitle')}</h2>
          <Text className={styles.subtitle}>{t('meeting.decideHint')}</Text>
          <AttachedCriteria
            key={criteria.checklistItemIds.join(' ')}
            criteria={criteria}
            lookup={props.content.lookup}
            contentVersion={props.content.pack.meta.version}
            compact={compact}
            // the side panel is the bare `/meeting` page: a criterion's page would replace it with the whole app
            linked={!compact}
          />
        </section>
      ) : (
        !canChoose && <EmptyState title={t('meeting.noneTitle')} hint={t('meeting.noneHintAttendee')} />
      )}
      {canChoose && criteria && !choosing && (
        <div>
          <Button onClick={() => setChoosing(true)}>{ownsMeetingCriteria(criteria, session.user.id) ? t('meeting.changeButton') : t('meeting.addButton')}</Button>
        </div>
      )}
      {showChooser && (
        <section className={styles.section} aria-labelledby="choose-title" data-testid="choose-criteria">
          <h2 id="choose-title">{t('meeting.chooseTitle')}</h2>
          {props.info.role === 'unknown' && !props.info.loading && <Text size={200}>{t('meeting.roleUnknown')}</Text>}
          <Chooser
            info={props.info}
            content={props.content}
            existing={criteria}
            onAttached={(next, message) => {
              setSaved({ criteria: next, message });
              setChoosing(false);
            }}
          />
        </section>
      )}
      {canChoose && criteria && <ShareToChat criteria={criteria} lookup={props.content.lookup} />}
    </>
  );
}

function MeetingPage(props: { meetingIdFromLink?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { host } = useServices();
  const content = useContent();
  const info = useMeetingInfo(props.meetingIdFromLink);
  const compact = host.frameContext === 'sidePanel';
  return (
    <section className={compact ? `${styles.root} ${styles.compact}` : styles.root} aria-labelledby="meeting-title">
      <h1 id="meeting-title" className={compact ? styles.compactTitle : undefined}>
        {t('meeting.title')}
      </h1>
      {info?.details?.title && (
        <Text className={styles.subtitle} data-testid="meeting-subject">
          {info.details.title}
        </Text>
      )}
      {!info ? (
        <EmptyState title={t('meeting.notInMeetingTitle')} hint={t('meeting.notInMeetingHint')} action={<a href={hrefFor('/check')}>{t('meeting.toCheck')}</a>} />
      ) : content.state.status === 'loading' ? (
        <PageLoading label={t('content.loading')} />
      ) : content.state.status === 'error' ? (
        <ErrorState title={t('content.failed')} error={content.state.error} onRetry={content.retry} />
      ) : (
        <MeetingCriteriaView key={info.meetingId} info={info} content={content.state.value} linkPage={!!props.meetingIdFromLink} />
      )}
    </section>
  );
}

/** `/meeting`: the tab in a meeting (details, chat, side panel) */
export function MeetingTabPage(_props: PageProps) {
  return <MeetingPage />;
}

/** `/meetings/{meetingId}`: the meeting's page, as the link in the chat opens it */
export function MeetingLinkPage(props: PageProps) {
  return <MeetingPage meetingIdFromLink={props.params.meetingId} />;
}
