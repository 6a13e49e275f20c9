// Builds the report for the college and the council from the dashboard's protected figures for a
// period, the indicators' records and the content pack. Pure: the server and the command line
// gather the inputs, the renderers (Word, the printable page) only lay the blocks out.
import type { ContentPack } from '../content/model';
import { contentLookup } from '../content/lookup';
import { indicatorStates, progressByPhase, progressByTheme, type IndicatorRecord, type IndicatorState } from '../indicators';
import { OTHER_KEY, OTHER_TEAMS, type DashboardMetrics } from '../metrics';
import type { Language } from '../taxonomy';
import { TAXONOMY_LABELS } from '../taxonomy-labels';
import type { ReportBlock, ReportModel } from './report-model';
import { REPORT_TEXT } from './report-text';

export interface ReportInput {
  pack: ContentPack;
  language: Language;
  /** `YYYY-MM-DD`, both inclusive */
  period: { from: string; to: string };
  /** the day the report is made, `YYYY-MM-DD` */
  madeOn: string;
  /** the figures for the period as a coordinator may see them (protectedFigures) */
  figures: { metrics: DashboardMetrics; foldedTeams: number; minContributors: number; tooFewPeople: boolean; otherFolded: boolean };
  indicators: readonly IndicatorRecord[];
  /** criteria listed as examples; 10 by default */
  examples?: number;
}

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** numbers, shares and days written for the report's language */
export function reportFormat(language: Language) {
  const number = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (n: number) => number.format(n),
    percent: (share: number | null) => (share === null ? REPORT_TEXT[language].none : percent.format(share)),
    /** a day (`2026-06-30`) in words; a year stays a year */
    day: (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? date.format(new Date(`${text}T00:00:00Z`)) : text),
  };
}

