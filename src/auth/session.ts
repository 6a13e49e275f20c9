// The signed-in person as the app sees them, and how it gets a token for Microsoft Graph. Local
// mode and tenant mode give the same shape, so everything above this folder has one code path.

export interface SignedInUser {
  /** the Entra object id (a demo id in local mode): the StaffAadId of a decision */
  id: string;
  displayName: string;
  /** user principal name or e-mail */
  upn: string;
  /** the programme team id, when known (demo staff have one; in a tenant the person picks it) */
  team?: string;
  /**
   * the Entra groups of the ID token's `groups` claim (groupMembershipClaims: ApplicationGroup), for
   * the dashboard's coordinator check without a Graph permission to read memberships
   */
  groupIds?: readonly string[];
}

export type SessionKind = 'development' | 'nested-app' | 'popup';

export interface AuthSession {
  kind: SessionKind;
  user: SignedInUser;
  /** an access token for the Graph base URL the app talks to */
  getGraphToken(): Promise<string>;
  /** an access token for the app's own API (the server's /api): the development token locally */
  getApiToken(): Promise<string>;
}

/** raised when no token can be had without the person's help and the help was refused or failed */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError';
}
