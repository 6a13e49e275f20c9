// Remakes the labelled sets of real TED notices (docs/matcher.md, seventh and eighth passes) from
// the test data of the Publications Office's TED-to-RDF mappings, by the rule fixed before matching:
// records in `git ls-tree` path order, a notice number once, the original-language form section in
// Dutch (LG="NL"), the contracting body's address in the given country; text = title (II.1.1) + ". "
// + short description (II.1.4); short text = the description's first sentence of at least eight
// words, else the title; a text equal (whitespace and case folded) to one of any fixture or of an
// earlier record is dropped (a record whose text is, whole).
//
//   npx tsx test/eval/notices/extract-ted-notices.ts GIT_DIR COUNTRY PREFIX [LABELS.jsonl] > out.jsonl
//   (GIT_DIR: a clone of OP-TED/ted-rdf-mapping holding commit 2004fef480fe; COUNTRY: BE or NL;
//   PREFIX: the id prefix, e.g. notice-be)
//
// Labels (type, expected, acceptable, negative) are a person's judgement, not the script's: they
// are taken by id from LABELS (the set as committed) when given; a record without one is printed
// as an unlabelled tender and named on stderr. The fixture being remade is not a duplicate of itself.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { fixturesBut, readLabelledTexts, textKey as folded, type LabelledText } from '../labelled-texts';

const REPOSITORY = 'github.com/OP-TED/ted-rdf-mapping';
const COMMIT = '2004fef480fe';

