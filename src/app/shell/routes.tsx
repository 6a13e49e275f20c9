// The tab's routes, one lazily loaded chunk per page, so Home downloads only what Home needs.
// Detail routes `/criteria/{itemId}` and `/actions/{actionId}` are the links the message extension
// puts on its cards; `/check?host=dialog` is its compose dialog; `/config` is the channel tab's
// configuration page; `/teams/{teamId}` is what a configured channel tab shows.
import { lazy, type ComponentType } from 'react';
import { loadBundledPack, loadBundledProgramme } from './create-services';
import { lazyPage } from '../lib/lazy-page';
import type { PageProps } from '../lib/page-props';

export interface RouteDefinition {
  pattern: string;
  /** the navigation entry shown as current */
  nav?: string;
  /** shown without the app's navigation (dialogs and settings pages) */
  bare?: boolean;
  /** a lazily loaded page (React.lazy or lazyPage) */
  page: ComponentType<PageProps>;
  /** downloads what the page needs while the app is still starting (for the page opened first) */
  preload?: () => Promise<unknown>;
}

const HomePage = lazyPage(() => import(/* webpackChunkName: "page-home" */ '../features/home').then((m) => m.HomePage));
/** Home's chunk and the programme it shows load while the app is still starting */
const preloadHome = () => Promise.all([HomePage.preload(), loadBundledProgramme()]);
const ChecklistsPage = lazyPage(() => import(/* webpackChunkName: "page-checklists" */ '../features/checklists').then((m) => m.ChecklistsPage));
const CriterionPage = lazyPage(() => import(/* webpackChunkName: "page-checklists" */ '../features/checklists').then((m) => m.CriterionDetailPage));
const CheckDocumentPage = lazyPage(() => import(/* webpackChunkName: "page-check" */ '../features/check-document').then((m) => m.CheckDocumentPage));
const DecisionsPage = lazyPage(() => import(/* webpackChunkName: "page-decisions" */ '../features/decisions').then((m) => m.MyDecisionsPage));
const ActionPage = lazyPage(() => import(/* webpackChunkName: "page-action" */ '../features/actions').then((m) => m.ActionDetailPage));
// one configuration address for channel, chat and meeting tabs: a meeting gets the meeting's own page
const ConfigPage = lazy(() =>
  Promise.all([import(/* webpackChunkName: "page-config" */ '../features/channel-config'), import(/* webpackChunkName: "page-meeting" */ '../features/meeting-criteria')]).then(
    ([channel, meeting]) => ({ default: meeting.withMeetingConfig(channel.ChannelConfigPage) }),
  ),
);
const MeetingTabPage = lazy(() => import(/* webpackChunkName: "page-meeting" */ '../features/meeting-criteria').then((m) => ({ default: m.MeetingTabPage })));
const MeetingLinkPage = lazy(() => import(/* webpackChunkName: "page-meeting" */ '../features/meeting-criteria').then((m) => ({ default: m.MeetingLinkPage })));
const AboutPage = lazyPage(() => import(/* webpackChunkName: "page-about" */ '../features/about').then((m) => m.AboutPage));
const IndicatorsPage = lazyPage(() => import(/* webpackChunkName: "page-indicators" */ '../features/indicators').then((m) => m.IndicatorsPage));
const ReportPage = lazyPage(() => import(/* webpackChunkName: "page-indicators" */ '../features/indicators').then((m) => m.ReportPage));
const DashboardPage = lazy(() => import(/* webpackChunkName: "page-dashboard" */ '../features/dashboard').then((m) => ({ default: m.DashboardPage })));

export const ROUTES: readonly RouteDefinition[] = [
  { pattern: '/', nav: 'home', page: HomePage, preload: preloadHome },
  { pattern: '/teams/:teamId', nav: 'home', page: HomePage, preload: preloadHome },
  { pattern: '/checklists', nav: 'checklists', page: ChecklistsPage, preload: () => Promise.all([ChecklistsPage.preload(), loadBundledPack()]) },
  { pattern: '/criteria/:itemId', nav: 'checklists', page: CriterionPage, preload: () => Promise.all([CriterionPage.preload(), loadBundledPack()]) },
  { pattern: '/check', nav: 'check', page: CheckDocumentPage, preload: () => Promise.all([CheckDocumentPage.preload(), loadBundledPack()]) },
  { pattern: '/decisions', nav: 'decisions', page: DecisionsPage, preload: DecisionsPage.preload },
  { pattern: '/actions/:actionId', nav: 'home', page: ActionPage, preload: () => Promise.all([ActionPage.preload(), loadBundledProgramme()]) },
  { pattern: '/config', bare: true, page: ConfigPage },
  { pattern: '/meeting', bare: true, page: MeetingTabPage },
  { pattern: '/meetings/:meetingId', page: MeetingLinkPage },
  { pattern: '/about', nav: 'about', page: AboutPage, preload: AboutPage.preload },
  { pattern: '/dashboard', nav: 'dashboard', page: DashboardPage },
  { pattern: '/indicators', nav: 'dashboard', page: IndicatorsPage, preload: IndicatorsPage.preload },
  { pattern: '/report', nav: 'dashboard', page: ReportPage, preload: ReportPage.preload },
];
