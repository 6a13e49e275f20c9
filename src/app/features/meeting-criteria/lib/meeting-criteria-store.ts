// The Meeting criteria list as the meeting pages read and write it: the Graph adapter, loaded on
// first use, on the decisions' Graph client from the services (a few quick retries). Tests and
// other surfaces can hand in a store of their own through the provider.
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import type { MeetingCriteria } from '../../../../domain/meeting-criteria';
import type { MeetingCriteriaStore } from '../../../../storage/ports';
import { useServices, type AppServices } from '../../../lib/services';

const StoreContext = createContext<MeetingCriteriaStore | undefined>(undefined);

export function MeetingCriteriaStoreProvider(props: { store: MeetingCriteriaStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: props.store }, props.children);
}

export function graphMeetingCriteriaStore(services: Pick<AppServices, 'config' | 'graph'>): MeetingCriteriaStore {
  let pending: Promise<MeetingCriteriaStore> | undefined;
  const store = () => {
    pending ??= (async () => {
      const [{ GraphMeetingCriteriaStore }, http] = await Promise.all([
        import(/* webpackChunkName: "graph-meetings" */ '../../../../storage/graph/meeting-criteria-store'),
        services.graph.decisions(),
      ]);
      return new GraphMeetingCriteriaStore({ http, siteId: services.config.siteId });
    })().catch((error: unknown) => {
      // a failed load (a chunk that did not arrive) is tried again next time
      pending = undefined;
      throw error;
    });
    return pending;
  };
  return {
    get: async (meetingId: string) => (await store()).get(meetingId),
    save: async (criteria: MeetingCriteria) => (await store()).save(criteria),
  };
}

export function useMeetingCriteriaStore(): MeetingCriteriaStore {
  const injected = useContext(StoreContext);
  const { config, graph } = useServices();
  return useMemo(() => injected ?? graphMeetingCriteriaStore({ config, graph }), [injected, config, graph]);
}
