// A team's programme actions in the order of the programme's route: learn, scale, embed.
import type { ProgrammeAction } from '../../../../domain/content/model';
import { PHASES, type Phase } from '../../../../domain/taxonomy';

export function actionsByPhase(actions: readonly ProgrammeAction[], team: string | undefined): { phase: Phase; actions: ProgrammeAction[] }[] {
  const mine = team ? actions.filter((a) => a.ownerTeam === team) : [];
  return PHASES.map((phase) => ({ phase, actions: mine.filter((a) => a.phase === phase) })).filter((group) => group.actions.length > 0);
}
