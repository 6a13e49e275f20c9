// The report as a Word document, laid out from the report's blocks with the `docx` package: real
// headings (so Word's navigation pane and a screen reader find the sections), tables with a header
// row repeated on each page, numbers right-aligned.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportBlock, ReportModel } from '../../domain/report';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function tableOf(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const cell = (text: string, numeric: boolean, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, block.numeric[i] ?? false, true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(c, block.numeric[i] ?? false, false)) })),
    ],
  });
}

function children(model: ReportModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true })] }),
  ];
  for (const block of model.blocks) {
    if (block.kind === 'heading') out.push(new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    else if (block.kind === 'paragraph') out.push(new Paragraph({ text: block.text }));
    else {
      out.push(tableOf(block));
      // Word runs two tables that follow each other together: an empty paragraph keeps them apart
      out.push(new Paragraph({ text: '' }));
    }
  }
  return out;
}

/** the report as the bytes of a .docx */
export function reportDocx(model: ReportModel): Promise<Buffer> {
  const document = new Document({
    title: model.title,
    description: model.subtitle,
    creator: 'Circulaire keuzes',
    // the report's language on every run: Word checks spelling and screen readers speak in it
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: model.language === 'nl' ? 'nl-NL' : 'en-GB' } } } } },
    sections: [{ children: children(model) }],
  });
  return Packer.toBuffer(document);
}
