import type { ContentPack, Trigger } from '../content/model';
import { loadContentPack } from '../content/validate-pack';
import { minimalPackFiles } from '../../../test/support/minimal-pack';
import { findDeadTriggers } from './dead-triggers';
import { buildMatcherIndex } from './matcher-index';
import { matchDocument } from './match-document';

const loaded = loadContentPack(minimalPackFiles());
if (!loaded.ok) throw new Error('the minimal pack must load');
const base = loaded.pack;

/** the minimal pack with the roads group's triggers and the tender's cues given */
function packWith(roads: { nl: Trigger[]; en: Trigger[] }, tenderCues: { nl: Trigger[]; en: Trigger[] } = { nl: [], en: [] }): ContentPack {
  return {
    ...base,
    productGroups: base.productGroups.map((g) => (g.id === 'roads' ? { ...g, triggers: roads } : g)),
    documentTypes: base.documentTypes.map((d) => (d.id === 'tender' ? { ...d, cues: tenderCues } : d)),
  };
}

/** the pack without the trigger at `path` (['productGroups', i, 'triggers', language, j] or a document type's) */
function without(pack: ContentPack, path: (string | number)[]): ContentPack {
  const copy = structuredClone(pack);
  let list: unknown = copy;
  for (const seg of path.slice(0, -1)) list = (list as Record<string | number, unknown>)[seg];
  (list as unknown[]).splice(path.at(-1) as number, 1);
  return copy;
}

const TEXTS = [
  'Levering van printers en trucks voor de buitendienst.',
  'Printer, printers en een truck.',
  'De feed-in tariff voor zonnepanelen.',
  'Grondwerken en saneringsgrondwerken bij de nieuwe gymzaal.',
  'Het oude pand wordt gesloopt; de sloop begint in mei.',
  'De aanbesteding: de gemeente aanbesteedt het werk, inschrijvers melden zich.',
];
const results = (pack: ContentPack) => {
  const index = buildMatcherIndex(pack);
  return TEXTS.map((text) => matchDocument(index, text));
};

describe('triggers that can never count', () => {
  const pack = packWith(
    {
      nl: ['printer', 'printers', { term: 'grondwerk', weight: 0.8 }, 'grondwerken', { term: 'sloop', weight: 0.5 }, { term: 'slopen', weight: 0.5 }, 'nieuwe gymzaal', 'nieuwe gymzaal'],
      en: ['truck', 'trucks', { term: 'feed-in', weight: 0.8 }, 'feed-in tariff'],
    },
    { nl: [{ term: 'aanbesteding', weight: 0.6 }, 'inschrijver', 'inschrijvers', 'aanbesteden'], en: [] },
  );
  const dead = findDeadTriggers(pack);

  it('are the later of two that stem alike, a phrase that opens like an earlier one, and a verb whose own weight never counts', () => {
    expect(dead.map((d) => [d.term, d.reason, d.first?.term])).toEqual([
      ['printers', 'stems-alike', 'printer'],
      ['nieuwe gymzaal', 'stems-alike', 'nieuwe gymzaal'],
      ['trucks', 'stems-alike', 'truck'],
      ['feed-in tariff', 'opens-alike', 'feed-in'],
      ['inschrijvers', 'stems-alike', 'inschrijver'],
      ['aanbesteden', 'verb-weight', 'aanbesteding'],
    ]);
  });

  it('change no match when they go', () => {
    const gone = dead.filter((d) => d.reason !== 'verb-weight').reduceRight((p, d) => without(p, d.path), pack);
    expect(findDeadTriggers(gone).map((d) => d.term)).toEqual(['aanbesteden']);
    expect(results(gone)).toEqual(results(pack));
  });

  it('spare a heavier word, which counts as a compound’s part, and the one infinitive that makes a verb’s forms count', () => {
    const before = results(pack);
    // grondwerken (1) weighs more than grondwerk (0.8) in saneringsgrondwerken
    expect(results(without(pack, ['productGroups', 0, 'triggers', 'nl', 3]))).not.toEqual(before);
    // without slopen, gesloopt says nothing
    expect(results(without(pack, ['productGroups', 0, 'triggers', 'nl', 5]))).not.toEqual(before);
    // aanbesteden, listed for its forms, counts as aanbesteding (0.6): its own weight never counts
    const honest = without(pack, ['documentTypes', 0, 'cues', 'nl', 3]);
    honest.documentTypes[0]!.cues.nl.push({ term: 'aanbesteden', weight: 0.6 });
    expect(results(honest)).toEqual(before);
    expect(results(without(pack, ['documentTypes', 0, 'cues', 'nl', 3]))).not.toEqual(before);
  });
});
