// The tab's acknowledgements port, answered by the server only: decisions are written by it (POST
// /api/acknowledgements, as the signed-in person of the token), and read from it, the person's own
// only (GET /api/acknowledgements/mine, and …/mine/context for one document or meeting). The
// browser never reads the Acknowledgements list through Graph: staff have no rights on it in a
// locked tenant (`lists lock`), and whatever it held of other people would reach this browser. The
// calls load with the first one (their files hold the server's request schemas too, and zod with
// them): Home's first script stays without.
import { personOfToken } from '../../auth/token-claims';
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { ApiClient } from '../../server/api/post-acknowledgements';
import type { AcknowledgementStore } from '../../storage/ports';

/** the calls, fetched while the browser is idle after start-up, and at the latest on first use */
const calls = () =>
  Promise.all([
    import(/* webpackChunkName: "api-acknowledgements", webpackPrefetch: true */ '../../server/api/post-acknowledgements'),
    import(/* webpackChunkName: "api-acknowledgements", webpackPrefetch: true */ '../../server/api/get-my-acknowledgements'),
    import(/* webpackChunkName: "api-acknowledgements", webpackPrefetch: true */ '../../server/api/get-my-context-acknowledgements'),
  ]);

/** the account signed in now is not the person of this page's session */
export class SignedInAsAnotherError extends Error {
  override readonly name = 'SignedInAsAnotherError';
}

/** what the browser may not read: other people's decisions, and the list as a whole */
export class NotReadableHereError extends Error {
  override readonly name = 'NotReadableHereError';
}

const refused = (what: string) => Promise.reject(new NotReadableHereError(`${what} is read by the server only; the browser reads the signed-in person's own decisions`));

export class ServerAcknowledgementStore implements AcknowledgementStore {
  constructor(
    private readonly api: ApiClient,
    /** who is signed in: the only person whose decisions this browser reads */
    private readonly personId: string,
  ) {}

  /**
   * sends the person's decisions; refused before sending when the token is another account's (a
   * sign-in popup may make another account active while this page's session names the first): the
   * server records what it receives as the token's person, so the decisions wait for their own
   */
  append: AcknowledgementStore['append'] = async (acks: readonly Acknowledgement[]) => {
    const [post] = await calls();
    const token = await this.api.getToken();
    const tokenPerson = personOfToken(token)?.toLowerCase();
    if (tokenPerson !== undefined && acks.some((a) => a.staffAadId.toLowerCase() !== tokenPerson)) {
      throw new SignedInAsAnotherError('the token is of another account than the person whose decisions these are; nothing was sent');
    }
    // the token read above, not a second one
    return post.postAcknowledgements({ ...this.api, getToken: () => Promise.resolve(token) }, acks);
  };

  forStaff: AcknowledgementStore['forStaff'] = async (staffAadId) =>
    staffAadId === this.personId ? (await calls())[1].allMyAcknowledgements(this.api) : refused("another person's decisions");

  /** the signed-in person's own decisions in the context, never anyone else's */
  forContext: AcknowledgementStore['forContext'] = async (contextRef) => (await calls())[2].fetchMyContextAcknowledgements(this.api, contextRef);

  since: AcknowledgementStore['since'] = () => refused('everyone’s decisions since a moment');
  sync: AcknowledgementStore['sync'] = () => refused('the Acknowledgements list');
}
