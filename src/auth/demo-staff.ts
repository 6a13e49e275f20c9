// The demo staff members of local mode: invented people, visibly labelled as a development
// identity wherever they appear. Team ids are those of src/content/programme.yaml.
import type { DevUser } from './dev-token';

export const DEMO_STAFF: readonly DevUser[] = [
  { oid: '00000000-0000-4000-8000-000000000001', name: 'Sanne de Vries (demo)', upn: 'sanne.devries@soest.example', team: 'inkoop' },
  { oid: '00000000-0000-4000-8000-000000000002', name: 'Joris Bakker (demo)', upn: 'joris.bakker@soest.example', team: 'openbare-ruimte' },
  { oid: '00000000-0000-4000-8000-000000000003', name: 'Fatima El Amrani (demo)', upn: 'fatima.elamrani@soest.example', team: 'vastgoed' },
  { oid: '00000000-0000-4000-8000-000000000004', name: 'Pieter Jansen (demo)', upn: 'pieter.jansen@soest.example', team: 'ruimtelijke-ontwikkeling' },
  { oid: '00000000-0000-4000-8000-000000000005', name: 'Noor Visser (demo)', upn: 'noor.visser@soest.example', team: 'programma-duurzaamheid' },
];

/** the user the emulator acts as when a request carries no development token */
export const DEFAULT_DEMO_USER: DevUser = DEMO_STAFF[0]!;
