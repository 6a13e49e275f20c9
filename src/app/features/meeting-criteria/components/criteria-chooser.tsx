// Choosing criteria for a meeting from what it is about: suggestions for the text, the picker, and
// one button that attaches (Teams) or inserts and attaches (Outlook). What the button does is the
// caller's; this part shows the progress, the outcome and any error.
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import { useAnnounce } from '../../../components/announcer';
import { useI18n } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';
import { useMeetingSuggestions } from '../lib/suggestions';
import { CriteriaPicker } from './criteria-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface ChooserOutcome {
  intent: 'success' | 'warning';
  message: string;
}

export interface CriteriaChooserProps {
  pack: ContentPack;
  lookup: ContentLookup;
  /** what the meeting is about: its title and agenda */
  text: string;
  attachedIds: readonly string[];
  /** attached by the person who owns the meeting's criteria, when that is someone else: they stay */
  keptIds?: readonly string[];
  submitLabel: string;
  onSubmit(itemIds: string[]): Promise<ChooserOutcome>;
}

export function CriteriaChooser(props: CriteriaChooserProps) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const text = useLocalised();
  const announce = useAnnounce();
  const suggestions = useMeetingSuggestions(props.pack, props.lookup, props.text);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set([...props.attachedIds, ...(props.keptIds ?? [])]));
  const kept = (props.keptIds?.length ?? 0) > 0;
  const [state, setState] = useState<{ step: 'idle' } | { step: 'busy' } | { step: 'done'; outcome: ChooserOutcome } | { step: 'failed'; message: string }>({ step: 'idle' });

  const submit = async () => {
    setState({ step: 'busy' });
    try {
      const outcome = await props.onSubmit([...selected]);
      setState({ step: 'done', outcome });
      announce(outcome.message);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ step: 'failed', message });
      announce(t('meeting.attachFailed'));
    }
  };

  const groups = suggestions.groups.map((g) => text(props.lookup.productGroup(g)?.label)).filter(Boolean);
  return (
    <div className={styles.root}>
      <Text role="status" aria-live="polite" data-testid="suggestion-status" data-relevant={suggestions.relevant ? 'yes' : 'no'} data-project={suggestions.projectMeeting ? 'yes' : 'no'}>
        {!suggestions.ready
          ? t('meeting.preparing')
          : !props.text.trim()
            ? t('meeting.describeFirst')
            : suggestions.relevant
              ? t('meeting.suggestedBecause', { groups: groups.join(', ') })
              : suggestions.projectMeeting
                ? t('meeting.projectWithoutGroups', { words: suggestions.projectWords.join(', ') })
                : t('meeting.noSuggestions')}
      </Text>
      {kept && (
        <MessageBar intent="info" data-testid="kept-criteria-note">
          <MessageBarBody>{t('meeting.keptByOwner')}</MessageBarBody>
        </MessageBar>
      )}
      <CriteriaPicker
        pack={props.pack}
        lookup={props.lookup}
        suggested={suggestions.suggested}
        attachedIds={props.attachedIds}
        {...(props.keptIds ? { keptIds: props.keptIds } : {})}
        selected={selected}
        onChange={(next) => {
          setSelected(next);
          if (state.step !== 'busy') setState({ step: 'idle' });
        }}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={selected.size === 0 || state.step === 'busy'} onClick={() => void submit()}>
          {props.submitLabel}
        </Button>
        <Text>{tp('meeting.chosenCount', selected.size)}</Text>
        {state.step === 'busy' && <Spinner size="tiny" label={t('meeting.saving')} />}
      </div>
      {state.step === 'done' && (
        <MessageBar intent={state.outcome.intent} data-testid="chooser-outcome">
          <MessageBarBody>{state.outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('meeting.attachFailedDetail', { message: state.message })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
