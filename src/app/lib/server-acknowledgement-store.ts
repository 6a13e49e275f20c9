// The tab's acknowledgements port: decisions are written by the server (POST /api/acknowledgements,
// as the signed-in person of the token), and a person's own decisions are read from it (GET
// /api/acknowledgements/mine). Reads of a context and the dashboard's sync still go to the list
// through Graph until the server answers them too. The calls load with the first one (their files
// hold the server's request schemas too, and zod with them): Home's first script stays without.
import type { Acknowledgement } from '../../domain/acknowledgement';
import type { ApiClient } from '../../server/api/post-acknowledgements';
import type { AcknowledgementStore } from '../../storage/ports';

/** the two calls, fetched while the browser is idle after start-up, and at the latest on first use */
const calls = () =>
  Promise.all([
    import(/* webpackChunkName: "api-acknowledgements", webpackPrefetch: true */ '../../server/api/post-acknowledgements'),
    import(/* webpackChunkName: "api-acknowledgements", webpackPrefetch: true */ '../../server/api/get-my-acknowledgements'),
  ]);

export class ServerAcknowledgementStore implements AcknowledgementStore {
  constructor(
    private readonly api: ApiClient,
    /** who is signed in: their own decisions come from the server */
    private readonly personId: string,
    /** the list, for what the server does not answer yet */
    private readonly list: Pick<AcknowledgementStore, 'forContext' | 'forStaff' | 'since' | 'sync'>,
  ) {}

  append: AcknowledgementStore['append'] = async (acks: readonly Acknowledgement[]) => (await calls())[0].postAcknowledgements(this.api, acks);

  forStaff: AcknowledgementStore['forStaff'] = async (staffAadId) => (staffAadId === this.personId ? (await calls())[1].allMyAcknowledgements(this.api) : this.list.forStaff(staffAadId));

  forContext: AcknowledgementStore['forContext'] = (contextRef) => this.list.forContext(contextRef);
  since: AcknowledgementStore['since'] = (isoDate) => this.list.since(isoDate);
  sync: AcknowledgementStore['sync'] = (deltaLink, onProgress) => this.list.sync(deltaLink, onProgress);
}
