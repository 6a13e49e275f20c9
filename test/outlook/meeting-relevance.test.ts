import { realPack } from '../support/app/fakes';
import { contentLookup } from '../../src/domain/content/lookup';
import { buildMatcherIndex } from '../../src/domain/matcher';
import { assessInvite, suggestCriteria } from '../../src/domain/meetings/meeting-relevance';

const pack = realPack();
const index = buildMatcherIndex(pack);
const lookup = contentLookup(pack);

const TEAMS_JOIN = '<p>________________________________________________________________________________</p><p>Microsoft Teams meeting</p><p>Join on your computer, mobile app or room device</p><p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0">Click here to join the meeting</a></p><p>Or call in (audio only)</p><p>Phone Conference ID: 1#</p><p>________________________________________________________________________________</p>';

describe('whether a meeting is a project or procurement meeting', () => {
  it('is so when its subject or agenda names what is bought or built', () => {
    expect(assessInvite(index, 'Kick-off herinrichting Dorpsstraat', '<p>Agenda: ontwerp elementenverharding en klinkers</p>').relevant).toBe(true);
    expect(assessInvite(index, 'Overleg', '<p>Agenda: aanbesteding schoonmaak gemeentehuis</p>').relevant).toBe(true);
  });

  it('is not so for a team meeting, a lunch or an empty invite', () => {
    expect(assessInvite(index, 'Teamoverleg', '<p>Agenda: mededelingen, rondvraag</p>').relevant).toBe(false);
    expect(assessInvite(index, 'Lunch met Piet', '').relevant).toBe(false);
    expect(assessInvite(index, '', '').relevant).toBe(false);
  });

  it('is not made so by the words of the Teams join information', () => {
    expect(assessInvite(index, 'Bila', `<p>Even bijpraten</p>${TEAMS_JOIN}`).relevant).toBe(false);
  });
});

describe('the suggested criteria of a meeting', () => {
  it('are criteria of the matched product groups, best first, at most eight', () => {
    const { match } = assessInvite(index, 'Kick-off renovatie sporthal', '<p>dakbedekking en installaties vervangen</p>');
    const suggested = suggestCriteria(match, lookup);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(8);
    expect(suggested[0]!.productGroup).toBe('buildings-maintenance');
    for (const s of suggested) expect(lookup.item(s.id)).toBeDefined();
  });

  it('take turns between product groups so the second group gets a place', () => {
    const { match } = assessInvite(index, 'Projectoverleg', '<p>nieuwe laptops en de schoonmaak van het gemeentehuis</p>');
    const groups = new Set(match.productGroups.map((g) => g.id));
    expect(groups.size).toBeGreaterThanOrEqual(2);
    const suggested = suggestCriteria(match, lookup, 4);
    expect(new Set(suggested.map((s) => s.productGroup)).size).toBeGreaterThanOrEqual(2);
  });

  it('are none for an unrelated meeting', () => {
    expect(suggestCriteria(assessInvite(index, 'Lunch', '').match, lookup)).toEqual([]);
  });
});
