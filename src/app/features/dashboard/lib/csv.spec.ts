import { csvFileName, tableToCsv } from './csv';

describe('tableToCsv', () => {
  it('writes RFC 4180 with a byte order mark, CRLF rows and quoted fields', () => {
    const csv = tableToCsv({
      columns: [
        { key: 'reason', label: 'Reden', kind: 'text' },
        { key: 'count', label: 'Aantal', kind: 'count' },
      ],
      rows: [
        { key: 'a', cells: ['Geen budget, want "op"', 12] },
        { key: 'b', cells: ['twee\nregels', 3] },
        { key: 'c', cells: ['Géén alternatief', 1] },
      ],
    });
    expect(csv).toBe('\uFEFFReden,Aantal\r\n"Geen budget, want ""op""",12\r\n"twee\nregels",3\r\nGéén alternatief,1\r\n');
  });
});

describe('csvFileName', () => {
  it('keeps letters, digits, dots and dashes only', () => {
    expect(csvFileName('circulaire-keuzes', 'teams', '2025-07-01', '2026-06-30')).toBe('circulaire-keuzes-teams-2025-07-01-2026-06-30.csv');
    expect(csvFileName('Financiën / Één', '')).toBe('financien-een.csv');
  });
});
