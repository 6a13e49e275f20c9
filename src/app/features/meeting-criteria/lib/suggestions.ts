// Suggestions for a meeting from its title and agenda, by the matcher running in the page: the
// texts are short, and the index is built once per pack and kept for the page's life.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ContentLookup } from '../../../../domain/content/lookup';
import type { ContentPack } from '../../../../domain/content/model';
import { buildMatcherIndex, type MatcherIndex } from '../../../../domain/matcher';
import { assessMeetingText, suggestCriteria, type SuggestedCriterion } from '../../../../domain/meetings/meeting-relevance';
import type { ProductGroupId } from '../../../../domain/taxonomy';

const indexes = new WeakMap<ContentPack, MatcherIndex>();

function indexOf(pack: ContentPack): MatcherIndex {
  let index = indexes.get(pack);
  if (!index) indexes.set(pack, (index = buildMatcherIndex(pack)));
  return index;
}

export interface MeetingSuggestions {
  ready: boolean;
  relevant: boolean;
  /** a project or procurement meeting, though perhaps without anything to suggest yet */
  projectMeeting: boolean;
  /** the words that say so */
  projectWords: string[];
  groups: ProductGroupId[];
  suggested: SuggestedCriterion[];
}

/** the suggestions for a text; the index is built after the first paint, so the page shows at once */
export function useMeetingSuggestions(pack: ContentPack, lookup: ContentLookup, text: string): MeetingSuggestions {
  const [index, setIndex] = useState<MatcherIndex | undefined>(() => indexes.get(pack));
  useEffect(() => {
    if (index && index.pack === pack) return;
    const timer = setTimeout(() => setIndex(indexOf(pack)), 0);
    return () => clearTimeout(timer);
  }, [pack, index]);
  const deferred = useDeferredValue(text);
  return useMemo(() => {
    if (!index || !deferred.trim()) return { ready: !!index, relevant: false, projectMeeting: false, projectWords: [], groups: [], suggested: [] };
    const { relevant, projectMeeting, projectWords, match } = assessMeetingText(index, deferred);
    return { ready: true, relevant, projectMeeting, projectWords, groups: match.productGroups.map((g) => g.id), suggested: suggestCriteria(match, lookup) };
  }, [index, deferred, lookup]);
}
