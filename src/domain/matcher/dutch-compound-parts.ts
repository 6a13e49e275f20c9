// Common Dutch compound parts in municipal documents that are not triggers themselves. Knowing
// them lets the matcher split a compound completely ("wegonderhoud" → weg + onderhoud), which is
// the condition for counting its first part as evidence. They never count as evidence alone.
export const COMMON_COMPOUND_PARTS = [
  'aanbesteding', 'aanleg', 'aanpak', 'aanschaf', 'advies', 'afvoer', 'bedrijf', 'bedrijven', 'beheer', 'beleid', 'bestek',
  'bijeenkomst', 'budget', 'centrum', 'contract', 'dienst', 'diensten', 'dienstverlening', 'gebied', 'gebouw', 'herinrichting',
  'inkoop', 'inrichting', 'inzameling', 'kosten', 'levering', 'locatie', 'materiaal', 'materialen', 'middelen',
  'onderhoud', 'onderzoek', 'ontwerp', 'opslag', 'overeenkomst', 'overleg', 'pand', 'plan', 'plaatsing',
  'programma', 'project', 'realisatie', 'renovatie', 'straat', 'systeem', 'team', 'terrein', 'uitvoering',
  'vervanging', 'verwerking', 'visie', 'voorziening', 'weg', 'werk', 'werkzaamheden', 'wijk', 'zaken',
];
