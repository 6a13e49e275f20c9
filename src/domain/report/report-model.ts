// The report for the college and the council as plain blocks (headings, paragraphs, tables), so
// that the Word renderer and the printable page show the same text. Every number and date is
// written here, by Intl for the report's language, and nothing but counts and grouped reasons
// reaches it: the figures come through the dashboard's privacy rule (src/domain/metrics/privacy.ts).

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'table';
      /** a short name of the table, for screen readers and the docx's table caption */
      caption: string;
      columns: string[];
      /** which columns hold numbers (right-aligned) */
      numeric: boolean[];
      rows: string[][];
    };

export interface ReportModel {
  language: 'nl' | 'en';
  title: string;
  subtitle: string;
  /** the period, `YYYY-MM-DD` both inclusive */
  period: { from: string; to: string };
  blocks: ReportBlock[];
}
