import { buildCriteriaBlock } from './criteria-block';
import { htmlToText, meetingTextOf, withoutJoinInformation } from './meeting-text';

const TEAMS_EN = `<div><p>________________________________________________________________________________</p>
<p><b>Microsoft Teams meeting</b></p><p>Join on your computer, mobile app or room device</p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x">Click here to join the meeting</a></p>
<p>Meeting ID: 123 456 789</p><p>Passcode: abc</p><p>Download Teams | Join on the web</p>
<p>Or call in (audio only)</p><p>+31 20 123 4567,,123# Netherlands, Amsterdam</p><p>Phone Conference ID: 123#</p>
<p>Learn More | Meeting options</p><p>________________________________________________________________________________</p></div>`;

describe('the text of an invite', () => {
  it('is the body without tags, with line breaks where blocks end and entities decoded', () => {
    expect(htmlToText('<html><head><style>p{}</style></head><body><p>Agenda&nbsp;1</p><ul><li>asfalt &amp; klinkers</li></ul>a<br>b</body></html>')).toBe(
      'Agenda 1\nasfalt & klinkers\na\nb',
    );
  });

  it('leaves out the Teams join information, between its rules or without them', () => {
    expect(withoutJoinInformation(htmlToText(`<p>Agenda: herinrichting Dorpsstraat</p>${TEAMS_EN}`))).toBe('Agenda: herinrichting Dorpsstraat');
    const noRules = 'Agenda: sloop\nMicrosoft Teams-vergadering\nDeelnemen op uw computer, mobiele app of apparaat in de ruimte\nVergadering-id: 3\nWachtwoordcode: x';
    expect(withoutJoinInformation(noRules)).toBe('Agenda: sloop');
  });

  it('keeps a section between rules that is not about Teams', () => {
    expect(withoutJoinInformation('a\n__________\nbijlage: bestek\n__________\nb')).toBe('a\nbijlage: bestek\nb');
  });

  it('leaves out the app\'s own criteria block, so earlier suggestions do not suggest themselves', () => {
    const block = buildCriteriaBlock({ language: 'nl', items: [{ id: 'x', text: 'Hergebruik asfalt' }] });
    expect(meetingTextOf('Overleg', `<p>Agenda</p>${block}`)).toBe('Overleg\nAgenda');
  });

  it('puts the subject first and reads plain-text bodies too', () => {
    expect(meetingTextOf('  Kick-off ', 'regel 1\nregel 2', false)).toBe('Kick-off\nregel 1\nregel 2');
  });
});
