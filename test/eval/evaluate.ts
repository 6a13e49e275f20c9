// Measures the matcher on labelled texts: hit@3 (an expected product group among the first three)
// and top-1 for the positives; precision (of the groups reported in the top three, the share that
// is expected or acceptable); how many negatives got any nudge; the document type; and per group
// a row of the confusion table.
import { buildMatcherIndex, matchDocument } from '../../src/domain/matcher';
import type { ContentPack } from '../../src/domain/content/model';
import type { ProductGroupId } from '../../src/domain/taxonomy';
import type { EvalOutcome, GroupRow, LabelledText } from './labelled-texts';

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export function evaluate(pack: ContentPack, texts: readonly LabelledText[]): EvalOutcome {
  const index = buildMatcherIndex(pack);
  const outcome: EvalOutcome = {
    positives: 0,
    hitAt3: 0,
    top1: 0,
    reportedInTop3: 0,
    reportedRight: 0,
    negatives: 0,
    negativesNudged: 0,
    documentTypeRight: 0,
    documentTypes: new Map(),
    groups: new Map(),
    failures: [],
    extras: [],
  };
  const row = (id: ProductGroupId): GroupRow => {
    let r = outcome.groups.get(id);
    if (!r) outcome.groups.set(id, (r = { texts: 0, hits: 0, reported: 0, reportedRight: 0, confusedWith: new Map() }));
    return r;
  };
  for (const text of texts) {
    const result = matchDocument(index, text.text);
    const ranked = result.productGroups.map((g) => `${g.id}(${g.score})`).join(' ');
    if (result.documentType === text.documentType) outcome.documentTypeRight++;
    const byType = outcome.documentTypes.get(text.documentType) ?? new Map();
    outcome.documentTypes.set(text.documentType, count(byType, result.documentType));
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
    const accepted = new Set([...text.expected, ...(text.acceptable ?? [])]);
    const hit = text.expected.some((g) => top3.includes(g));
    if (hit) outcome.hitAt3++;
    else outcome.failures.push({ id: text.id, why: `expected ${text.expected.join('/')}, got: ${ranked || 'nothing'}` });
    if (result.productGroups[0] && text.expected.includes(result.productGroups[0].id)) outcome.top1++;
    const wrong = top3.filter((g) => !accepted.has(g));
    outcome.reportedInTop3 += top3.length;
    outcome.reportedRight += top3.length - wrong.length;
    if (wrong.length > 0) outcome.extras.push({ id: text.id, why: `also ${wrong.join(', ')}: ${ranked}` });
    // the text's row is its first expected group; each reported group's row counts its reports
    const own = row(text.expected[0]!);
    own.texts++;
    if (hit) own.hits++;
    for (const g of wrong) count(own.confusedWith, g);
    for (const g of top3) {
      const r = row(g);
      r.reported++;
      if (accepted.has(g)) r.reportedRight++;
    }
  }
  return outcome;
}

/** precision over the positives' top three; 1 when nothing was reported */
export const precisionOf = (o: EvalOutcome) => (o.reportedInTop3 === 0 ? 1 : o.reportedRight / o.reportedInTop3);
