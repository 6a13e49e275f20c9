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

/**
 * the body was written, but the criteria block in it could not be confirmed: Outlook did not keep
 * it, doubled it, or the body could not be read back. Unlike any failure before the write, the
 * invite has changed, so the person must look at it rather than be told that nothing happened
 */
export class CriteriaBlockLost extends Error {
  override readonly name = 'CriteriaBlockLost';
}

export async function insertCriteriaIntoInvite(appointment: AppointmentCapability, block: string): Promise<InsertOutcome> {
  const { body } = await appointment.read();
  const replaced = findCriteriaBlocks(body).length > 0;
  await appointment.writeBody(upsertCriteriaBlock(body, block));
  let written: string;
  try {
    written = (await appointment.read()).body;
  } catch (error) {
    throw new CriteriaBlockLost(`the invite could not be read back after writing (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const after = findCriteriaBlocks(written);
  if (after.length !== 1) {
    throw new CriteriaBlockLost(after.length === 0 ? 'Outlook did not keep the criteria in the invite' : 'the invite holds more than one criteria block');
  }
  return { replaced, itemIds: after[0]!.itemIds };
}
