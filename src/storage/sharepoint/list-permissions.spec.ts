import { FULL_CONTROL_ROLE_ID, lockCalls, lockListToOwners, SharePointRefusedError, sharePointRest, type SharePointRest } from './list-permissions';

function fakeSite(unique: boolean, ownersId: number | null = 3) {
  const calls: string[] = [];
  const rest: SharePointRest = async (method, path) => {
    calls.push(`${method} ${path}`);
    if (path.includes('HasUniqueRoleAssignments')) return { HasUniqueRoleAssignments: unique };
    if (path.includes('associatedownergroup')) return ownersId === null ? {} : { Id: ownersId };
    return {};
  };
  return { rest, calls };
}

describe('locking the acknowledgements list to the site owners', () => {
  it("breaks the list's inheritance without copying the site's rights, then gives the owners Full Control", async () => {
    const site = fakeSite(false);
    const report = await lockListToOwners(site.rest, 'Acknowledgements');
    expect(report).toEqual({ list: 'Acknowledgements', brokeInheritance: true, ownersGroupId: 3 });
    expect(site.calls).toEqual(lockCalls('Acknowledgements', 3));
    expect(site.calls[2]).toBe("POST _api/web/lists/getbytitle('Acknowledgements')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");
    expect(site.calls[3]).toContain(`roledefid=${FULL_CONTROL_ROLE_ID}`);
  });

  it('does not break again a list that is already locked, and stops when the site has no owners group', async () => {
    const locked = fakeSite(true);
    expect((await lockListToOwners(locked.rest, "Bob's list")).brokeInheritance).toBe(false);
    expect(locked.calls.some((c) => c.includes('breakroleinheritance'))).toBe(false);
    expect(locked.calls[0]).toContain("getbytitle('Bob''s list')");
    const ownerless = fakeSite(false, null);
    await expect(lockListToOwners(ownerless.rest, 'Acknowledgements')).rejects.toThrow('no associated owners group');
    expect(ownerless.calls.some((c) => c.startsWith('POST'))).toBe(false);
  });

  it("says what permission it needs when SharePoint refuses the person signed in", async () => {
    const refusing = sharePointRest('https://contoso.sharepoint.com/sites/circulair/', async () => 'token', async () => new Response('{"error":"denied"}', { status: 403 }));
    const refused = lockListToOwners(refusing, 'Acknowledgements');
    await expect(refused).rejects.toBeInstanceOf(SharePointRefusedError);
    await expect(refused).rejects.toThrow(/Full Control on the site.*Owners group.*AllSites\.FullControl/);
  });
});
