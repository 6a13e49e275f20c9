// What a card may show of the choices made where it sits, reduced from the rows read for its
// context before anything is built from them: the acting person's own latest choice per item or
// action, and of everyone else only how many people chose, from the privacy minimum up. Nothing of
// another person (id, name, decision, reason) leaves this function; the card's context comes back
// from the client and may name any document, so this is what keeps a forged one from showing
// anything but the clicker's own (docs/privacy.md, "What a card shows").
import type { Acknowledgement } from '../domain/acknowledgement';
import type { OwnChoice } from './cards/card-context';

export interface CardChoices {
  /** the person's own latest choice on each of the card's items and actions that has one */
  own: OwnChoice[];
  /** how many other people recorded a choice in the context; absent under `minOthers` */
  othersWhoChose?: number;
}

export interface CardChoicesQuery {
  /** the Entra object id of the person the card is for; without it nothing is theirs */
  personId: string | undefined;
  /** the card's items and actions */
  targetIds: ReadonlySet<string>;
  /** the privacy minimum (CC_PRIVACY_MIN_CONTRIBUTORS): fewer others than this are not counted aloud */
  minOthers: number;
}

const targetOf = (ack: Acknowledgement): string => (ack.checklistItemId ? ack.checklistItemId : (ack.actionId ?? ''));
// Entra object ids are GUIDs: the same person whatever the case a surface wrote it in
const personKey = (id: string) => id.trim().toLowerCase();

/** the person's own choices and the count of others, from the rows of one context */
export function cardChoices(acks: readonly Acknowledgement[], query: CardChoicesQuery): CardChoices {
  const person = query.personId ? personKey(query.personId) : undefined;
  const latest = new Map<string, Acknowledgement>();
  const others = new Set<string>();
  for (const ack of acks) {
    // attaching a criterion to a meeting is not a choice on it
    if (ack.decision === 'attached') continue;
    const who = personKey(ack.staffAadId);
    if (!who) continue;
    if (who !== person) {
      // counted over the whole context, not the card's items (which the client chooses), so that
      // cards of different items cannot be subtracted to count a smaller group
      others.add(who);
      continue;
    }
    const target = targetOf(ack);
    if (!query.targetIds.has(target)) continue;
    const seen = latest.get(target);
    if (!seen || seen.ackAt <= ack.ackAt) latest.set(target, ack);
  }
  const own = [...latest.values()].map((ack): OwnChoice => ({ targetId: targetOf(ack), decision: ack.decision, ...(ack.reason ? { reason: ack.reason } : {}) }));
  return others.size >= Math.max(1, query.minOthers) ? { own, othersWhoChose: others.size } : { own };
}
