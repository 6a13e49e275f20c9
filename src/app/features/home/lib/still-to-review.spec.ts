import { buildAcknowledgement } from '../../../lib/record-decision';
import { actionsByPhase } from './actions-by-phase';
import { stillToReview } from './still-to-review';
import { realPack } from '../../../../../test/support/app/fakes';

const ack = (item: string, decision: 'applied' | 'later', at: string, contextRef = 'doc:1') =>
  buildAcknowledgement({
    subject: { checklistItemId: item, checklistId: 'roads' },
    context: { contextType: 'procurement', contextRef },
    input: { decision },
    staffAadId: 'oid',
    contentVersion: '1',
    appVersion: '1',
    now: new Date(at),
  });

describe('Home’s lists', () => {
  it('brings back items set to later, until a later decision settles them in that context', () => {
    const acks = [
      ack('a', 'later', '2026-11-01T10:00:00Z'),
      ack('a', 'applied', '2026-11-02T10:00:00Z'),
      ack('b', 'later', '2026-11-03T10:00:00Z'),
      ack('a', 'later', '2026-11-04T10:00:00Z', 'doc:2'),
    ];
    expect(stillToReview(acks).map((a) => `${a.checklistItemId}@${a.contextRef}`)).toEqual(['a@doc:2', 'b@doc:1']);
  });

  it('shows a team’s actions by phase in the programme’s order, and none without a team', () => {
    const pack = realPack();
    const groups = actionsByPhase(pack.actions, 'inkoop');
    expect(groups.map((g) => g.phase)).toEqual([...groups.map((g) => g.phase)].sort((x, y) => ['learn', 'scale', 'embed'].indexOf(x) - ['learn', 'scale', 'embed'].indexOf(y)));
    expect(groups.flatMap((g) => g.actions).every((a) => a.ownerTeam === 'inkoop')).toBe(true);
    expect(groups.flatMap((g) => g.actions).length).toBe(pack.actions.filter((a) => a.ownerTeam === 'inkoop').length);
    expect(actionsByPhase(pack.actions, undefined)).toEqual([]);
  });
});
