import { minimalPackFiles, withFile } from '../../../test/support/minimal-pack';
import { applyPolicy, meetsAdoptedMinimum, minimumStatusOf } from './apply-policy';
import type { Policy } from './model';
import { loadContentPack } from './validate-pack';

const policy = (value: string): Policy => ({
  ambitionPerProductGroup: {},
  parameters: [{ id: 'share', label: { nl: 'Aandeel', en: 'Share' }, value: { nl: value, en: value }, source: { kind: 'municipal-proposal', reference: 'Voorstel' } }],
});

function pack() {
  const files = [...minimalPackFiles(), { path: 'policy.yaml', text: 'parameters:\n  - { id: share, label: { nl: A, en: S }, value: { nl: "50 %", en: "50%" }, source: { kind: municipal-proposal, reference: V } }\n' }];
  const result = loadContentPack(withFile(files, 'checklists/roads.yaml', (t) => t.replace('"Hergebruik"', '"Hergebruik {{share}}"').replace('"Reuse"', '"Reuse {{share}}"')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

describe('applying a policy', () => {
  it('fills the texts again from the pack’s templates when the coordinator sets another value', () => {
    const loaded = pack();
    expect(loaded.checklists[0]!.items[0]!.text.nl).toBe('Hergebruik 50 %');
    const changed = applyPolicy(loaded, policy('70 %'));
    expect(changed.checklists[0]!.items[0]!.text).toEqual({ nl: 'Hergebruik 70 %', en: 'Reuse 70 %' });
    expect(changed.policy.parameters[0]!.value.nl).toBe('70 %');
  });

  it('fills texts read from the lists, which keep their {{parameter}}, without the bundled templates', () => {
    const loaded = pack();
    const fromLists = { ...loaded, templates: {}, checklists: [{ ...loaded.checklists[0]!, items: [{ ...loaded.checklists[0]!.items[0]!, text: { nl: 'Ten minste {{share}}', en: 'At least {{share}}' } }] }] };
    expect(applyPolicy(fromLists, policy('30 %')).checklists[0]!.items[0]!.text.nl).toBe('Ten minste 30 %');
  });

  it('counts a criterion in the adopted minimum when its level is at or below the group’s adopted level', () => {
    const adopted: Policy = { ambitionPerProductGroup: { roads: 'significant' }, parameters: [] };
    expect(meetsAdoptedMinimum('basis', 'roads', adopted)).toBe(true);
    expect(meetsAdoptedMinimum('significant', 'roads', adopted)).toBe(true);
    expect(meetsAdoptedMinimum('ambitious', 'roads', adopted)).toBe(false);
    expect(meetsAdoptedMinimum('basis', 'sewerage', adopted)).toBe(false);
    expect(meetsAdoptedMinimum('basis', undefined, adopted)).toBe(false);
  });

  it('says whether a criterion is in an adopted or only a proposed minimum, the adopted level winning', () => {
    const mixed: Policy = {
      ambitionPerProductGroup: { roads: 'basis' },
      proposedAmbitionPerProductGroup: { roads: 'ambitious', sewerage: 'significant' },
      parameters: [],
    };
    expect(minimumStatusOf('basis', 'roads', mixed)).toBe('adopted');
    expect(minimumStatusOf('significant', 'roads', mixed)).toBeUndefined();
    expect(minimumStatusOf('significant', 'sewerage', mixed)).toBe('proposed');
    expect(minimumStatusOf('ambitious', 'sewerage', mixed)).toBeUndefined();
    expect(minimumStatusOf('basis', 'green-space', mixed)).toBeUndefined();
  });
});
