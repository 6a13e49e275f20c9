// Copies a text for use elsewhere (a criterion into a tender). The Clipboard API can be refused in
// an embedded frame, so a hidden text field and the older copy command are the fallback.
import { Button } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useAnnounce } from './announcer';
import { useI18n } from '../lib/i18n';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the older way
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.appendChild(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

export function CopyButton(props: { text: string; label?: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  return (
    <Button
      icon={<CopyRegular />}
      onClick={async () => announce((await copyText(props.text)) ? t('copy.done') : t('copy.failed'))}
    >
      {props.label ?? t('copy.text')}
    </Button>
  );
}
