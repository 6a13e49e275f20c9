import { FULL_CONTROL_ROLE_ID, lockCalls, lockListToOwners, lockReportLines, lockSite, READ_ROLE_ID, SharePointRefusedError, sharePointRest, type SharePointRest } from './list-permissions';

function fakeSite(unique: boolean, ownersId: number | null = 3, membersId: number | null = 4) {
  const calls: string[] = [];
  const rest: SharePointRest = async (method, path) => {
    calls.push(`${method} ${path}`);
    if (path.includes('HasUniqueRoleAssignments')) return { HasUniqueRoleAssignments: unique };
    if (path.includes('associatedownergroup')) return ownersId === null ? {} : { Id: ownersId };
    if (path.includes('associatedmembergroup')) return membersId === null ? {} : { Id: membersId };
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

  it('locks every list only the server writes: the record of choices and meeting criteria to the owners, the figures also readable by the Members (coordinators)', async () => {
    const site = fakeSite(false);
    const reports = await lockSite(site.rest);
    expect(reports.map((r) => r.list)).toEqual(['Acknowledgements', 'Meeting criteria', 'Indicators', 'Adoption']);
    const broken = site.calls.filter((c) => c.includes('breakroleinheritance(copyRoleAssignments=false'));
    expect(broken.map((c) => /getbytitle\('([^']+)'\)/.exec(c)?.[1])).toEqual(['Acknowledgements', 'Meeting criteria', 'Indicators', 'Adoption']);
    const readers = site.calls.filter((c) => c.includes(`roledefid=${READ_ROLE_ID}`));
    expect(readers).toEqual([
      `POST _api/web/lists/getbytitle('Indicators')/roleassignments/addroleassignment(principalid=4,roledefid=${READ_ROLE_ID})`,
      `POST _api/web/lists/getbytitle('Adoption')/roleassignments/addroleassignment(principalid=4,roledefid=${READ_ROLE_ID})`,
    ]);
    expect(site.calls).toEqual([
      ...lockCalls('Acknowledgements', 3),
      ...lockCalls('Meeting criteria', 3),
      ...lockCalls('Indicators', 3, { groupId: 4 }),
      ...lockCalls('Adoption', 3, { groupId: 4 }),
    ]);
    expect(lockReportLines(reports)).toEqual([
      'Acknowledgements: inheritance broken; site owners (group 3) have Full Control',
      'Meeting criteria: inheritance broken; site owners (group 3) have Full Control',
      'Indicators: inheritance broken; site owners (group 3) have Full Control; site members (group 4, the coordinators) read it',
      'Adoption: inheritance broken; site owners (group 3) have Full Control; site members (group 4, the coordinators) read it',
    ]);
  });

  it('keeps a figures list locked on a site without a Members group, and says to give coordinators Read by hand', async () => {
    const site = fakeSite(false, 3, null);
    const [report] = await lockSite(site.rest, [{ list: 'Adoption', membersRead: true }]);
    expect(report).toMatchObject({ brokeInheritance: true, noMembersGroup: true });
    expect(site.calls.some((c) => c.includes(`roledefid=${READ_ROLE_ID}`))).toBe(false);
    expect(lockReportLines([report!])[0]).toMatch(/no Members group: give the coordinators Read on this list by hand$/);
  });

  it("says what permission it needs when SharePoint refuses the person signed in", async () => {
    const refusing = sharePointRest('https://contoso.sharepoint.com/sites/circulair/', async () => 'token', async () => new Response('{"error":"denied"}', { status: 403 }));
    const refused = lockListToOwners(refusing, 'Acknowledgements');
    await expect(refused).rejects.toBeInstanceOf(SharePointRefusedError);
    await expect(refused).rejects.toThrow(/Full Control on the site.*Owners group.*AllSites\.FullControl/);
  });
});
