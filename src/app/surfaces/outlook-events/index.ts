// The Outlook event runtime: the Smart Alert on appointmentSending. Built as one classic script,
// `outlook-events.js`, without a hash or chunks, because classic Outlook on Windows runs this file
// directly in its JavaScript-only runtime (no page, no DOM, no module loading); Outlook on the web,
// new Outlook and Mac load it through outlook-events.html after Office.js.
// invites are typed as meetings, where the matcher never asks the learned document type: left out
import pack from '../../../content/pack.yaml?pack=no-type-model';
import { buildMatcherIndex, type MatcherIndex } from '../../../domain/matcher';
import type { OfficeApi } from '../../../hosts/office/office-api';
import { registerSendCheck } from '../../../hosts/office/outlook/send-check';

const office = (globalThis as { Office?: OfficeApi }).Office;
let index: MatcherIndex | undefined;

if (office) {
  registerSendCheck({
    office,
    // the send check needs only the product groups' words: the checklists and actions stay out of
    // the index, which keeps its build well inside the check's time limit
    matcher: () => (index ??= buildMatcherIndex({ ...pack, checklists: [], actions: [] })),
    groupLabel: (id, language) => pack.productGroups.find((g) => g.id === id)?.label[language] ?? id,
  });
}
