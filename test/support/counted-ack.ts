// An acknowledgement as the figures count it, for the metrics specs: roads-1 applied in a procurement
// document by person-KEY of team inkoop on 1 June 2026; a test overrides what it is about.
import type { Acknowledgement } from '../../src/domain/acknowledgement';

export function countedAck(key: string | number, fields: Partial<Acknowledgement> = {}): Acknowledgement {
  return {
    ackKey: String(key),
    checklistItemId: 'roads-1',
    checklistId: 'roads',
    decision: 'applied',
    contextType: 'procurement',
    contextRef: `doc-${key}`,
    source: 'tab',
    staffAadId: `person-${key}`,
    team: 'inkoop',
    contentVersion: '1',
    appVersion: '1',
    ackAt: '2026-06-01T09:00:00Z',
    ...fields,
  };
}
