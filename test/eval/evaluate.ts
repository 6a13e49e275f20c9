// Measures the matcher on labelled texts: hit@3 (an expected product group among the first three)
// for the positives, and how many negatives got any nudge.
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import type { ContentPack } from '../../src/domain/content/model';
import type { EvalOutcome, LabelledText } from './labelled-texts';

export function evaluate(pack: ContentPack, texts: readonly LabelledText[]): EvalOutcome {
  const index = buildMatcherIndex(pack);
  const outcome: EvalOutcome = { positives: 0, hitAt3: 0, top1: 0, negatives: 0, negativesNudged: 0, documentTypeRight: 0, failures: [] };
  for (const text of texts) {
    const result = matchDocument(index, text.text);
    const ranked = result.productGroups.map((g) => `${g.id}(${g.score})`).join(' ');
    if (result.documentType === text.documentType) outcome.documentTypeRight++;
    if (text.negative) {
      outcome.negatives++;
      if (result.productGroups.length > 0) {
        outcome.negativesNudged++;
        outcome.failures.push({ id: text.id, why: `negative nudged: ${ranked}` });
      }
      continue;
    }
    outcome.positives++;
    const top3 = result.productGroups.slice(0, 3).map((g) => g.id);
    if (text.expected.some((g) => top3.includes(g))) outcome.hitAt3++;
    else outcome.failures.push({ id: text.id, why: `expected ${text.expected.join('/')}, got: ${ranked || 'nothing'}` });
    if (result.productGroups[0] && text.expected.includes(result.productGroups[0].id)) outcome.top1++;
  }
  return outcome;
}
