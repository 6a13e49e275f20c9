// `circular-choices match [FILE|-] [--json] [--lang nl|en] [--content DIR] [--lists [--site ID|URL | --server URL]]`
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { contentLookup } from '../../domain/content/lookup';
import type { ContentPack } from '../../domain/content/model';
import { buildMatcherIndex, matchDocument, type MatchResult } from '../../domain/matcher';
import type { Language } from '../../domain/taxonomy';
import { TAXONOMY_LABELS } from '../../domain/taxonomy-labels';
import { BadInputError, UsageError, type CliIO } from '../cli-io';
import { loadPackOrFail } from '../load-pack';
import { ListsContentStore } from '../../storage/graph';
import { connectToSite, onSite, withSiteOptions, type SiteOptions } from './lists';

const WORDS: Record<Language, Record<string, string>> = {
  nl: {
    type: 'Soort document',
    groups: 'Productgroepen',
    items: 'Criteria om te overwegen',
    actions: 'Acties uit het programma',
    none: 'Geen circulaire criteria gevonden voor deze tekst.',
    because: 'gevonden op',
    more: 'en nog',
  },
  en: {
    type: 'Document type',
    groups: 'Product groups',
    items: 'Criteria to consider',
    actions: 'Programme actions',
    none: 'No circular criteria found for this text.',
    because: 'found on',
    more: 'and',
  },
};

const SHOWN_ITEMS = 8;

/** the JSON contract of `match --json`: exactly these keys, in this order */
function matchJson(result: MatchResult): unknown {
  return {
    documentType: result.documentType,
    productGroups: result.productGroups.map((g) => ({
      id: g.id,
      score: g.score,
      evidence: g.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
    })),
    checklistItems: result.checklistItems.map((i) => ({ id: i.id, productGroup: i.productGroup, score: i.score })),
    actions: result.actions.map((a) => ({ id: a.id, score: a.score })),
  };
}

function matchSummary(result: MatchResult, pack: ContentPack, language: Language): string {
  const w = WORDS[language];
  const find = contentLookup(pack);
  const typeLabel = pack.documentTypes.find((d) => d.id === result.documentType)?.label[language] ?? result.documentType;
  const lines = [`${w.type}: ${typeLabel}`];
  if (result.productGroups.length === 0) return [...lines, w.none].join('\n');
  lines.push('', `${w.groups}:`);
  for (const group of result.productGroups) {
    const label = find.productGroup(group.id)?.label[language] ?? group.id;
    const evidence = [...new Set(group.evidence.map((e) => e.text))].slice(0, 6).join(', ');
    lines.push(`  ${label} (${group.score}), ${w.because}: ${evidence}`);
  }
  lines.push('', `${w.items}:`);
  const labels = TAXONOMY_LABELS[language];
  for (const match of result.checklistItems.slice(0, SHOWN_ITEMS)) {
    const found = find.item(match.id);
    if (!found) continue;
    const { item } = found;
    lines.push(`  - ${item.text[language]}`, `    [${[labels.ambition[item.ambition], labels.criterionKind[item.kind], item.rStrategy && labels.rStrategy[item.rStrategy], item.source.kind === 'municipal-proposal' && labels.sourceKind[item.source.kind]].filter(Boolean).join(' · ')}]`);
  }
  if (result.checklistItems.length > SHOWN_ITEMS) lines.push(`  (${w.more} ${result.checklistItems.length - SHOWN_ITEMS})`);
  if (result.actions.length > 0) {
    lines.push('', `${w.actions}:`);
    for (const match of result.actions.slice(0, 5)) {
      const action = find.action(match.id);
      if (action) lines.push(`  - ${action.title[language]} (${find.teamLabel(action.ownerTeam)?.[language] ?? action.ownerTeam})`);
    }
  }
  return lines.join('\n');
}

export function register(program: Command, io: CliIO): void {
  withSiteOptions(
    program
      .command('match')
      .description('match a document against the checklists and programme actions')
      .argument('[file]', "the text file to match; '-' or nothing reads standard input")
      .option('--json', 'print the result as JSON')
      .option('--lang <language>', 'language of the summary: nl or en', 'nl')
      .option('--content <dir>', 'a content pack folder instead of the bundled pack')
      .option('--lists', "the content of the site's lists (product groups and their trigger words, checklists, actions, policy), as the server and the tab read it; the pack fills in what the lists lack"),
  ).action(async (file: string | undefined, options: SiteOptions & { json?: boolean; lang: string; content?: string; lists?: boolean }) => {
      if (options.lang !== 'nl' && options.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${options.lang}'`);
      let text: string;
      if (!file || file === '-') {
        if (io.stdinIsTerminal) throw new UsageError('give a file, or pipe a text into standard input');
        text = await io.readStdin();
      } else {
        try {
          text = readFileSync(resolve(io.cwd, file), 'utf8');
        } catch (error) {
          throw new BadInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
      }
      if (!options.lists && (options.site !== undefined || options.server !== undefined || options.deviceCode)) {
        throw new UsageError('--site, --server and --device-code say where the lists are: add --lists');
      }
      let pack = loadPackOrFail(options.content ? resolve(io.cwd, options.content) : undefined);
      if (options.lists) {
        const connection = await connectToSite(options, io);
        const bundled = pack;
        const loaded = await onSite(connection, () => new ListsContentStore({ http: connection.http, siteId: connection.siteId, bundled: async () => bundled }).load());
        // a broken row is named (list, row and column) and left out; the rest still counts
        for (const problem of loaded.problems) io.err(`${problem.list}: ${problem.message}`);
        pack = loaded.pack;
      }
      const result = matchDocument(buildMatcherIndex(pack), text);
      io.out(options.json ? JSON.stringify(matchJson(result)) : matchSummary(result, pack, options.lang));
    });
}
