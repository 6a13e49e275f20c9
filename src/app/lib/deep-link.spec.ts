import { deepLinkHash } from './deep-link';
import { matchPath, parseHash } from './hash-route';

describe('a deep link into the tab', () => {
  it("opens the criterion, action or meeting page the bot's card named", () => {
    expect(deepLinkHash('criteria/roads-reuse')).toBe('#/criteria/roads-reuse');
    expect(deepLinkHash('actions/public-space-reuse-paving-depot')).toBe('#/actions/public-space-reuse-paving-depot');
    const meetingId = 'MCMxOTptZWV0aW5nX1l6Rm1OMkl4/+YzAtYkB0aHJlYWQudjIjMA==';
    const hash = deepLinkHash(`meetings/${meetingId}`)!;
    expect(hash).toBe('#/meetings/MCMxOTptZWV0aW5nX1l6Rm1OMkl4%2F%2BYzAtYkB0aHJlYWQudjIjMA%3D%3D');
    // the route reads the meeting id back whole, slash and all
    expect(matchPath('/meetings/:meetingId', parseHash(hash).path)).toEqual({ meetingId });
  });

  it('ignores anything else', () => {
    for (const sub of [undefined, '', 'settings/x', 'criteria/Roads', 'criteria/a/b', 'meetings/', 'meetings/a b', `meetings/${'A'.repeat(256)}`, 'meetings/<script>', 'javascript:alert(1)']) {
      expect(deepLinkHash(sub)).toBeUndefined();
    }
  });
});
