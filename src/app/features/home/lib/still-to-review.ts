// The nudges on Home: items a person marked 'later' and has not decided on since, in the same
// context. Newest first, so the latest draft comes up top.
import { type Acknowledgement } from '../../../../domain/acknowledgement';

export function stillToReview(acks: readonly Acknowledgement[], limit = 8): Acknowledgement[] {
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acks) {
    const key = `${ack.contextRef}\u001f${ack.checklistItemId}`;
    const seen = latest.get(key);
    if (!seen || seen.ackAt <= ack.ackAt) latest.set(key, ack);
  }
  return [...latest.values()]
    .filter((a) => a.decision === 'later')
    .sort((a, b) => (a.ackAt < b.ackAt ? 1 : a.ackAt > b.ackAt ? -1 : 0))
    .slice(0, limit);
}
