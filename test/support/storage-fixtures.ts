// Small, valid content and acknowledgements for the storage tests.
import type { Acknowledgement } from '../../src/domain/acknowledgement';
import type { ContentPack } from '../../src/domain/content/model';

const t = (nl: string, en: string) => ({ nl, en });

export function fixturePack(): ContentPack {
  return {
    meta: {
      id: 'test-pack',
      version: '2026.11.0',
      municipality: t('Gemeente Testdorp', 'Municipality of Testdorp'),
      status: t('Testinhoud', 'Test content'),
      sourceNote: t('Gemaakt voor tests', 'Made for tests'),
    },
    programme: {
      ambition: t('Circulair in 2050', 'Circular by 2050'),
      targetYear: 2050,
      summary: t('Samenvatting', 'Summary'),
      phases: [{ id: 'learn', label: t('Leren', 'Learn'), description: t('Leren en experimenteren', 'Learn and experiment') }],
      themes: [{ id: 'public-space', label: t('Openbare ruimte', 'Public space'), description: t('Wegen en groen', 'Roads and green') }],
      teams: [
        { id: 'inkoop', label: t('Inkoop', 'Procurement') },
        { id: 'openbare-ruimte', label: t('Openbare ruimte', 'Public space') },
      ],
    },
    actions: [
      {
        id: 'reuse-paving',
        title: t('Hergebruik klinkers', 'Reuse paving stones'),
        description: t('Klinkers uit reconstructies worden hergebruikt.', 'Paving stones from reconstructions are reused.'),
        ownerTeam: 'openbare-ruimte',
        phase: 'learn',
        theme: 'public-space',
        indicator: t('Aandeel hergebruikte klinkers', 'Share of reused paving stones'),
        productGroups: ['roads', 'street-furniture'],
      },
      {
        id: 'circular-tenders',
        title: t('Circulair aanbesteden', 'Circular tendering'),
        description: t('Elke aanbesteding weegt circulariteit mee.', 'Every tender weighs circularity.'),
        ownerTeam: 'inkoop',
        phase: 'learn',
        theme: 'public-space',
        indicator: t('Aantal aanbestedingen met criteria', 'Tenders with criteria'),
        productGroups: [],
      },
    ],
    productGroups: [
      { id: 'roads', label: t('Wegen en verhardingen', 'Roads and paving'), triggers: { nl: ['asfalt', { term: 'tegel', weight: 0.4 }], en: ['asphalt'] }, cpv: ['45233'] },
      { id: 'street-furniture', label: t('Straatmeubilair', 'Street furniture'), triggers: { nl: ['zitbank'], en: [] }, cpv: [] },
    ],
    documentTypes: [],
    policy: {
      ambitionPerProductGroup: {},
      parameters: [
        { id: 'asphalt-share', label: t('Aandeel asfaltgranulaat', 'Share of reclaimed asphalt'), value: t('50 %', '50%'), source: { kind: 'municipal-proposal', reference: 'Voorstel' } },
      ],
    },
    checklists: [
      {
        id: 'roads',
        title: t('Wegen', 'Roads'),
        description: t('Criteria voor wegen', 'Criteria for roads'),
        productGroup: 'roads',
        items: [
          {
            id: 'roads-recycled-asphalt',
            text: t('Vraag om gerecycled asfalt.', 'Ask for recycled asphalt.'),
            guidance: t('Minimaal 50%.', 'At least 50%.'),
            ambition: 'basis',
            kind: 'requirement',
            theme: 'circularity',
            rStrategy: 'R8-recycle',
            verification: t('Opgave van het aandeel.', 'A statement of the share.'),
            source: { kind: 'mvi', reference: 'MVI-criteriatool, productgroep Wegen', url: 'https://www.mvicriteria.nl' },
          },
          {
            id: 'roads-mki',
            text: t('Stel een MKI-plafond.', 'Set an MKI ceiling.'),
            guidance: t('Reken met DuboCalc.', 'Calculate with DuboCalc.'),
            ambition: 'significant',
            kind: 'award',
            theme: 'circularity',
            rStrategy: 'R2-reduce',
            verification: t('DuboCalc-berekening.', 'A DuboCalc calculation.'),
            source: { kind: 'mvi', reference: 'MVI-criteriatool, productgroep Wegen', url: 'https://www.mvicriteria.nl' },
          },
        ],
      },
      {
        id: 'practice-meeting',
        title: t('Overleg', 'Meetings'),
        description: t('Gewoonten voor overleg', 'Habits for meetings'),
        documentTypes: ['meeting', 'project-plan'],
        items: [
          {
            id: 'meeting-ask-reuse',
            text: t('Vraag: kan het met wat er al is?', 'Ask: can it be done with what exists?'),
            guidance: t('Aan het begin van het overleg.', 'At the start of the meeting.'),
            ambition: 'basis',
            kind: 'practice',
            theme: 'circularity',
            verification: t('Verslag van het overleg.', 'The minutes.'),
            source: { kind: 'practice', reference: 'Werkwijze' },
          },
        ],
      },
    ],
  };
}

/** the n-th acknowledgement of a test run: valid, with a unique key */
export function fixtureAck(n: number, overrides: Partial<Acknowledgement> = {}): Acknowledgement {
  return {
    ackKey: `ack-${String(n).padStart(8, '0')}`,
    checklistItemId: `roads-item-${n % 50}`,
    checklistId: 'roads',
    productGroup: 'roads',
    decision: n % 5 === 0 ? 'not-applicable' : 'applied',
    ...(n % 5 === 0 ? { reason: 'Niet van toepassing op dit bestek' } : {}),
    contextType: 'procurement',
    contextRef: `draft-${n % 20}`,
    source: 'tab',
    staffAadId: `00000000-0000-4000-8000-${String(n % 7).padStart(12, '0')}`,
    contentVersion: '2026.11.0',
    appVersion: '0.1.0',
    ackAt: new Date(Date.UTC(2026, 10, 1) + n * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...overrides,
  };
}
