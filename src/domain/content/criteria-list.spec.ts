import { minimalPackFiles, withFile } from '../../../test/support/minimal-pack';
import { criteriaList, criterionLines } from './criteria-list';
import { loadContentPack } from './validate-pack';

function pack(change: (text: string) => string = (t) => t) {
  const result = loadContentPack(withFile(minimalPackFiles(), 'checklists/roads.yaml', change));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('the criteria list for audits', () => {
  it('gives every criterion the same keys in the same order, with null where a field does not apply', () => {
    const [record] = criteriaList(pack((t) => t.replace('theme: circularity', 'theme: climate').replace('    rStrategy: R3-reuse\n', '')));
    expect(Object.keys(record!)).toEqual(['id', 'productGroup', 'theme', 'kind', 'ambition', 'rStrategy', 'text', 'verification', 'source']);
    expect(record).toEqual({
      id: 'roads-reuse',
      productGroup: 'roads',
      theme: 'climate',
      kind: 'requirement',
      ambition: 'basis',
      rStrategy: null,
      text: { nl: 'Hergebruik', en: 'Reuse' },
      verification: { nl: 'Opgave', en: 'Statement' },
      source: { kind: 'municipal-proposal', reference: 'Testgemeente', url: null },
    });
  });

  it('says a municipal proposal is not adopted, in the language asked for', () => {
    const [record] = criteriaList(pack());
    expect(criterionLines(record!, 'nl')[2]).toBe('  Voorstel, nog niet vastgesteld: Testgemeente');
    expect(criterionLines(record!, 'en')[0]).toBe('roads-reuse  [roads · Circularity · Basic · Requirement · R3 Reuse]');
  });
});
