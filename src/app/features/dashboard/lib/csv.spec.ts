import { csvFileName, tableToCsv } from './csv';

const table = {
  columns: [
    { key: 'reason', label: 'Reden', kind: 'text' as const },
    { key: 'count', label: 'Aantal', kind: 'count' as const },
    { key: 'share', label: 'Toegepast (%)', kind: 'percent' as const },
  ],
  rows: [
    { key: 'a', cells: ['Geen budget; te duur', 1234, 66.7] },
    { key: 'b', cells: ['Overwogen, niet toegepast', 3, Number.NaN] },
  ],
};

describe('tableToCsv', () => {
  it('writes Dutch CSV with semicolons and decimal commas, which Dutch Excel splits into columns', () => {
    expect(tableToCsv(table, 'nl')).toBe('\uFEFFReden;Aantal;Toegepast (%)\r\n"Geen budget; te duur";1234;66,7\r\nOverwogen, niet toegepast;3;\r\n');
  });

  it('writes English CSV with commas and decimal points', () => {
    expect(tableToCsv(table, 'en')).toBe('\uFEFFReden,Aantal,Toegepast (%)\r\nGeen budget; te duur,1234,66.7\r\n"Overwogen, niet toegepast",3,\r\n');
  });

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
    }, 'en');
    expect(csv).toBe('\uFEFFReden,Aantal\r\n"Geen budget, want ""op""",12\r\n"twee\nregels",3\r\nGéén alternatief,1\r\n');
  });
});

describe('csvFileName', () => {
  it('keeps letters, digits, dots and dashes only', () => {
    expect(csvFileName('circulaire-keuzes', 'teams', '2025-07-01', '2026-06-30')).toBe('circulaire-keuzes-teams-2025-07-01-2026-06-30.csv');
    expect(csvFileName('Financiën / Één', '')).toBe('financien-een.csv');
  });
});
