import { loadContentPack } from '../content/validate-pack';
import type { ContentPack } from '../content/model';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { buildMatcherIndex, matchDocument } from '.';

/** the minimal pack with the parties a tender seeks */
function pack(): ContentPack {
  const loaded = loadContentPack(minimalPackFiles());
  if (!loaded.ok) throw new Error('the minimal pack must load');
  const soughtParties = { nl: ['aannemer', { term: 'partij', weight: 0.8 }], en: [{ term: 'contractor', weight: 0.8 }] };
  return { ...loaded.pack, documentTypes: loaded.pack.documentTypes.map((d) => (d.id === 'tender' ? { ...d, soughtParties } : d)) };
}

describe('an authority that seeks a party', () => {
  const index = buildMatcherIndex(pack());

  it('types a sentence that seeks a party for work as a tender, from the verb to the party', () => {
    const result = matchDocument(index, 'De gemeente is op zoek naar een ervaren aannemer voor de renovatie van het zwembad.');
    expect(result.documentType).toBe('tender');
    expect(result.documentTypeEvidence.map((e) => e.text)).toEqual(['zoek naar een ervaren aannemer']);
    expect(matchDocument(index, 'Wij zoeken partijen die het evenement afvalvrij organiseren.').documentType).toBe('tender');
    expect(matchDocument(index, 'The municipality seeks a contractor for the new bridge.').documentType).toBe('tender');
  });

  it('reads no tender where the sought is no party, or the party is in another clause', () => {
    expect(matchDocument(index, 'De bibliotheek zoekt vrijwilligers voor de voorleesochtend.').documentType).toBe('other');
    expect(matchDocument(index, 'De gemeente zoekt een oplossing. De aannemer is failliet.').documentType).toBe('other');
    expect(matchDocument(index, 'De aannemer zoekt nog personeel.').documentType).toBe('other');
  });
});
