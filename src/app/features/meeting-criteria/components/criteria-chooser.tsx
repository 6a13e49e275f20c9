// Choosing criteria for a meeting from what it is about: suggestions for the text, the picker, and
// one button that attaches (Teams) or inserts and attaches (Outlook). What the button does is the
// caller's; this part shows the progress, the outcome and any error. The caller throws only when
// nothing was changed; a partial success (the invite changed, the rest failed) is a warning outcome.
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import { useAnnounce } from '../../../components/announcer';
import { ErrorExplanation, ForAdministrator } from '../../../components/error-explanation';
import { useI18n } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';
import { CriteriaKeptByOwnerError } from '../lib/attach';
import { useMeetingSuggestions } from '../lib/suggestions';
import { CriteriaPicker } from './criteria-picker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export interface ChooserOutcome {
  intent: 'success' | 'warning';
  message: string;
  /** a failure behind a warning, explained below the message (its kind, and its raw message for the administrator) */
  error?: unknown;
  /** a raw message for the administrator line only, where the message already says what happened */
  forAdministrator?: string;
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
  const [state, setState] = useState<{ step: 'idle' } | { step: 'busy' } | { step: 'done'; outcome: ChooserOutcome } | { step: 'failed'; error: unknown }>({ step: 'idle' });

  const submit = async () => {
    setState({ step: 'busy' });
    try {
      const outcome = await props.onSubmit([...selected]);
      setState({ step: 'done', outcome });
      announce(outcome.message);
    } catch (error) {
      setState({ step: 'failed', error });
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
          <MessageBarBody>
            {state.outcome.message}
            {state.outcome.error !== undefined && <ErrorExplanation error={state.outcome.error} />}
            <ForAdministrator detail={state.outcome.forAdministrator} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === 'failed' && (
        <MessageBar intent="error" role="alert">
          {/* thrown before anything was changed: what changes the invite and then fails is an outcome (see ChooserOutcome) */}
          <MessageBarBody>
            {state.error instanceof CriteriaKeptByOwnerError ? (
              t('meeting.keptByOwnerRefused')
            ) : (
              <>
                {t('meeting.attachFailedDetail')}
                <ErrorExplanation error={state.error} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
