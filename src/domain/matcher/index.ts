// The matcher's public face: build an index once per content pack, then match texts against it.
export { buildMatcherIndex, type MatcherIndex } from './matcher-index';
export { matchDocument, CALIBRATION, type MatchOptions } from './match-document';
export type * from './types';
