// In the message extension's compose dialog: hand the checked draft back to the bot, which inserts
// a card with the criteria into the message. Without a dialog host (a browser tab) it says where
// this works instead of offering a button that cannot.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useI18n } from '../../../lib/i18n';
import type { DialogCapability } from '../../../../hosts/host-context';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** what the compose action of the message extension reads (src/bot/handlers/draft-check.ts) */
export interface DraftSubmission {
  text: string;
  contextRef?: string;
  itemIds: string[];
}

export function DialogSubmitBar(props: { dialog?: DialogCapability; submission: DraftSubmission | undefined }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!props.dialog) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('check.dialogUnavailable')}</MessageBarBody>
      </MessageBar>
    );
  }
  const dialog = props.dialog;
  return (
    <div className={styles.bar}>
      <Button appearance="primary" icon={<SendRegular />} disabled={!props.submission} onClick={() => props.submission && dialog.submit(props.submission)}>
        {t('check.insertCard')}
      </Button>
    </div>
  );
}
