// Words too common to search by: they would make nearly every criterion a hit. The matcher keeps
// its own list for ranking (matcher-index.ts); this one is the searcher's, so that either can change
// without moving the other.
const STOPWORDS = new Set(
  (
    'de het een en van in op te voor met aan bij door om of als is zijn wordt worden dat die dit deze er ' +
    'niet naar ook uit tot over na dan nog wel meer zo al kan moet hun haar zich je we wij u ze ' +
    'the a an and of to in for with on by at is are be as or from that this which it its not can must should into'
  ).split(' '),
);

/** whether a folded word is too common to search by */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);
