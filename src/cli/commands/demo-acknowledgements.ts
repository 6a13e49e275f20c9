// Invented, plausible acknowledgements for the local demo: a year of staff checking tenders,
// project plans and meetings against the content pack's checklists, with adoption that grows over
// the year, teams that lag, changed minds and Dutch reasons. Everything follows from the seed: the
// same seed gives the same rows with the same keys, and row n is the same whatever the count asked
// for, so a larger run tops up a smaller one.
import { ackKeyFor, acknowledgementOf, type Acknowledgement } from '../../domain/acknowledgement';
import type { Checklist, ContentPack, ProgrammeAction } from '../../domain/content/model';
import type { ContextType, Decision, Source } from '../../domain/taxonomy';

export interface DemoOptions {
  count: number;
  seed: number;
  /** the last day of the demo year, `YYYY-MM-DD` (UTC) */
  until: string;
  appVersion: string;
  /** demo people who should appear with their own team (their oid and team) */
  knownStaff?: readonly { oid: string; team?: string }[];
}

const DAY_MS = 86_400_000;
const DAYS = 365;

/** mulberry32: a small, fast, well-spread 32-bit generator; enough for demo data */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function weighted<T>(rand: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((n, [, w]) => n + w, 0);
  let roll = rand() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** reasons people give, with the spelling variants real free text has (grouped by the dashboard) */
const NOT_APPLICABLE_REASONS: readonly (readonly string[])[] = [
  ['Geen budget', 'geen budget.', 'Er is geen budget', 'GEEN BUDGET', '- geen budget'],
  ['Niet relevant voor deze opdracht', 'niet relevant voor deze opdracht', 'Niet relevant voor deze opdracht.'],
  ['Kleine opdracht, onder de drempel', 'kleine opdracht onder de drempel'],
  ['Raamcontract loopt nog', 'Het raamcontract loopt nog'],
  ['De markt is er nog niet klaar voor', 'Markt is er nog niet klaar voor!'],
  ['Al geregeld in het bestaande contract', 'al geregeld in het bestaande contract'],
  ['Alleen onderhoud, geen nieuwe materialen'],
  ['Spoedopdracht, geen tijd voor een uitvraag'],
  ['Valt onder een landelijk inkoopcontract', 'Valt onder landelijk inkoopcontract'],
  ['Geen circulair alternatief beschikbaar', 'geen circulair alternatief beschikbaar', 'Géén circulair alternatief beschikbaar'],
];

const CONSIDERED_REASONS: readonly (readonly string[])[] = [
  ['Meerkosten te hoog', 'Meerkosten te hoog.', 'meerkosten te hoog'],
  ['Te weinig aanbieders in de markt'],
  ['Levertijd te lang voor de planning', 'levertijd te lang voor de planning'],
  ['Kwaliteit van hergebruikt materiaal onzeker'],
  ['Afgewogen tegen veiligheid, niet gekozen'],
  ['Volgende keer meenemen in de aanbesteding', 'volgende keer meenemen in de aanbesteding'],
  ['Bestuurlijk anders besloten'],
];

/** an invented but stable Entra-style object id for a demo colleague */
function staffOid(team: string, n: number): string {
  const hex = ackKeyFor('demo-staff', team, String(n)).slice(1).padEnd(14, '0');
  const digits = [...hex].map((c) => (parseInt(c, 36) % 16).toString(16)).join('');
  return `d0000000-${digits.slice(0, 4)}-4000-8000-${digits.slice(4, 14).padEnd(12, '0')}`;
}

interface TeamProfile {
  id: string;
  weight: number;
  /** checklists the team works with */
  checklists: Checklist[];
  actions: ProgrammeAction[];
  staff: string[];
  contexts: readonly (readonly [ContextType, number])[];
  /** how far this team is with circular choices: added to the share of applied decisions */
  lead: number;
}

function teamProfiles(pack: ContentPack, rand: () => number, knownStaff: DemoOptions['knownStaff']): TeamProfile[] {
  const byGroup = new Map(pack.checklists.filter((c) => c.productGroup).map((c) => [c.productGroup!, c]));
  const practice = pack.checklists.filter((c) => !c.productGroup);
  return pack.programme.teams.map((team) => {
    const actions = pack.actions.filter((a) => a.ownerTeam === team.id);
    const groups = [...new Set(actions.flatMap((a) => a.productGroups))];
    const own = groups.map((g) => byGroup.get(g)).filter((c): c is Checklist => c !== undefined);
    const buys = own.length > 0;
    const staffCount = 3 + Math.floor(rand() * 10) + actions.length * 2;
    const staff = Array.from({ length: staffCount }, (_, n) => staffOid(team.id, n));
    for (const person of knownStaff ?? []) if (person.team === team.id) staff.unshift(person.oid);
    return {
      id: team.id,
      weight: 2 + actions.length * 3,
      // a team with product groups works from their checklists, and now and then from practice lists
      checklists: buys ? [...own, ...own, ...practice] : [...practice, ...[...byGroup.values()].slice(0, 3)],
      actions,
      staff,
      contexts: buys
        ? [['procurement', 60], ['project', 20], ['meeting', 15], ['message', 5]]
        : [['meeting', 40], ['project', 30], ['message', 25], ['procurement', 5]],
      lead: (rand() - 0.5) * 0.3,
    };
  });
}

const SOURCES_BY_CONTEXT: Record<ContextType, readonly (readonly [Source, number])[]> = {
  procurement: [['tab', 60], ['message-extension', 25], ['outlook', 10], ['cli', 5]],
  project: [['tab', 70], ['message-extension', 20], ['outlook', 10]],
  meeting: [['meeting', 70], ['outlook', 30]],
  message: [['message-extension', 90], ['tab', 10]],
  other: [['tab', 100]],
};

const TITLE_BY_CONTEXT: Record<ContextType, readonly string[]> = {
  procurement: ['Aanbesteding', 'Offerteaanvraag', 'Bestek', 'Meervoudig onderhandse uitvraag'],
  project: ['Projectplan', 'Plan van aanpak', 'Startnotitie', 'Raadsvoorstel'],
  meeting: ['Projectoverleg', 'Kick-off', 'Werkoverleg', 'Bouwteamoverleg'],
  message: ['Chatbericht over', 'Mail over'],
  other: ['Programma-actie'],
};

/** a moment in the demo year: more activity later in the year (adoption grows), mostly office hours on weekdays */
function moment(rand: () => number, firstDay: number): number {
  // density 1 + 2t rises threefold over the year; t solves its cumulative (t + t²) / 2 = u
  const u = rand();
  const t = (-1 + Math.sqrt(1 + 8 * u)) / 2;
  let day = firstDay + Math.min(DAYS - 1, Math.floor(t * DAYS));
  const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday
  if (weekday >= 5 && rand() < 0.9) day -= weekday - 4; // most weekend work is really Friday's
  if (day < firstDay) day = firstDay;
  const seconds = Math.floor((7.5 + rand() * 10) * 3600);
  return day * DAY_MS + seconds * 1000;
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** the first reasons are given most, and the first wording of each most (as in real lists) */
function givenReason(rand: () => number, groups: readonly (readonly string[])[]): string {
  const group = groups[Math.min(groups.length - 1, Math.floor(groups.length * rand() ** 1.8))]!;
  return group[Math.min(group.length - 1, Math.floor(group.length * rand() ** 2.5))]!;
}

function decide(rand: () => number, progress: number, lead: number, contextType: ContextType, reluctant: boolean): Decision {
  if (contextType === 'meeting' && rand() < 0.35) return 'attached';
  // a document checked "because it had to be" gets hardly anything applied
  const applied = reluctant ? 0.04 : Math.min(0.8, Math.max(0.1, 0.3 + 0.3 * progress + lead));
  return weighted<Decision>(rand, [
    ['applied', applied],
    ['considered', 0.17],
    ['not-applicable', 0.23 - 0.05 * progress],
    ['later', 0.1],
  ]);
}

/** `count` demo acknowledgements for `pack`, the same for the same seed */
export function demoAcknowledgements(pack: ContentPack, options: DemoOptions): Acknowledgement[] {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number, at least 0 (got ${options.count})`);
  const lastDay = Math.floor(Date.parse(`${options.until}T00:00:00Z`) / DAY_MS);
  if (Number.isNaN(lastDay)) throw new RangeError(`until must be a day written YYYY-MM-DD (got '${options.until}')`);
  const firstDay = lastDay - (DAYS - 1);
  // the team profiles draw from their own stream, so they do not shift with the rows
  const teams = teamProfiles(pack, random(options.seed ^ 0x5eed), options.knownStaff);
  const teamWeights = teams.map((t) => [t, t.weight] as const);
  // some actions have not started: nobody reports on them directly
  const profileRand = random(options.seed ^ 0xac7);
  const dormant = new Set(pack.actions.filter(() => profileRand() < 0.3).map((a) => a.id));
  const rand = random(options.seed);
  const seedText = String(options.seed);
  const acks: Acknowledgement[] = [];
  let session = 0;

  const push = (ack: Omit<Acknowledgement, 'ackKey' | 'contentVersion' | 'appVersion'>) => {
    if (acks.length >= options.count) return;
    acks.push(
      acknowledgementOf({
        ackKey: ackKeyFor('demo-seed', seedText, String(acks.length)),
        subject: { checklistItemId: ack.checklistItemId, checklistId: ack.checklistId, actionId: ack.actionId, productGroup: ack.productGroup },
        decision: ack.decision,
        reason: ack.reason,
        context: { contextType: ack.contextType, contextRef: ack.contextRef, contextTitle: ack.contextTitle },
        source: ack.source,
        staffAadId: ack.staffAadId,
        team: ack.team,
        contentVersion: pack.meta.version,
        appVersion: options.appVersion,
        at: new Date(ack.ackAt),
      }),
    );
  };

  while (acks.length < options.count) {
    session++;
    const team = weighted(rand, teamWeights);
    const staffAadId = pick(rand, team.staff);
    const at = moment(rand, firstDay);
    const progress = (Math.floor(at / DAY_MS) - firstDay) / DAYS;

    // now and then someone reports on one of their team's programme actions directly; later
    // phases start later in the year, as the programme moves from learning to embedding
    const openActions = team.actions.filter(
      (a) => !dormant.has(a.id) && (a.phase === 'learn' || (a.phase === 'scale' && progress > 0.3) || (a.phase === 'embed' && progress > 0.65)),
    );
    if (openActions.length > 0 && rand() < 0.06) {
      const action = pick(rand, openActions);
      push({
        checklistItemId: '',
        checklistId: '',
        actionId: action.id,
        decision: rand() < 0.8 ? 'applied' : 'later',
        contextType: 'other',
        contextRef: `demo-action-${action.id}-${seedText}-${session}`,
        contextTitle: `${pick(rand, TITLE_BY_CONTEXT.other)}: ${action.title.nl}`.slice(0, 255),
        source: 'tab',
        team: team.id,
        staffAadId,
        ackAt: iso(at),
      });
      continue;
    }

    const contextType = weighted(rand, team.contexts);
    const fitting = team.checklists.filter((c) =>
      contextType === 'meeting' ? c.documentTypes?.includes('meeting') : contextType === 'project' ? c.productGroup || c.documentTypes?.includes('project-plan') : c.productGroup,
    );
    const checklist = pick(rand, fitting.length > 0 ? fitting : team.checklists);
    const subject = checklist.title.nl;
    const contextRef = `demo-${contextType}-${seedText}-${session}`;
    const contextTitle = `${pick(rand, TITLE_BY_CONTEXT[contextType])} ${subject.toLowerCase()} ${new Date(at).getUTCFullYear()}-${String(session).padStart(5, '0')}`;
    const source = weighted(rand, SOURCES_BY_CONTEXT[contextType]);
    // a check goes through part of the list: at least two items, often most of them
    const items = checklist.items.filter(() => rand() < 0.7);
    if (items.length < 2) items.splice(0, items.length, ...checklist.items.slice(0, 2));
    // fewer documents are checked without conviction as the year goes on, and fewer in leading teams
    const reluctant = rand() < Math.max(0.05, 0.45 - 0.3 * progress - team.lead);
    let when = at;
    for (const item of items) {
      when += Math.floor(5 + rand() * 90) * 1000;
      const decision = decide(rand, progress, team.lead, contextType, reluctant);
      const base = {
        checklistItemId: item.id,
        checklistId: checklist.id,
        ...(checklist.productGroup ? { productGroup: checklist.productGroup } : {}),
        contextType,
        contextRef,
        contextTitle,
        source,
        team: team.id,
        staffAadId,
      };
      const reasonFor = (d: Decision) =>
        d === 'not-applicable' ? givenReason(rand, NOT_APPLICABLE_REASONS) : d === 'considered' ? givenReason(rand, CONSIDERED_REASONS) : undefined;
      const reason = reasonFor(decision);
      push({ ...base, decision, ...(reason ? { reason } : {}), ackAt: iso(when) });
      // a decision put off is often taken later: a new row, the earlier one stays as history
      if ((decision === 'later' || decision === 'attached') && rand() < 0.4) {
        const changed = rand() < 0.6 ? 'applied' : rand() < 0.5 ? 'considered' : 'not-applicable';
        const changedReason = reasonFor(changed);
        const laterAt = Math.min(when + Math.floor(1 + rand() * 20) * DAY_MS, (lastDay + 1) * DAY_MS - 1000);
        push({ ...base, decision: changed, ...(changedReason ? { reason: changedReason } : {}), ackAt: iso(Math.max(laterAt, when + 1000)) });
      }
    }
  }
  return acks;
}
