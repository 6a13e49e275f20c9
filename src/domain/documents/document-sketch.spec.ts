import { decodeSketch, encodeSketch, NEW_VERSION_THRESHOLD, recognise, SKETCH_SIZE, sketchOf, sketchSimilarity } from './document-sketch';

const TENDER = [
  'Aanbesteding herinrichting Soesterberg-Noord',
  'De gemeente Soest besteedt de herinrichting van 180 hectare openbare ruimte in Soesterberg-Noord aan, met wegen, groen en riolering.',
  'De opdrachtnemer hergebruikt vrijkomende klinkers en trottoirtegels en levert een materiaalpaspoort van de nieuwe verharding.',
  'Gunning vindt plaats op basis van de beste prijs-kwaliteitverhouding, met de MKI-waarde van het ontwerp als gunningscriterium.',
].join('\n');

const OTHER = [
  'Inkoop kantoormeubilair gemeentehuis',
  'De gemeente zoekt een leverancier van bureaus, stoelen en kasten voor het gemeentehuis, bij voorkeur gerefurbished.',
  'De leverancier neemt het bestaande meubilair terug en garandeert reserveonderdelen voor tien jaar.',
].join('\n');

describe('document sketches', () => {
  it('sees a tender with a changed figure in its first paragraph as a version of itself', () => {
    const edited = TENDER.replace('180 hectare', '185 hectare');
    expect(sketchSimilarity(sketchOf(TENDER)!, sketchOf(edited)!)).toBeGreaterThan(0.8);
  });

  it('ignores case, accents and layout', () => {
    const relaid = TENDER.toUpperCase().replace(/\n/g, '\n\n  ').replace('Soest', 'Sóest');
    expect(sketchSimilarity(sketchOf(TENDER)!, sketchOf(relaid)!)).toBe(1);
  });

  it('keeps a grown tender above the threshold and another tender below it', () => {
    const grown = `${TENDER}\nDe uitvoering start in het voorjaar van 2027 en duurt naar verwachting achttien maanden.`;
    expect(sketchSimilarity(sketchOf(TENDER)!, sketchOf(grown)!)).toBeGreaterThanOrEqual(NEW_VERSION_THRESHOLD);
    expect(sketchSimilarity(sketchOf(TENDER)!, sketchOf(OTHER)!)).toBeLessThan(NEW_VERSION_THRESHOLD);
  });

  it('has no sketch for a text without words', () => {
    expect(sketchOf('  ... \n ')).toBeUndefined();
  });

  it('survives being written down as text, and refuses text that is not a sketch', () => {
    const sketch = sketchOf(TENDER)!;
    const text = encodeSketch(sketch);
    expect(text).toHaveLength(SKETCH_SIZE * 8);
    expect(decodeSketch(text)).toEqual(sketch);
    expect(decodeSketch('abc')).toBeUndefined();
    expect(decodeSketch('z'.repeat(SKETCH_SIZE * 8))).toBeUndefined();
  });
});

describe('recognising an earlier document', () => {
  const tender = sketchOf(TENDER)!;
  const earlier = [
    { id: 'doc:tender', version: 1, sketch: tender },
    { id: 'doc:furniture', version: 3, sketch: sketchOf(OTHER)! },
  ];

  it('knows the same text as that version, an edited one as like it, and a new one as none', () => {
    expect(recognise(sketchOf(TENDER)!, earlier)).toEqual({ kind: 'same', id: 'doc:tender', version: 1 });
    expect(recognise(sketchOf(TENDER.replace('180', '185'))!, earlier)).toMatchObject({ kind: 'similar', id: 'doc:tender', version: 1 });
    expect(recognise(sketchOf('Schoonmaak van het gemeentehuis en de sporthallen, met duurzame middelen.')!, earlier)).toEqual({ kind: 'none' });
    expect(recognise(tender, [])).toEqual({ kind: 'none' });
  });

  it('prefers the newest version when two are as alike', () => {
    expect(recognise(tender, [...earlier, { id: 'doc:tender', version: 2, sketch: tender }])).toEqual({ kind: 'same', id: 'doc:tender', version: 2 });
  });
});
