// The configuration page of the tab when it is added to a meeting: nothing to choose, the tab shows
// the meeting's criteria. Save is enabled at once and stores the meeting page's address.
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import type { PageProps } from '../../../lib/page-props';
import { useServices } from '../../../lib/services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
});

/** the address a meeting's tab opens */
export function meetingTabUrl(origin: string): string {
  return `${origin}/#/meeting`;
}

export const MEETING_TAB_ENTITY_ID = 'meeting-criteria';

export function MeetingConfigPage(_props: PageProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { host } = useServices();
  const tabConfig = host.capabilities.tabConfig;

  useEffect(() => {
    if (!tabConfig) return;
    tabConfig.onSave(() => {
      const url = meetingTabUrl(window.location.origin);
      return { contentUrl: url, websiteUrl: url, entityId: MEETING_TAB_ENTITY_ID, suggestedDisplayName: t('meeting.tabName') };
    });
    tabConfig.setValid(true);
    // registered once per host; the tab's name is in the language the page opened with
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabConfig]);

  return (
    <section className={styles.root} aria-labelledby="meeting-config-title">
      <h1 id="meeting-config-title">{t('meeting.configTitle')}</h1>
      <Text as="p">{t('meeting.configIntro')}</Text>
      {!tabConfig && (
        <MessageBar intent="info">
          <MessageBarBody>{t('config.outsideTeams')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * the configurable tab has one configuration address for channels, chats and meetings: a meeting
 * gets this page, everything else the page given
 */
export function withMeetingConfig<P extends PageProps>(OtherConfigPage: (props: P) => ReactNode) {
  return function ConfigPage(props: P) {
    const { host } = useServices();
    return host.meeting ? <MeetingConfigPage {...props} /> : <OtherConfigPage {...props} />;
  };
}