export function buildReport(input: ReportInput): ReportModel {
  const { pack, language, period, figures } = input;
  const t = REPORT_TEXT[language];
  const f = reportFormat(language);
  const lookup = contentLookup(pack);
  const metrics = figures.metrics;
  const states = indicatorStates(pack.actions, input.indicators, language, period.to);
  const phaseLabel = new Map(pack.programme.phases.map((p) => [p.id as string, p.label[language]]));
  const themeLabel = new Map(pack.programme.themes.map((p) => [p.id as string, p.label[language]]));
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });

  paragraph(t.period(f.day(period.from), f.day(period.to), f.day(input.madeOn)));
  paragraph(t.privacy(figures.minContributors));

  heading(t.summary);
  const coverage = metrics.actionCoverage.phases;
  const active = coverage.reduce((sum, p) => sum + p.active, 0);
  // the actions the figures counted (all of the pack for a period alone; fewer under a filter), so the rate's two sides agree
  const actions = coverage.reduce((sum, p) => sum + p.actions, 0);
  if (figures.tooFewPeople) paragraph(t.tooFewPeople(figures.minContributors));
  else if (metrics.total === 0) paragraph(t.noChoices);
  else
    paragraph(
      t.summaryText({
        total: f.number(metrics.total),
        checked: f.number(metrics.adoption.checkedDocuments),
        appliedShare: f.percent(metrics.adoption.appliedShare),
        active: f.number(active),
        actions: f.number(actions),
        // the window may reach before a short period, or end before a period that is not over
        windowStart: f.day(metrics.actionCoverage.windowStart),
        windowEnd: f.day(metrics.actionCoverage.windowEnd),
      }),
    );

  heading(t.byPhase);
  const phaseProgress = new Map(progressByPhase(states).map((p) => [p.key as string, p]));
  // a period fewer people chose in than the minimum: no figure about choices, not even a zero
  const hidden = figures.tooFewPeople;
  const phaseChoices = new Map(metrics.byPhase.map((p) => [p.phase as string, hidden || p.withheld ? t.notShown : f.number(p.count)]));
  blocks.push({
    kind: 'table',
    caption: t.byPhase,
    columns: [t.phase, t.actions, t.activeActions, t.withTarget, t.measured, t.averageProgress, t.choices],
    numeric: [false, true, true, true, true, true, true],
    rows: coverage.map((c) => {
      const p = phaseProgress.get(c.phase);
      return [
        phaseLabel.get(c.phase) ?? c.phase,
        f.number(c.actions),
        hidden ? t.notShown : f.number(c.active),
        f.number(p?.withTarget ?? 0),
        f.number(p?.measured ?? 0),
        f.percent(p?.averageProgress ?? null),
        phaseChoices.get(c.phase) ?? (hidden ? t.notShown : f.number(0)),
      ];
    }),
  });

  heading(t.byTheme);
  blocks.push({
    kind: 'table',
    caption: t.byTheme,
    columns: [t.theme, t.actions, t.withTarget, t.measured, t.reached, t.averageProgress],
    numeric: [false, true, true, true, true, true],
    rows: progressByTheme(states).map((p) => [
      themeLabel.get(p.key) ?? p.key,
      f.number(p.actions),
      f.number(p.withTarget),
      f.number(p.measured),
      f.number(p.reached),
      f.percent(p.averageProgress),
    ]),
  });

  heading(t.indicators);
  paragraph(t.indicatorsIntro);
  const valueWithUnit = (value: number, state: IndicatorState) => (state.unit ? `${f.number(value)} ${state.unit}` : f.number(value));
  blocks.push({
    kind: 'table',
    caption: t.indicators,
    columns: [t.action, t.indicator, t.baseline, t.latest, t.target, t.progress],
    numeric: [false, false, false, false, false, true],
    rows: states.map((s) => [
      lookup.action(s.actionId)?.title[language] ?? s.actionId,
      s.indicator,
      s.baseline ? `${valueWithUnit(s.baseline.value, s)} (${f.day(s.baseline.date)})` : t.notSet,
      s.latest ? `${valueWithUnit(s.latest.value, s)} (${f.day(s.latest.date)})` : t.notSet,
      s.target ? (s.target.year !== undefined ? t.targetIn(valueWithUnit(s.target.value, s), s.target.year) : t.targetNoYear(valueWithUnit(s.target.value, s))) : t.notSet,
      f.percent(s.progress),
    ]),
  });
  const sourced = states.filter((s) => s.baseline);
  if (sourced.length > 0) {
    paragraph(`${t.sources}: ${sourced.map((s) => `${lookup.action(s.actionId)?.title[language] ?? s.actionId}: ${s.baseline!.source}`).join('; ')}.`);
  }

  if (hidden) return { language, title: t.title, subtitle: t.subtitle(pack.meta.municipality[language]), period, blocks };

  heading(t.byTeam);
  const decision = TAXONOMY_LABELS[language].decision;
  const teamName = (key: string) => (key === OTHER_TEAMS ? t.otherTeams : key === '' ? t.unknownTeam : (lookup.teamLabel(key)?.[language] ?? key));
  blocks.push({
    kind: 'table',
    caption: t.byTeam,
    // the decisions read as they do on every other surface
    columns: [t.team, t.choices, decision.applied, decision.considered, decision['not-applicable'], decision.later],
    numeric: [false, true, true, true, true, true],
    rows: metrics.byTeam.map((b) => [
      teamName(b.key),
      f.number(b.count),
      f.number(b.decisions.applied),
      f.number(b.decisions.considered),
      f.number(b.decisions['not-applicable']),
      f.number(b.decisions.later),
    ]),
  });
  if (figures.foldedTeams > 0) paragraph(t.foldedTeams(figures.foldedTeams, figures.minContributors));
  if (figures.otherFolded) paragraph(t.otherFolded(figures.minContributors));

  heading(t.reasons);
  const reasons = metrics.reasons.notApplicable;
  if (reasons.total === 0) paragraph(t.noReasons);
  else {
    paragraph(t.reasonsIntro(f.number(reasons.total), f.number(reasons.distinctGroups)));
    blocks.push({
      kind: 'table',
      caption: t.reasons,
      columns: [t.reason, t.count, t.variants],
      numeric: [false, true, true],
      rows: reasons.groups.map((g) => [g.label, f.number(g.count), f.number(g.variants)]),
    });
    if (reasons.otherCount > 0) paragraph(t.otherReasons(f.number(reasons.otherCount)));
  }

  heading(t.examples);
  const applied = metrics.byChecklistItem
    .filter((b) => b.key !== OTHER_KEY && b.decisions.applied > 0)
    .sort((a, b) => b.decisions.applied - a.decisions.applied || a.key.localeCompare(b.key))
    .slice(0, input.examples ?? 10);
  if (applied.length === 0) paragraph(t.noExamples);
  else {
    paragraph(t.examplesIntro);
    blocks.push({
      kind: 'table',
      caption: t.examples,
      columns: [t.criterion, t.productGroup, t.timesApplied],
      numeric: [false, false, true],
      rows: applied.map((b) => {
        const found = lookup.item(b.key);
        const group = found?.checklist.productGroup ? lookup.productGroup(found.checklist.productGroup)?.label[language] : found?.checklist.title[language];
        return [found?.item.text[language] ?? b.key, group ?? t.none, f.number(b.decisions.applied)];
      }),
    });
  }

  return { language, title: t.title, subtitle: t.subtitle(pack.meta.municipality[language]), period, blocks };
}
