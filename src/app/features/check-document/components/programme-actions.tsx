// The programme actions that fit the draft, with the team that owns each, as the command line's
// `match` lists them: the person sees whose work their document touches.
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { MatchResult } from '../../../../domain/matcher';
import { hrefFor } from '../../../lib/hash-route';
import { useI18n } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  owner: { color: tokens.colorNeutralForeground2 },
});

/** as many as the command line shows */
export const SHOWN_ACTIONS = 5;

/** `linked` off where the action's page cannot open (the Word pane has no pages of its own) */
export function ProgrammeActions(props: { result: MatchResult; lookup: ContentLookup; linked?: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  const text = useLocalised();
  const actions = props.result.actions.flatMap((match) => {
    const action = props.lookup.action(match.id);
    return action ? [action] : [];
  });
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" data-testid="programme-actions">
      <h2 id="actions-title">{t('check.actionsTitle')}</h2>
      <ul className={styles.list}>
        {actions.slice(0, SHOWN_ACTIONS).map((action) => (
          <li key={action.id} data-testid="programme-action" data-action-id={action.id}>
            {props.linked === false ? <Text weight="semibold">{text(action.title)}</Text> : <Link href={hrefFor(`/actions/${encodeURIComponent(action.id)}`)}>{text(action.title)}</Link>}{' '}
            <Text className={styles.owner}>{t('check.actionOwner', { team: text(props.lookup.teamLabel(action.ownerTeam)) || action.ownerTeam })}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
