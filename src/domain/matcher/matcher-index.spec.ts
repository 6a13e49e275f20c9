// The index's cheap test before verb forms are tried (mayBeVerbForm) turns a word away only when no
// form of a listed verb could be found in it: checked against verbFormStems itself on the forms of
// every listed verb inside made-up compounds, and on random words.
import fc from 'fast-check';
import { bundledPack } from '../../../test/support/bundled-pack';
import { verbFormStems } from './dutch-verb-forms';
import { tokenise } from './fold';
import { analyseTokens, buildMatcherIndex, dutchStemOf, englishStemOf, mayBeVerbForm } from './matcher-index';
import { CompoundBudget, type WordAnalysis } from './trigger-table';
import { stem } from './stemming';

describe('the test before verb forms are tried', () => {
  const index = buildMatcherIndex(bundledPack());
  const verbs = [...index.verbStems];
  const findsVerb = (word: string) => verbFormStems(word).some((s) => index.verbStems.has(s));

  it('has verbs to test with', () => {
    expect(verbs.length).toBeGreaterThan(20);
  });

  it('lets through every word in which verbFormStems finds a listed verb, and turns most hostile words away', () => {
    const parts = fc.constantFrom('weg', 'werk', 'plan', 'boom', 'hek', 'paal', 'ge', 'be', 'ver', 'aa', 'oo', 'heden');
    const ending = fc.constantFrom('', 't', 'd', 'te', 'de', 'ten', 'den', 'en', 'e');
    // a listed verb's stem with endings and linking letters around it, a made-up compound, or random letters
    const word = fc.oneof(
      fc.tuple(fc.constantFrom('', 'ge'), fc.constantFrom(...verbs), fc.constantFrom('', 'e', 'a', 'o'), ending).map((p) => p.join('')),
      fc.tuple(fc.array(parts, { maxLength: 6 }), fc.constantFrom(...verbs), ending).map(([a, v, e]) => a.join('') + v + e),
      fc.tuple(fc.array(parts, { minLength: 1, maxLength: 8 }), ending).map(([a, e]) => a.join('') + e),
      fc.array(fc.constantFrom(...'abdeghiklmnoprstuvz'), { minLength: 1, maxLength: 40 }).map((l) => l.join('')),
    );
    let turnedAway = 0;
    fc.assert(
      // a boolean, not expect() per run (see below); a false fails the property and names the word
      fc.property(word, (w) => {
        if (mayBeVerbForm(index, w)) return true;
        turnedAway++;
        return !findsVerb(w);
      }),
      { numRuns: 20_000 },
    );
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it('lets through every form of every listed verb that verbFormStems finds, long ones included', () => {
    // a root as written in a form: the stem itself, or with its last vowel doubled (slop → sloop)
    const roots = (v: string) => [v, v.replace(/([aeou])([^aeiou])$/, '$1$1$2')];
    let found = 0;
    for (const v of verbs) {
      for (const root of roots(v)) {
        for (const word of [`ge${root}t`, `ge${root}d`, `ge${root}de`, `ge${root}den`, `${root}t`, `${root}te`, `${root}de`, `${root}ten`, `${root}den`]) {
          if (!findsVerb(word)) continue;
          found++;
          expect(mayBeVerbForm(index, word)).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(verbs.length);
  });

  it('lets through the forms of listed verbs', () => {
    for (const word of ['gesloopt', 'sloopt', 'gerenoveerd', 'renoveert']) {
      expect(findsVerb(word)).toBe(true);
      expect(mayBeVerbForm(index, word)).toBe(true);
    }
  });
});

/** the stems the matcher compares a word of this language with */
function comparedStems(index: ReturnType<typeof buildMatcherIndex>, language: 'nl' | 'en'): Set<string> {
  const { groups, documentTypes, documentOpenings, rankingVocabulary } = index;
  return new Set([
    ...[groups, documentTypes, documentOpenings].flatMap((t) => [...t.words[language].keys(), ...[...t.phrases[language].values()].flatMap((bySecond) => [...bySecond.values()].flat()).flatMap((e) => e.stems)]),
    ...rankingVocabulary,
  ]);
}

/**
 * a word's stem is left out (stemOf gives '') only where it is none of the compared stems: words of
 * the vocabulary with endings the stemmer takes off, made-up compounds and random letters
 */
function assertLeftOutOnlyWhereUnused(
  language: 'nl' | 'en',
  stemOf: (word: string) => string,
  compared: Set<string>,
  shapes: { endings: string[]; parts: string[]; letters: string },
): void {
  const known = fc.constantFrom(...[...compared].filter((s) => s.length > 2));
  const ending = fc.constantFrom(...shapes.endings);
  const parts = fc.constantFrom(...shapes.parts);
  const word = fc.oneof(
    fc.tuple(known, ending).map(([k, e]) => k + e),
    fc.tuple(fc.array(parts, { maxLength: 5 }), known, ending).map(([p, k, e]) => p.join('') + k + e),
    fc.tuple(fc.array(parts, { minLength: 1, maxLength: 8 }), ending).map(([p, e]) => p.join('') + e),
    fc.array(fc.constantFrom(...shapes.letters), { minLength: 1, maxLength: 30 }).map((l) => l.join('')),
  );
  let left = 0;
  fc.assert(
    // a boolean, not expect(): 20,000 expect() calls were a third of this file's time; a false
    // fails the property, and fast-check reports the word
    fc.property(word, (w) => {
      const stemmed = stemOf(w);
      if (stemmed !== '') return stemmed === stem(w, language);
      left++;
      return !compared.has(stem(w, language));
    }),
    { numRuns: 20_000 },
  );
  expect(left).toBeGreaterThan(2_000);
}

describe('the Dutch stem of a word', () => {
  const index = buildMatcherIndex(bundledPack());

  it('is left out only where it is none of the stems it would be compared with', () => {
    assertLeftOutOnlyWhereUnused('nl', (w) => dutchStemOf(index, w), comparedStems(index, 'nl'), {
      endings: ['', 'en', 'e', 's', 'heden', 'heid', 'ing', 'ingen', 'lijk', 'elijke', 'baar', 'tten', 'ig', 'igheden', 'end'],
      parts: ['weg', 'werk', 'plan', 'boom', 'hek', 'paal', 'glas', 'dak', 'muur', 'aa', 'oo'],
      letters: 'abdeghiklmnoprstuvzéë',
    });
  });

  it('is kept for the vocabulary\'s own words and their forms', () => {
    for (const word of ['verharding', 'verhardingen', 'elementenverharding', 'speeltoestellen', 'gemeente']) expect(dutchStemOf(index, word)).toBe(stem(word, 'nl'));
  });
});

describe('the English stem of a word', () => {
  const index = buildMatcherIndex(bundledPack());

  it('is left out only where it is none of the stems it would be compared with', () => {
    assertLeftOutOnlyWhereUnused('en', (w) => englishStemOf(index, w), comparedStems(index, 'en'), {
      endings: ['', 's', 'es', 'ed', 'ing', 'ingly', 'ation', 'ational', 'ization', 'izations', 'ness', 'ful', 'ement', 'ly', 'ably', 'y', 'ies', 'heden'],
      parts: ['weg', 'werk', 'plan', 'boom', 'hek', 'paal', 'road', 'light', 'ation', 'al'],
      letters: 'abdeghiklmnoprstuvyz',
    });
  });
});

describe('the analyses of a text\'s tokens', () => {
  const index = buildMatcherIndex(bundledPack());

  it('give every token of a word the analysis the index keeps for it, and list each distinct one once', () => {
    // many words of the same length and first, middle and last letters share analyseTokens' slots
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36).padStart(3, 'a')}x`);
    const text = Array.from({ length: 20_000 }, (_, i) => words[(i * 7919) % words.length]).join(' ') + ' de groenonderhoud de';
    const distinct: WordAnalysis[] = [];
    const tokens = tokenise(text);
    const analyses = analyseTokens(index, tokens, new CompoundBudget(text.length), distinct);
    tokens.forEach((token, i) => expect(analyses[i]).toBe(index.analyses.get(token.word)));
    expect(distinct.length).toBe(new Set(tokens.map((t) => t.word)).size);
    expect(new Set(distinct).size).toBe(distinct.length);
  });
});
