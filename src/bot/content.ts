// The content pack as the message extension uses it: looked up by id, indexed for the matcher and
// for search. Built once when the bot is mounted.
import { contentLookup, type ContentLookup } from '../domain/content/lookup';
import type { Checklist, ContentPack } from '../domain/content/model';
import { buildMatcherIndex, type MatcherIndex } from '../domain/matcher';
import { buildContentSearchIndex, searchContent, type ContentSearchIndex, type SearchHit } from '../domain/search/search-content';
import type { Language, ProductGroupId } from '../domain/taxonomy';

export interface BotContent {
  pack: ContentPack;
  lookup: ContentLookup;
  matcher: MatcherIndex;
  /** a product group's label; the id itself when the pack does not label it */
  groupLabel(id: ProductGroupId, language: Language): string;
  /** the label of a checklist's product group; the checklist's title when it has none */
  checklistLabel(checklist: Checklist, language: Language): string;
  /** search hits for a query, remembered for the queries asked most recently (the pack does not change) */
  search(query: string, limit: number): readonly SearchHit[];
}

const SEARCH_CACHE_SIZE = 2000;

/** a bounded memory of recent searches: typing sends the same prefixes and popular words again and again */
function cachedSearch(index: ContentSearchIndex): (query: string, limit: number) => readonly SearchHit[] {
  const recent = new Map<string, readonly SearchHit[]>();
  return (query, limit) => {
    const key = `${limit}\u001f${query.toLowerCase()}`;
    const known = recent.get(key);
    if (known) {
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const hits = searchContent(index, query, limit);
    recent.set(key, hits);
    if (recent.size > SEARCH_CACHE_SIZE) recent.delete(recent.keys().next().value!);
    return hits;
  };
}

export function botContent(pack: ContentPack): BotContent {
  const lookup = contentLookup(pack);
  const groupLabel: BotContent['groupLabel'] = (id, language) => lookup.productGroup(id)?.label[language] ?? id;
  return {
    pack,
    lookup,
    matcher: buildMatcherIndex(pack),
    search: cachedSearch(buildContentSearchIndex(pack)),
    groupLabel,
    checklistLabel: (checklist, language) => (checklist.productGroup ? groupLabel(checklist.productGroup, language) : checklist.title[language]),
  };
}
