// The report's words, Dutch (the report's own language for the college and the council) and English.
import type { Language } from '../taxonomy';

export interface ReportText {
  title: string;
  subtitle: (municipality: string) => string;
  period: (from: string, to: string, madeOn: string) => string;
  privacy: (min: number) => string;
  summary: string;
  summaryText: (a: { total: string; checked: string; appliedShare: string; active: string; actions: string; windowStart: string; windowEnd: string }) => string;
  noChoices: string;
  /** the period's choices were made by fewer people than the minimum: no figures */
  tooFewPeople: (min: number) => string;
  /** a choices figure not shown under the minimum */
  notShown: string;
  byPhase: string;
  byTheme: string;
  phase: string;
  theme: string;
  actions: string;
  activeActions: string;
  withTarget: string;
  measured: string;
  reached: string;
  averageProgress: string;
  choices: string;
  indicators: string;
  indicatorsIntro: string;
  action: string;
  indicator: string;
  baseline: string;
  latest: string;
  target: string;
  progress: string;
  targetIn: (value: string, year: number) => string;
  targetNoYear: (value: string) => string;
  notSet: string;
  sources: string;
  byTeam: string;
  team: string;
  otherTeams: string;
  unknownTeam: string;
  foldedTeams: (folded: number, min: number) => string;
  otherFolded: (min: number) => string;
  reasons: string;
  reasonsIntro: (total: string, groups: string) => string;
  reason: string;
  count: string;
  variants: string;
  noReasons: string;
  otherReasons: (count: string) => string;
  examples: string;
  examplesIntro: string;
  criterion: string;
  productGroup: string;
  timesApplied: string;
  noExamples: string;
  none: string;
}

