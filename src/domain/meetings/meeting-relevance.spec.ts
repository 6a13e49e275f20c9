import { bundledPack } from '../../../test/support/bundled-pack';
import { buildMatcherIndex } from '../matcher';
import { assessInvite, assessMeetingText, projectMeetingWords } from './meeting-relevance';

describe('what a meeting is', () => {
  const index = buildMatcherIndex(bundledPack());

  it('knows a project meeting by its title alone, though the title does not say what is built', () => {
    const meeting = assessMeetingText(index, 'Projectoverleg herinrichting Kerkebuurt');
    expect(meeting).toMatchObject({ projectMeeting: true, projectWords: ['Projectoverleg', 'herinrichting'] });
    // nothing to suggest yet: the send check stays silent, the page asks what is built
    expect(meeting.relevant).toBe(false);
  });

  it('calls a meeting about what is built or bought a project meeting, with criteria to suggest', () => {
    expect(assessMeetingText(index, 'Startoverleg renovatie sporthal')).toMatchObject({ relevant: true, projectMeeting: true });
  });

  it('does not call a team meeting or a chat about communication a project meeting', () => {
    for (const title of ['Teamoverleg communicatie', 'Werkoverleg', 'Weekly sync', 'Jaargesprek met Sanne']) {
      expect(assessMeetingText(index, title)).toMatchObject({ relevant: false, projectMeeting: false, projectWords: [] });
    }
  });

  it('reads the words in the subject and the agenda, not in the Teams join text', () => {
    const body = '<p>Agenda: ontwerp van de speelplek</p><p>________________</p><p>Microsoft Teams-vergadering</p><p>Deelnemen op je computer, mobiele app of apparaat in de ruimte</p><p>________________</p>';
    expect(assessInvite(index, 'Bewonersavond Kerkebuurt', body).projectWords).toEqual(['ontwerp']);
    expect(assessInvite(index, 'Bewonersavond Kerkebuurt', '<p>Microsoft Teams-vergadering</p>').projectMeeting).toBe(false);
  });

  it('finds the words whatever their case or accents, each once', () => {
    expect(projectMeetingWords('PROJECT overleg, projéct: aanbestedingen en Aanbestedingen')).toEqual(['PROJECT', 'aanbestedingen']);
  });
});
