// The content pack as the message extension uses it: looked up by id, indexed for the matcher and
// for search. Built once when the bot is mounted.
import { contentLookup, type ContentLookup } from '../domain/content/lookup';
import type { ContentPack } from '../domain/content/model';
import { buildMatcherIndex, type MatcherIndex } from '../domain/matcher';
import { buildContentSearchIndex, type ContentSearchIndex } from '../domain/search/search-content';
import type { Language, ProductGroupId } from '../domain/taxonomy';

export interface BotContent {
  pack: ContentPack;
  lookup: ContentLookup;
  matcher: MatcherIndex;
  search: ContentSearchIndex;
  /** a product group's label; the id itself when the pack does not label it */
  groupLabel(id: ProductGroupId, language: Language): string;
}

export function botContent(pack: ContentPack): BotContent {
  const lookup = contentLookup(pack);
  return {
    pack,
    lookup,
    matcher: buildMatcherIndex(pack),
    search: buildContentSearchIndex(pack),
    groupLabel: (id, language) => lookup.productGroup(id)?.label[language] ?? id,
  };
}
