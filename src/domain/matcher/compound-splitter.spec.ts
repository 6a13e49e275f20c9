// Property tests of compound splitting under hostile input: the memo changes how much work a word
// costs, never its parts; no word or text costs more than a stated number of split steps (counted,
// not timed); ordinary texts match exactly as without the memo.
import fc from 'fast-check';
import { loadContentPack } from '../content/validate-pack';
import type { ContentPack } from '../content/model';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { buildMatcherIndex, matchDocument } from '.';
import { tokenise } from './fold';
import { analyseTokens } from './matcher-index';
import { CompoundBudget, CompoundSplitter, MAX_COMPOUND_LETTERS } from './trigger-table';

const TRIGGERS = ['asfalt', 'verharding', 'klinker', 'groen', 'snoeien', 'boom', 'bos', 'hek', 'paal', 'zitbank', 'papier', 'kopieerpapier'];
/** short known parts (triggers and common parts): the stuff of the most expensive made-up compounds */
const SHORT_PARTS = ['weg', 'werk', 'plan', 'team', 'wijk', 'pand', 'boom', 'bos', 'hek', 'paal'];
const FILLER = ['de', 'het', 'een', 'van', 'voor', 'met', 'wordt', 'gemeente', 'Soest', 'levering', 'opdracht', 'nieuwe', 'bestaande', 'vervangen', 'in', '2027', 'fase'];

function testPack(): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  const nl: Record<string, string[]> = {
    roads: ['asfalt', 'verharding', 'klinker'],
    'green-space': ['groen', 'snoeien', 'boom', 'bos'],
    'street-furniture': ['hek', 'paal', 'zitbank'],
    'printing-paper': ['papier', 'kopieerpapier'],
  };
  return {
    ...loaded.pack,
    productGroups: loaded.pack.productGroups.map((g) => ({ ...g, triggers: { nl: nl[g.id] ?? [], en: [] }, cpv: [] })),
  };
}

/** the most split steps a word of n letters can cost: each stretch once, with its linkers and split points, and the head and first-part scans */
function wordStepBound(n: number): number {
  let sum = 3 * n;
  for (let length = 1; length <= n; length++) sum += (n - length + 1) * (length + 5);
  return sum;
}

const part = fc.constantFrom(...SHORT_PARTS, ...TRIGGERS, 'onderhoud', 'beheer', 'aanleg', 's', 'en', 'e');
/** a word made of known parts and linking letters, like a real (or made-up) Dutch compound */
const compound = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const letters = fc.array(fc.constantFrom(...'abdeghiklmnoprstuvwz'), { minLength: 1, maxLength: 30 }).map((l) => l.join(''));
/** a made-up compound of many short known parts ending in a trigger: the case that was exponential */
const hostileParts = (maxParts: number) =>
  fc.record({ body: fc.array(fc.constantFrom(...SHORT_PARTS, 'aap', 'pop', 'opp'), { minLength: 4, maxLength: maxParts }).map((p) => p.join('')), head: fc.constantFrom('verharding', 'klinker', 'boom') });
const hostileWord = (maxParts: number) => hostileParts(maxParts).map(({ body, head }) => body + head);

/**
 * hostile words to `length` characters, each made distinct (so no cached analysis helps) by an
 * opening that spells its number in known parts, and kept within the cap so that each is split
 */
function hostileText(words: readonly { body: string; head: string }[], length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    const { body, head } = words[i % words.length]!;
    const number = [...String(i)].map((d) => SHORT_PARTS[Number(d)]).join('');
    text += `${(number + body).slice(0, MAX_COMPOUND_LETTERS - head.length)}${head} `;
  }
  return text.slice(0, length);
}

describe('compound splitting', () => {
  const memoised = new CompoundSplitter(TRIGGERS);
  const reference = new CompoundSplitter(TRIGGERS, { memo: false });

  it('finds the same parts with the memo as without it', () => {
    fc.assert(
      fc.property(fc.oneof(compound, letters, fc.tuple(compound, letters).map(([a, b]) => a + b)), (word) => {
        expect(memoised.split(word)).toEqual(reference.split(word));
      }),
      { numRuns: 2000 },
    );
  });

  it('costs a word no more split steps than a bound cubic in its length, however long', () => {
    const unbounded = new CompoundSplitter(TRIGGERS, { maxLetters: Number.POSITIVE_INFINITY });
    fc.assert(
      fc.property(hostileWord(40), (word) => {
        const before = unbounded.steps;
        unbounded.split(word);
        expect(unbounded.steps - before).toBeLessThanOrEqual(wordStepBound(word.length));
      }),
      { numRuns: 200 },
    );
    // the issue's 60-letter word, which took seconds without the memo
    const issueWord = 'aapoppaaapoppaaapoppaaapoppaaapoppaaapoppaaapoppaaverharding';
    const before = unbounded.steps;
    expect(unbounded.split(issueWord)?.at(-1)).toMatchObject({ stem: 'verhard' });
    expect(unbounded.steps - before).toBeLessThanOrEqual(wordStepBound(issueWord.length));
  });

  it('also finds the group word a two-word head takes its start from, within the same bound', () => {
    // beheerplan (a plan's cue) is the longest head of groenbeheerplan; groenbeheer + plan is the
    // green-space reading
    const splitter = new CompoundSplitter([...TRIGGERS, 'groenbeheer', 'beheerplan'], { maxLetters: Number.POSITIVE_INFINITY });
    expect(splitter.split('groenbeheerplan')?.map((p) => p.stem)).toEqual(['groen', 'groenbeher', 'beheerplan']);
    expect(splitter.split('stadsgroenbeheerplan')?.map((p) => p.stem)).toEqual(['beheerplan']);
    expect(splitter.split('asfaltverharding')?.map((p) => p.stem)).toEqual(['asfalt', 'verhard']);
    expect(splitter.split('groenonderhoud')?.map((p) => p.stem)).toEqual(['groen', 'onderhoud']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SHORT_PARTS, 'groen', 'aap', 'pop'), { minLength: 4, maxLength: 12 }), (parts) => {
        const word = parts.join('') + 'beheerplan';
        const before = splitter.steps;
        splitter.split(word);
        expect(splitter.steps - before).toBeLessThanOrEqual(wordStepBound(word.length));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves a word longer than the cap whole, at no cost', () => {
    const word = 'weg'.repeat(20) + 'verharding';
    expect(word.length).toBeGreaterThan(MAX_COMPOUND_LETTERS);
    const before = memoised.steps;
    expect(memoised.split(word)).toBeUndefined();
    expect(memoised.steps).toBe(before);
  });
});

