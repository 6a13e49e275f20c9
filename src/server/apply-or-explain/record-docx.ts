// An apply-or-explain record as a Word document (the `docx` package), to put in the procurement
// file: a heading, who, what and when, a summary, then one table per checklist with every
// criterion, its state and the person's explanation. Made on the server, so the web app's bundle
// does not carry a Word writer.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { RECORD_LABELS, recordDate, type ApplyOrExplainRecord, type RecordCriterion } from '../../domain/apply-or-explain';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// XML 1.0 cannot hold these characters at all; the docx package escapes markup, not these
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** bidirectional controls would let a typed reason reorder what the file shows */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const plain = (text: string): string => text.replace(NOT_IN_XML, '').replace(BIDI_CONTROL, '');

const cell = (text: string, options: { bold?: boolean; width?: number } = {}): TableCell =>
  new TableCell({
    children: plain(text)
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold ?? false })] })),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });

const fullWidth = { size: 100, type: WidthType.PERCENTAGE } as const;

function explanationOf(criterion: RecordCriterion, record: ApplyOrExplainRecord): string {
  const labels = RECORD_LABELS[record.language];
  const when = criterion.decidedAt ? `${labels.decidedOn} ${recordDate(criterion.decidedAt, record.language)}` : '';
  return [criterion.reason ?? '', when].filter(Boolean).join('\n');
}

export function recordDocument(record: ApplyOrExplainRecord): Document {
  const labels = RECORD_LABELS[record.language];
  const facts: [string, string][] = [
    [labels.municipality, record.municipality],
    [labels.person, record.person.name],
    [labels.document, record.document.title],
    ...(record.document.version ? [[labels.version, record.document.version] as [string, string]] : []),
    [labels.date, recordDate(record.madeAt, record.language)],
    [labels.contentVersion, record.contentVersion],
  ];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: plain(`${labels.title}: ${record.document.title}`), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: labels.intro }),
    new Table({ width: fullWidth, rows: facts.map(([name, value]) => new TableRow({ children: [cell(name, { bold: true, width: 30 }), cell(value, { width: 70 })] })) }),
    new Paragraph({ text: labels.summary(record.counts), spacing: { before: 240 } }),
  ];
  if (record.checklists.length === 0) children.push(new Paragraph({ text: labels.noChecklists }));
  for (const checklist of record.checklists) {
    children.push(new Paragraph({ text: plain(`${labels.checklist}: ${checklist.title}`), heading: HeadingLevel.HEADING_1, spacing: { before: 360 } }));
    const header = new TableRow({ tableHeader: true, children: [cell(labels.criterion, { bold: true, width: 50 }), cell(labels.state, { bold: true, width: 18 }), cell(labels.explanation, { bold: true, width: 32 })] });
    const rows = checklist.criteria.map(
      (criterion) => new TableRow({ children: [cell(criterion.text, { width: 50 }), cell(labels.state_[criterion.state], { width: 18 }), cell(explanationOf(criterion, record), { width: 32 })] }),
    );
    children.push(new Table({ width: fullWidth, rows: [header, ...rows] }));
  }
  return new Document({
    title: plain(`${labels.title}: ${record.document.title}`),
    subject: plain(record.document.title),
    creator: plain(record.person.name),
    description: plain(`${record.municipality} · ${labels.summary(record.counts)}`),
    sections: [{ children }],
  });
}

/** the record as the bytes of a .docx file */
export async function recordDocx(record: ApplyOrExplainRecord): Promise<Buffer> {
  return Packer.toBuffer(recordDocument(record));
}
