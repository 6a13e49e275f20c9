// Names people search by for an idea the criteria describe in other words. "Cradle to cradle" is
// a design principle (materials kept in closed cycles: the maker takes products back, they come
// apart, their materials are known and reused at their value); no criterion says the name, many
// ask for what it means. A concept's name stays searchable as written as well, should a pack use it.

export interface SearchConcept {
  /** the names, as words in the order people type them (folded: lower case, no accents) */
  names: string[];
  /** what the criteria say instead: each a word, or a phrase whose words must all be found */
  means: string[];
}

export const SEARCH_CONCEPTS: readonly SearchConcept[] = [
  {
    names: ['cradle to cradle', 'c2c'],
    // every criterion has its Dutch text beside the English, so the Dutch words find both
    means: ['terugname', 'demontabel', 'losmaakbaar', 'materialenpaspoort'],
  },
];
