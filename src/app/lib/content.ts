// The content pack as the features read it: the whole pack (lists or bundled) for checklists and
// the document check, and the slim programme part for Home, upgraded to the whole content's
// actions as soon as that has loaded.
import { useMemo } from 'react';
import { contentLookup, type ContentLookup } from '../../domain/content/lookup';
import { useLoadable, type Loadable, type LoadableResult } from '../hooks/use-loadable';
import { programmePart } from '../../domain/content/programme-part';
import { useServices, type LoadedContent, type ProgrammeContent } from './services';

export interface ContentValue extends LoadedContent {
  lookup: ContentLookup;
}

const never = () => new Promise<never>(() => undefined);

/** the whole content; with `enabled` false it waits (stays loading) until it is enabled */
export function useContent(enabled = true): LoadableResult<ContentValue> {
  const { loadContent } = useServices();
  const result = useLoadable(
    enabled
      ? async () => {
          const loaded = await loadContent();
          return { ...loaded, lookup: contentLookup(loaded.pack) };
        }
      : never,
    [loadContent, enabled],
  );
  return result;
}

export function useProgramme(): LoadableResult<ProgrammeContent> {
  const { loadProgramme } = useServices();
  return useLoadable(loadProgramme, [loadProgramme]);
}

/** the value of a ready loadable, else undefined */
export function readyValue<T>(state: Loadable<T>): T | undefined {
  return state.status === 'ready' ? state.value : undefined;
}

/** the programme part of whole content, so Home can show edited list actions once they are in */
export function useProgrammeOf(content: LoadedContent | undefined): ProgrammeContent | undefined {
  return useMemo(() => content && programmePart(content.pack), [content]);
}
