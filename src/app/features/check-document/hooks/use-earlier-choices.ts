// The choices recorded earlier on the document being checked, read from the server once per document:
// the check page and the Word pane show them beside the criteria and say how many there are.
import { useMemo } from 'react';
import { latestDecisions, type Acknowledgement } from '../../../../domain/acknowledgement';
import { useLoadable, type LoadableResult } from '../../../hooks/use-loadable';
import { useServices } from '../../../lib/services';

export interface EarlierChoices {
  /** the read, for its error and retry */
  read: LoadableResult<Acknowledgement[]>;
  /** the latest choice per criterion; empty until read (and for a document of no reference) */
  latest: Map<string, Acknowledgement>;
}

export function useEarlierChoices(contextRef: string | undefined): EarlierChoices {
  const services = useServices();
  const read = useLoadable(() => (contextRef ? services.decisions.forContext(contextRef) : Promise.resolve([] as Acknowledgement[])), [contextRef, services.decisions]);
  const latest = useMemo(() => (read.state.status === 'ready' ? latestDecisions(read.state.value) : new Map<string, Acknowledgement>()), [read.state]);
  return { read, latest };
}
