// A small valid content pack as YAML texts, for tests that need a pack they can break on purpose.
import { DOCUMENT_TYPES, PHASES, THEMES } from '../../src/domain/taxonomy';

/** the product groups of the minimal pack: the ids of the bundled pack's starting set */
export const MINIMAL_PACK_GROUPS = [
  'roads',
  'green-space',
  'sewerage',
  'public-lighting',
  'street-furniture',
  'civil-structures',
  'waste-management',
  'buildings-new',
  'buildings-maintenance',
  'demolition',
  'area-development',
  'office-furniture',
  'ict-hardware',
  'printing-paper',
  'workwear',
  'catering',
  'cleaning',
  'street-cleaning',
  'vehicles',
  'energy',
  'events',
] as const;
import type { PackFile } from '../../src/domain/content/validate-pack';

const t = (nl: string, en: string) => `{ nl: "${nl}", en: "${en}" }`;

export function minimalPackFiles(): PackFile[] {
  return [
    {
      path: 'pack.yaml',
      text: `id: test-pack\nversion: 1.0.0\nmunicipality: ${t('Testgemeente', 'Test municipality')}\nstatus: ${t('Startpunt', 'Starting point')}\nsourceNote: ${t('Bron', 'Source')}\n`,
    },
    {
      path: 'programme.yaml',
      text: [
        `ambition: ${t('Circulair in 2050', 'Circular in 2050')}`,
        'targetYear: 2050',
        `summary: ${t('Samenvatting', 'Summary')}`,
        'phases:',
        ...PHASES.map((id) => `  - { id: ${id}, label: ${t(id, id)}, description: ${t('x', 'x')} }`),
        'themes:',
        ...THEMES.map((id) => `  - { id: ${id}, label: ${t(id, id)}, description: ${t('x', 'x')} }`),
        'teams:',
        `  - { id: inkoop, label: ${t('Inkoop', 'Procurement')} }`,
        '',
      ].join('\n'),
    },
    {
      path: 'actions.yaml',
      text: [
        'actions:',
        '  - id: reuse-paving',
        `    title: ${t('Hergebruik bestrating', 'Reuse paving')}`,
        `    description: ${t('Beschrijving', 'Description')}`,
        '    ownerTeam: inkoop',
        '    phase: learn',
        '    theme: public-space',
        `    indicator: ${t('Aandeel', 'Share')}`,
        '    productGroups: [roads]',
        '',
      ].join('\n'),
    },
    {
      path: 'product-groups.yaml',
      text: [
        'productGroups:',
        ...MINIMAL_PACK_GROUPS.map(
          (id) => `  - id: ${id}\n    label: ${t(id, id)}\n    triggers: { nl: ["${id}-woord"], en: ["${id}-word"] }\n    cpv: []`,
        ),
        '',
      ].join('\n'),
    },
    {
      path: 'document-types.yaml',
      text: ['documentTypes:', ...DOCUMENT_TYPES.map((id) => `  - { id: ${id}, label: ${t(id, id)}, cues: { nl: [], en: [] } }`), ''].join('\n'),
    },
    {
      path: 'checklists/roads.yaml',
      text: [
        'id: roads',
        'productGroup: roads',
        `title: ${t('Wegen', 'Roads')}`,
        `description: ${t('Voor wegen', 'For roads')}`,
        'items:',
        '  - id: roads-reuse',
        `    text: ${t('Hergebruik', 'Reuse')}`,
        `    guidance: ${t('Uitleg', 'Guidance')}`,
        '    ambition: basis',
        '    kind: requirement',
        '    theme: circularity',
        '    rStrategy: R3-reuse',
        `    verification: ${t('Opgave', 'Statement')}`,
        '    source: { kind: municipal-proposal, reference: "Testgemeente" }',
        '',
      ].join('\n'),
    },
  ];
}

/** the pack with one file's text changed */
export function withFile(files: PackFile[], path: string, change: (text: string) => string): PackFile[] {
  return files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
}
