// Putting the chosen criteria into the invite: the body is read, the app's block replaced (or
// added once) and the body written back whole. Outlook's own editor may rewrite what it is given,
// so the body is read again to confirm that exactly one block is there.
import { findCriteriaBlocks, upsertCriteriaBlock } from '../../../domain/meetings/criteria-block';
import type { AppointmentCapability } from '../../host-context';

export interface InsertOutcome {
  /** an earlier block was replaced rather than a new one added */
  replaced: boolean;
  /** the item ids the invite now carries */
  itemIds: string[];
}

export class CriteriaBlockLost extends Error {
  override readonly name = 'CriteriaBlockLost';
}

export async function insertCriteriaIntoInvite(appointment: AppointmentCapability, block: string): Promise<InsertOutcome> {
  const { body } = await appointment.read();
  const replaced = findCriteriaBlocks(body).length > 0;
  await appointment.writeBody(upsertCriteriaBlock(body, block));
  const after = findCriteriaBlocks((await appointment.read()).body);
  if (after.length !== 1) {
    throw new CriteriaBlockLost(after.length === 0 ? 'Outlook did not keep the criteria in the invite' : 'the invite holds more than one criteria block');
  }
  return { replaced, itemIds: after[0]!.itemIds };
}
