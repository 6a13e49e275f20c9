// What the Outlook pane needs from the meeting feature: the criteria chooser, the store of attached
// criteria and the attach action. Features do not import each other, so the Outlook surface hands
// these in; the shapes are declared here, and the meeting feature's exports fit them.
import type { ComponentType } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';

export interface PaneChooserProps {
  pack: ContentPack;
  lookup: ContentLookup;
  text: string;
  attachedIds: readonly string[];
  /** attached by someone else, who owns the meeting's criteria: they stay */
  keptIds?: readonly string[];
  submitLabel: string;
  onSubmit(itemIds: string[]): Promise<{ intent: 'success' | 'warning'; message: string }>;
}

export interface PaneAttachRequest {
  meetingId: string;
  subject: string;
  start?: string;
  itemIds: readonly string[];
}

export interface MeetingKit {
  Chooser: ComponentType<PaneChooserProps>;
  /** the criteria attached to a meeting, as the server reads them */
  useCriteria(): { get(meetingId: string): Promise<MeetingCriteria | undefined> };
  /** attaches through the server, as the signed-in person */
  useAttach(source: 'outlook', contentVersion: string): (request: PaneAttachRequest) => Promise<{ criteria: MeetingCriteria }>;
}