describe('matching hostile and random texts', () => {
  const pack = testPack();
  const perTextBound = (text: string) => new CompoundBudget(text.length).limit + wordStepBound(MAX_COMPOUND_LETTERS);

  it('spends at most the budget and one word on splitting a hostile text of up to 200,000 characters, and says it cut short', () => {
    fc.assert(
      fc.property(fc.array(hostileParts(12), { minLength: 1, maxLength: 50 }), fc.integer({ min: 50_000, max: 200_000 }), (words, length) => {
        const text = hostileText(words, length);
        const index = buildMatcherIndex(pack);
        const result = matchDocument(index, text);
        expect(index.splitter.steps).toBeLessThanOrEqual(perTextBound(text));
        expect(result.compoundsCutShort).toBe(true);
        // the answer depends on the text alone: a second run, with every word cached, agrees
        expect(matchDocument(index, text)).toEqual(result);
      }),
      { numRuns: 4 },
    );
  });

  it('tries no long word as a verb form once the budget is spent, whatever was matched before', () => {
    const seen = buildMatcherIndex(pack);
    // a form of the listed verb snoeien: green space, and its analysis is cached
    expect(matchDocument(seen, 'De bomen zijn gesnoeid.').productGroups.map((g) => g.id)).toEqual(['green-space']);
    for (const index of [seen, buildMatcherIndex(pack)]) {
      const spent = new CompoundBudget(0, 0);
      const [analysis] = analyseTokens(index, tokenise('gesnoeid'), spent);
      expect(analysis!.triggers).toBe(false);
      expect(spent.cutShort).toBe(true);
      // with budget left it is the verb again
      expect(analyseTokens(index, tokenise('gesnoeid'), new CompoundBudget(100))[0]!.triggers).toBe(true);
    }
  });

  it('matches the issue\'s 60-letter word repeated to 200,000 characters without splitting it', () => {
    const text = 'aapoppaaapoppaaapoppaaapoppaaapoppaaapoppaaapoppaaverharding '.repeat(3278);
    const index = buildMatcherIndex(pack);
    const result = matchDocument(index, text);
    // one distinct word (over the cap, so matched whole): nothing to cut short, nothing found
    expect(index.splitter.steps).toBe(0);
    expect(result.productGroups).toEqual([]);
  });

  it('keeps evidence pointing into the text and work within the bound on random text', () => {
    const index = buildMatcherIndex(pack);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...FILLER), compound, hostileWord(12)), { maxLength: 400 }), (pieces) => {
        const text = pieces.join(' ');
        const before = index.splitter.steps;
        const result = matchDocument(index, text);
        expect(index.splitter.steps - before).toBeLessThanOrEqual(perTextBound(text));
        for (const group of result.productGroups) for (const e of group.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same hits when a repeated word is skipped in the tables it cannot hit as when every table looks it up', () => {
    const pack = testPack();
    // document-type cues beside product-group words, compounds and repeats, so that each table has words the others lack
    const cues = ['aanbesteding', 'offerte', 'agenda', 'raadsvoorstel', 'notulen', 'plan'];
    const sentence = fc.array(fc.oneof(fc.constantFrom(...FILLER, ...cues), compound), { minLength: 3, maxLength: 20 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), (sentences) => {
        const text = sentences.join(' ').repeat(2);
        const withBits = buildMatcherIndex(pack);
        const lookingUp = buildMatcherIndex(pack);
        for (const table of lookingUp.tables) delete table.bit;
        expect(matchDocument(withBits, text)).toEqual(matchDocument(lookingUp, text));
      }),
      { numRuns: 200 },
    );
  });

  it('matches ordinary texts exactly as the splitter without the memo does', () => {
    const memoised = buildMatcherIndex(pack);
    const reference = buildMatcherIndex(pack, { splitter: { memo: false } });
    const sentence = fc.array(fc.oneof(fc.constantFrom(...FILLER), compound), { minLength: 3, maxLength: 20 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), (sentences) => {
        const text = sentences.join(' ');
        const result = matchDocument(memoised, text);
        expect(result).toEqual(matchDocument(reference, text));
        expect(result.compoundsCutShort).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