export interface NoticeRecord {
  path: string;
  notice: string;
  form: string;
  authority: string;
  country: string;
  title: string;
  description: string;
  /** per lot (II.2), in order: its title (II.2.1) and description (II.2.4) */
  lots: { title: string; description: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi, (m, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : (ENTITIES[name ?? ''] ?? m),
  );
/** the text of an element's paragraphs, one space between them and in every run of whitespace */
const paragraphs = (xml: string) =>
  decode((xml.match(/<P>[\s\S]*?<\/P>|<P\/>/g) ?? []).map((p) => p.replace(/<[^>]+>/g, ' ')).join(' '))
    .replace(/\s+/g, ' ')
    .trim();
const element = (xml: string, name: string) => xml.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`))?.[1];

/** the fields of the rule from one TED XML file (schemas R2.0.9 and R2.0.8), or undefined when it has no Dutch original */
export function readNotice(path: string, xml: string): NoticeRecord | undefined {
  const forms = xml.slice(Math.max(0, xml.indexOf('<FORM_SECTION>')));
  // a Belgian notice may hold two original sections (French and Dutch): the Dutch one is read
  const form = [...forms.matchAll(/<([A-Z0-9_]+)\s[^>]*CATEGORY="ORIGINAL"[^>]*>/g)].find((f) => /\sLG="NL"/.test(f[0]));
  const name = form?.[1];
  if (!form || !name) return undefined;
  const section = element(forms.slice(form.index), name) ?? '';
  // section I (the contracting body) comes first; R2.0.8 forms name the object's fields otherwise
  const object = element(section, 'OBJECT_CONTRACT') ?? section;
  const beforeLots = object.split('<OBJECT_DESCR')[0] ?? '';
  const first = (...names: string[]) => names.map((name) => element(beforeLots, name)).find((e) => e !== undefined) ?? '';
  return {
    path,
    notice: basename(path, '.xml'),
    form: (form[0].match(/FORM="([^"]+)"/)?.[1] ?? name).replace(/^(\d)/, 'F$1'), // R2.0.8 writes FORM="16"
    authority: decode(element(section, 'OFFICIALNAME') ?? '').replace(/\s+/g, ' ').trim(),
    country: section.match(/<COUNTRY VALUE="([A-Z]+)"/)?.[1] ?? '',
    title: paragraphs(first('TITLE', 'TITLE_CONTRACT')),
    // II.1.4, or where a form has none (F07, F08) the first lot's description (II.2.4)
    description: paragraphs(first('SHORT_DESCR', 'SHORT_CONTRACT_DESCRIPTION', 'TOTAL_QUANTITY_OR_SCOPE') || (element(object, 'SHORT_DESCR') ?? '')),
    lots: (object.match(/<OBJECT_DESCR[\s>][\s\S]*?<\/OBJECT_DESCR>/g) ?? []).map((lot) => ({
      title: paragraphs(element(lot, 'TITLE') ?? ''),
      description: paragraphs(element(lot, 'SHORT_DESCR') ?? ''),
    })),
  };
}

/** the first sentence: up to a `.`, `!` or `?` followed by a space and a capital, digit or dash */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](?= [A-Z0-9\u00C0-\u00DE\-–—])/);
  return end < 0 ? text : text.slice(0, end + 1);
}

export function textsOf(r: NoticeRecord): { text: string; short: string } {
  const sentence = firstSentence(r.description);
  return {
    text: /[.!?]$/.test(r.title) ? `${r.title} ${r.description}` : `${r.title}. ${r.description}`,
    short: sentence.split(/\s+/).filter(Boolean).length >= 8 ? sentence : r.title,
  };
}

/** one fixture line as the other sets write it: `{"id": "…", "expected": ["a", "b"], …}` */
const jsonLine = (o: Record<string, unknown>) =>
  `{${Object.entries(o)
    .map(([k, v]) => `${JSON.stringify(k)}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`)
    .join(', ')}}`;

function* noticesAt(gitDir: string): Generator<NoticeRecord> {
  const git = (args: string[], input?: string) => execFileSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 1 << 30 });
  const paths = git(['ls-tree', '-r', '--name-only', COMMIT]).toString('utf8').split('\n').filter((p) => p.endsWith('.xml'));
  // one `cat-file --batch` for all files: a header line "<sha> blob <size>", the bytes, a newline
  const out = git(['cat-file', '--batch'], paths.map((p) => `${COMMIT}:${p}\n`).join(''));
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(10, at);
    const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2]);
    const notice = readNotice(path, out.subarray(eol + 1, eol + 1 + size).toString('utf8'));
    at = eol + 1 + size + 1;
    if (notice) yield notice;
  }
}

/** one fixture line, its labels taken by id from the set as committed (a record without one is named on stderr) */
const printer = (labels: ReadonlyMap<string, LabelledText>) => (id: string, body: string, source: string) => {
  const label: Partial<LabelledText> = labels.get(id) ?? { documentType: 'tender', expected: [], negative: false };
  if (!labels.has(id)) console.error(`unlabelled ${id}`);
  const { documentType, expected, acceptable, negative } = label;
  console.log(jsonLine({ id, documentType, expected, ...(acceptable ? { acceptable } : {}), negative, text: body, source }));
};

/** the folded texts of every fixture but the one being remade, and the fixtures' sources */
function fixtures(labelsFile: string | undefined) {
  const texts = fixturesBut(labelsFile ? basename(labelsFile) : '');
  return { seen: new Set(texts.flatMap(({ texts }) => texts.map((t) => folded(t.text)))), sources: (f: string) => texts.find((t) => t.file === f)?.texts.map((t) => t.source ?? '') ?? [] };
}

const NOTICE_SETS = { tuning: ['notice-tuning.jsonl', 'notice-be-tuning.jsonl'], measure: ['notice-measure.jsonl'] };
const pathOf = (source: string) => source.match(/@[0-9a-f]+:(\S+\.xml) /)?.[1];
const numberOf = (source: string) => source.match(/\(TED notice ([^,]+),/)?.[1]?.replace('_', '-');

/**
 * the lots of the notices on the tuning side (docs/matcher.md, thirteenth pass): per lot in order, its
 * title (II.2.1) and its description's first sentence of at least eight words (II.2.4), each a text;
 * a lot title equal (folded) to its notice's title, and a text equal to one of any fixture or an
 * earlier one, are dropped. A notice whose number a measuring set names is never read.
 */
function mainLots(gitDir: string, prefix: string, labelsFile: string | undefined) {
  const labels = new Map((labelsFile ? readLabelledTexts(labelsFile) : []).map((t) => [t.id, t]));
  const { seen, sources } = fixtures(labelsFile);
  const measured = new Set(NOTICE_SETS.measure.flatMap(sources).map(numberOf));
  const tuning = new Set(NOTICE_SETS.tuning.flatMap(sources).map(pathOf));
  const line = printer(labels);
  let n = 0;
  let notices = 0;
  const dropped = { notice: 0, repeat: 0, short: 0 };
  for (const r of noticesAt(gitDir)) {
    if (!tuning.has(r.path)) continue;
    if (measured.has(r.notice.replace('_', '-'))) throw new Error(`${r.notice} is a notice of a measuring set`);
    notices += 1;
    r.lots.forEach((lot, i) => {
      const sentence = firstSentence(lot.description);
      const texts: [string, string][] = [['title', lot.title]];
      if (sentence.split(/\s+/).filter(Boolean).length >= 8) texts.push(['description', sentence]);
      else if (lot.description) dropped.short += 1;
      for (const [field, text] of texts) {
        if (!text) continue;
        if (field === 'title' && folded(text) === folded(r.title)) {
          dropped.notice += 1;
          continue;
        }
        if (seen.has(folded(text))) {
          dropped.repeat += 1;
          continue;
        }
        seen.add(folded(text));
        n += 1;
        const source = `${REPOSITORY}@${COMMIT}:${r.path} (TED notice ${r.notice}, form ${r.form}, ${r.authority}; lot ${i + 1} of ${r.lots.length}, ${field === 'title' ? 'II.2.1' : 'II.2.4'})`;
        line(`${prefix}-${String(n).padStart(3, '0')}`, text, source);
      }
    });
  }
  console.error(`${notices} notices; ${n} texts; dropped: ${dropped.notice} lot titles equal to the notice's, ${dropped.repeat} repeats, ${dropped.short} descriptions whose first sentence is under eight words`);
}

function main([gitDir, country, prefix, labelsFile]: string[]) {
  if (!gitDir || !country || !prefix) throw new Error('usage: extract-ted-notices.ts GIT_DIR COUNTRY|lots PREFIX [LABELS.jsonl]');
  if (country === 'lots') return mainLots(gitDir, prefix, labelsFile);
  const labels = new Map((labelsFile ? readLabelledTexts(labelsFile) : []).map((t) => [t.id, t]));
  const { seen } = fixtures(labelsFile);
  const numbers = new Set<string>();
  let n = 0;
  for (const r of noticesAt(gitDir)) {
    const number = r.notice.replace('_', '-');
    if (r.country !== country || numbers.has(number)) continue;
    numbers.add(number);
    const { text, short } = textsOf(r);
    if (seen.has(folded(text))) {
      console.error(`dropped ${r.notice}: its text repeats an earlier one`);
      continue;
    }
    seen.add(folded(text));
    n += 1;
    const source = `${REPOSITORY}@${COMMIT}:${r.path} (TED notice ${r.notice}, form ${r.form}, ${r.authority})`;
    const nnn = String(n).padStart(3, '0');
    const line = (id: string, body: string) => printer(labels)(id, body, source);
    line(`${prefix}-${nnn}`, text);
    if (seen.has(folded(short))) console.error(`dropped the short text of ${prefix}-${nnn}: it repeats an earlier one`);
    else {
      seen.add(folded(short));
      line(`${prefix}-short-${nnn}`, short);
    }
  }
}

if (require.main === module) main(process.argv.slice(2));
