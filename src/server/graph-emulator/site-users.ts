// The site's own user ids: SharePoint gives each person who touches a site a small integer id
// (what `AuthorLookupId` holds), distinct from their Entra object id.
import type { Db } from './database';
import type { EmulatorUser } from './types';

export interface SiteUser {
  id: number;
  oid: string;
  displayName: string;
  email: string;
}

export class SiteUsers {
  private readonly byId = new Map<number, SiteUser>();
  private readonly byOid = new Map<string, SiteUser>();
  private readonly selectByOid;
  private readonly selectById;
  private readonly insert;
  private readonly rename;

  constructor(db: Db) {
    this.selectByOid = db.prepare<[string], SiteUser>('SELECT id, oid, display_name AS displayName, email FROM site_users WHERE oid = ?');
    this.selectById = db.prepare<[number], SiteUser>('SELECT id, oid, display_name AS displayName, email FROM site_users WHERE id = ?');
    this.insert = db.prepare<[string, string, string]>('INSERT INTO site_users (oid, display_name, email) VALUES (?, ?, ?)');
    this.rename = db.prepare<[string, string, number]>('UPDATE site_users SET display_name = ?, email = ? WHERE id = ?');
  }

  /** the site id of a person, adding them to the site on first contact (as SharePoint does) */
  ensure(user: EmulatorUser): SiteUser {
    const known = this.byOid.get(user.oid) ?? this.selectByOid.get(user.oid);
    if (known) {
      if (known.displayName !== user.name || known.email !== user.upn) {
        this.rename.run(user.name, user.upn, known.id);
        known.displayName = user.name;
        known.email = user.upn;
      }
      this.remember(known);
      return known;
    }
    const id = Number(this.insert.run(user.oid, user.name, user.upn).lastInsertRowid);
    const added: SiteUser = { id, oid: user.oid, displayName: user.name, email: user.upn };
    this.remember(added);
    return added;
  }

  find(id: number): SiteUser | undefined {
    const cached = this.byId.get(id);
    if (cached) return cached;
    const row = this.selectById.get(id);
    if (row) this.remember(row);
    return row;
  }

  /** forgets cached rows, after another process wrote to the file */
  forget(): void {
    this.byId.clear();
    this.byOid.clear();
  }

  private remember(user: SiteUser): void {
    this.byId.set(user.id, user);
    this.byOid.set(user.oid, user);
  }
}
