// Posting the attached criteria to the meeting chat. TeamsJS gives a tab no call that posts a card;
// Share to Teams (sharing.shareWebContent) opens Teams' own share dialog with the meeting's page
// and a message listing the criteria, and the organizer sends it to the meeting chat there. Where
// the host has no share dialog (a browser, a stage view) the same text is copied for pasting.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ShareRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import { useAnnounce } from '../../../components/announcer';
import { CopyButton } from '../../../components/copy-button';
import { ErrorExplanation } from '../../../components/error-explanation';
import { useI18n } from '../../../lib/i18n';
import { useServices } from '../../../lib/services';
import { useLocalised } from '../../../lib/taxonomy';
import { meetingPageUrl } from '../lib/meeting-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** the chat message: a heading and one line per criterion (plain text: the compose box takes no markup) */
export function chatMessageOf(heading: string, lines: readonly string[], closing: string): string {
  return [heading, ...lines.map((line) => `• ${line}`), closing].join('\n');
}

export function ShareToChat(props: { criteria: MeetingCriteria; lookup: ContentLookup }) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const announce = useAnnounce();
  const { host } = useServices();
  const [error, setError] = useState<unknown>();
  const url = meetingPageUrl(window.location.origin, props.criteria.meetingId);
  const lines = props.criteria.checklistItemIds.map((id) => props.lookup.item(id)).flatMap((found) => (found ? [text(found.item.text)] : []));
  const message = chatMessageOf(t('meeting.chatHeading'), lines, t('meeting.chatClosing'));
  const share = host.capabilities.share;

  return (
    <section className={styles.root} aria-labelledby="share-title">
      <h2 id="share-title">{t('meeting.shareTitle')}</h2>
      {share ? (
        <>
          <Text>{t('meeting.shareHint')}</Text>
          <div>
            <Button
              icon={<ShareRegular />}
              onClick={async () => {
                setError(undefined);
                try {
                  await share({ url, message });
                  announce(t('meeting.shareOpened'));
                } catch (e) {
                  setError(e ?? new Error('sharing failed'));
                }
              }}
            >
              {t('meeting.shareButton')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <Text>{t('meeting.copyHint')}</Text>
          <div>
            <CopyButton text={`${message}\n${url}`} label={t('meeting.copyButton')} />
          </div>
        </>
      )}
      {error !== undefined && (
        <div role="alert">
          <Text className={styles.error}>{t('meeting.shareFailed')}</Text>
          <ErrorExplanation error={error} />
        </div>
      )}
    </section>
  );
}
