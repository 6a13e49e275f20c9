// The tab's routes, one lazily loaded chunk per page, so Home downloads only what Home needs.
// Detail routes `/criteria/{itemId}` and `/actions/{actionId}` are the links the message extension
// puts on its cards; `/check?host=dialog` is its compose dialog; `/config` is the channel tab's
// configuration page; `/teams/{teamId}` is what a configured channel tab shows.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PageProps } from './lib/page-props';

export interface RouteDefinition {
  pattern: string;
  /** the navigation entry shown as current */
  nav?: string;
  /** shown without the app's navigation (dialogs and settings pages) */
  bare?: boolean;
  page: LazyExoticComponent<ComponentType<PageProps>>;
}

const HomePage = lazy(() => import(/* webpackChunkName: "page-home" */ './features/home').then((m) => ({ default: m.HomePage })));
const ChecklistsPage = lazy(() => import(/* webpackChunkName: "page-checklists" */ './features/checklists').then((m) => ({ default: m.ChecklistsPage })));
const CriterionPage = lazy(() => import(/* webpackChunkName: "page-checklists" */ './features/checklists').then((m) => ({ default: m.CriterionDetailPage })));
const CheckDocumentPage = lazy(() => import(/* webpackChunkName: "page-check" */ './features/check-document').then((m) => ({ default: m.CheckDocumentPage })));
const DecisionsPage = lazy(() => import(/* webpackChunkName: "page-decisions" */ './features/decisions').then((m) => ({ default: m.MyDecisionsPage })));
const ActionPage = lazy(() => import(/* webpackChunkName: "page-action" */ './features/actions').then((m) => ({ default: m.ActionDetailPage })));
// one configuration address for channel, chat and meeting tabs: a meeting gets the meeting's own page
const ConfigPage = lazy(() =>
  Promise.all([import(/* webpackChunkName: "page-config" */ './features/channel-config'), import(/* webpackChunkName: "page-meeting" */ './features/meeting-criteria')]).then(
    ([channel, meeting]) => ({ default: meeting.withMeetingConfig(channel.ChannelConfigPage) }),
  ),
);
const MeetingTabPage = lazy(() => import(/* webpackChunkName: "page-meeting" */ './features/meeting-criteria').then((m) => ({ default: m.MeetingTabPage })));
const MeetingLinkPage = lazy(() => import(/* webpackChunkName: "page-meeting" */ './features/meeting-criteria').then((m) => ({ default: m.MeetingLinkPage })));
const AboutPage = lazy(() => import(/* webpackChunkName: "page-about" */ './features/about').then((m) => ({ default: m.AboutPage })));
const DashboardPage = lazy(() => import(/* webpackChunkName: "page-dashboard" */ './features/dashboard').then((m) => ({ default: m.DashboardPage })));

export const ROUTES: readonly RouteDefinition[] = [
  { pattern: '/', nav: 'home', page: HomePage },
  { pattern: '/teams/:teamId', nav: 'home', page: HomePage },
  { pattern: '/checklists', nav: 'checklists', page: ChecklistsPage },
  { pattern: '/criteria/:itemId', nav: 'checklists', page: CriterionPage },
  { pattern: '/check', nav: 'check', page: CheckDocumentPage },
  { pattern: '/decisions', nav: 'decisions', page: DecisionsPage },
  { pattern: '/actions/:actionId', nav: 'home', page: ActionPage },
  { pattern: '/config', bare: true, page: ConfigPage },
  { pattern: '/meeting', bare: true, page: MeetingTabPage },
  { pattern: '/meetings/:meetingId', page: MeetingLinkPage },
  { pattern: '/about', nav: 'about', page: AboutPage },
  { pattern: '/dashboard', nav: 'dashboard', page: DashboardPage },
];
