// The tab's acknowledgements port: decisions are written by the server (POST /api/acknowledgements,
// as the signed-in person of the token), and a person's own decisions are read from it (GET
// /api/acknowledgements/mine). Reads of a context and the dashboard's sync still go to the list
// through Graph until the server answers them too.
import type { Acknowledgement } from '../../domain/acknowledgement';
import { allMyAcknowledgements } from '../../server/api/get-my-acknowledgements';
import { postAcknowledgements, type ApiClient } from '../../server/api/post-acknowledgements';
import type { AcknowledgementStore } from '../../storage/ports';

export class ServerAcknowledgementStore implements AcknowledgementStore {
  constructor(
    private readonly api: ApiClient,
    /** who is signed in: their own decisions come from the server */
    private readonly personId: string,
    /** the list, for what the server does not answer yet */
    private readonly list: Pick<AcknowledgementStore, 'forContext' | 'forStaff' | 'since' | 'sync'>,
  ) {}

  append: AcknowledgementStore['append'] = (acks: readonly Acknowledgement[]) => postAcknowledgements(this.api, acks);

  forStaff: AcknowledgementStore['forStaff'] = (staffAadId) => (staffAadId === this.personId ? allMyAcknowledgements(this.api) : this.list.forStaff(staffAadId));

  forContext: AcknowledgementStore['forContext'] = (contextRef) => this.list.forContext(contextRef);
  since: AcknowledgementStore['since'] = (isoDate) => this.list.since(isoDate);
  sync: AcknowledgementStore['sync'] = (deltaLink, onProgress) => this.list.sync(deltaLink, onProgress);
}