export const REPORT_TEXT: Record<Language, ReportText> = {
  nl: {
    title: 'Voortgang circulair actieprogramma',
    subtitle: (m) => `Rapportage voor college en gemeenteraad, ${m}`,
    period: (from, to, madeOn) => `Periode: ${from} tot en met ${to}. Gemaakt op ${madeOn}.`,
    privacy: (min) =>
      `Deze rapportage telt keuzes, geen personen: elk cijfer over keuzes staat er alleen in als minstens ${min} verschillende mensen die keuzes vastlegden; kleinere teams, productgroepen en criteria zijn samengeteld onder "Overig", en een reden staat er alleen in als minstens ${min} mensen haar gaven. Namen en documenttitels staan er niet in.`,
    summary: 'Samenvatting',
    summaryText: (a) =>
      `In deze periode legden medewerkers ${a.total} keuzes vast. Van de ${a.checked} gecontroleerde aanbestedingen en projecten heeft ${a.appliedShare} minstens één toegepast criterium. ${a.active} van de ${a.actions} programma-acties waren actief van ${a.windowStart} tot en met ${a.windowEnd}.`,
    noChoices: 'In deze periode zijn geen keuzes vastgelegd.',
    tooFewPeople: (min) => `In deze periode legden minder dan ${min} mensen keuzes vast: te weinig mensen om cijfers over keuzes te tonen. Zo blijft niemand herkenbaar.`,
    notShown: 'niet getoond',
    byPhase: 'Voortgang per fase',
    byTheme: 'Voortgang per thema',
    phase: 'Fase',
    theme: 'Thema',
    actions: 'Acties',
    activeActions: 'Actief (90 dagen)',
    withTarget: 'Indicator met nulmeting en doel',
    measured: 'Gemeten',
    reached: 'Doel bereikt',
    averageProgress: 'Gemiddelde voortgang naar doel',
    choices: 'Keuzes',
    indicators: 'Indicatoren en doelen',
    indicatorsIntro:
      'Per actie de indicator, de nulmeting, de laatste meting in de periode en het doel. De voortgang is het deel van de weg van nulmeting naar doel dat de laatste meting heeft afgelegd. Een leeg veld is nog niet vastgesteld.',
    action: 'Actie',
    indicator: 'Indicator',
    baseline: 'Nulmeting',
    latest: 'Laatste meting',
    target: 'Doel',
    progress: 'Voortgang',
    targetIn: (value, year) => `${value} in ${year}`,
    targetNoYear: (value) => `${value} (jaar nog niet vastgesteld)`,
    notSet: 'nog niet vastgesteld',
    sources: 'Bronnen van de nulmetingen',
    byTeam: 'Gebruik per team',
    team: 'Team',
    otherTeams: 'Overig',
    unknownTeam: 'Team onbekend',
    foldedTeams: (folded, min) => `${folded} ${folded === 1 ? 'team met' : 'teams met'} minder dan ${min} mensen ${folded === 1 ? 'is' : 'zijn'} samengeteld onder "Overig".`,
    otherFolded: (min) => `Fasen waar minder dan ${min} mensen een keuze maakten, staan er zonder aantal in; criteria met minder dan ${min} mensen staan niet bij de voorbeelden.`,
    reasons: 'Waarom criteria niet worden toegepast',
    reasonsIntro: (total, groups) =>
      `Medewerkers gaven ${total} keer een reden waarom een criterium niet van toepassing was, in ${groups} groepen van gelijke redenen. Dit zijn de belemmeringen waar het programma van wil leren.`,
    reason: 'Reden',
    count: 'Aantal',
    variants: 'Schrijfwijzen',
    noReasons: 'In deze periode is geen reden gegeven.',
    otherReasons: (count) => `${count} redenen vallen in kleinere groepen.`,
    examples: 'Voorbeelden van toegepaste keuzes',
    examplesIntro: 'De criteria die in deze periode het vaakst zijn toegepast.',
    criterion: 'Criterium',
    productGroup: 'Productgroep',
    timesApplied: 'Keer toegepast',
    noExamples: 'In deze periode is geen criterium toegepast.',
    none: '–',
  },
  en: {
    title: 'Progress of the circular action programme',
    subtitle: (m) => `Report for the executive and the council, ${m}`,
    period: (from, to, madeOn) => `Period: ${from} to ${to} inclusive. Made on ${madeOn}.`,
    privacy: (min) =>
      `This report counts choices, not people: every figure about choices appears only where at least ${min} different people recorded them; smaller teams, product groups and criteria are counted together under "Other", and a reason appears only where at least ${min} people gave it. It holds no names and no document titles.`,
    summary: 'Summary',
    summaryText: (a) =>
      `In this period staff recorded ${a.total} choices. Of the ${a.checked} tenders and projects checked, ${a.appliedShare} have at least one criterion applied. ${a.active} of the ${a.actions} programme actions were active from ${a.windowStart} to ${a.windowEnd}.`,
    noChoices: 'No choices were recorded in this period.',
    tooFewPeople: (min) => `Fewer than ${min} people recorded choices in this period: too few people to show figures about choices. This keeps everyone unrecognisable.`,
    notShown: 'not shown',
    byPhase: 'Progress by phase',
    byTheme: 'Progress by theme',
    phase: 'Phase',
    theme: 'Theme',
    actions: 'Actions',
    activeActions: 'Active (90 days)',
    withTarget: 'Indicator with baseline and target',
    measured: 'Measured',
    reached: 'Target reached',
    averageProgress: 'Average progress to target',
    choices: 'Choices',
    indicators: 'Indicators and targets',
    indicatorsIntro:
      'Per action the indicator, its baseline, the latest measurement in the period and the target. Progress is the part of the way from baseline to target the latest measurement has covered. An empty field has not been set yet.',
    action: 'Action',
    indicator: 'Indicator',
    baseline: 'Baseline',
    latest: 'Latest measurement',
    target: 'Target',
    progress: 'Progress',
    targetIn: (value, year) => `${value} by ${year}`,
    targetNoYear: (value) => `${value} (year not set yet)`,
    notSet: 'not set yet',
    sources: 'Sources of the baselines',
    byTeam: 'Use by team',
    team: 'Team',
    otherTeams: 'Other',
    unknownTeam: 'Team unknown',
    foldedTeams: (folded, min) => `${folded} ${folded === 1 ? 'team' : 'teams'} of fewer than ${min} people counted together under "Other".`,
    otherFolded: (min) => `Phases where fewer than ${min} people made a choice are listed without a number; criteria with fewer than ${min} people are not among the examples.`,
    reasons: 'Why criteria are not applied',
    reasonsIntro: (total, groups) =>
      `Staff gave a reason ${total} times why a criterion did not apply, in ${groups} groups of like reasons. These are the obstacles the programme wants to learn from.`,
    reason: 'Reason',
    count: 'Count',
    variants: 'Wordings',
    noReasons: 'No reason was given in this period.',
    otherReasons: (count) => `${count} reasons fall in smaller groups.`,
    examples: 'Examples of choices applied',
    examplesIntro: 'The criteria applied most often in this period.',
    criterion: 'Criterion',
    productGroup: 'Product group',
    timesApplied: 'Times applied',
    noExamples: 'No criterion was applied in this period.',
    none: '–',
  },
};
