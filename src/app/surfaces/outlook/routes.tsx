// The Outlook task pane's one route. The pane and the meeting feature are composed here: the pane
// gets the meeting feature's chooser, store and attach action (features do not import each other).
import { lazy } from 'react';
import type { PageProps } from '../../lib/page-props';
import type { RouteDefinition } from '../../shell/routes';

const OutlookPage = lazy(() =>
  Promise.all([import(/* webpackChunkName: "page-outlook" */ '../../features/outlook-pane'), import(/* webpackChunkName: "page-meeting" */ '../../features/meeting-criteria')]).then(
    ([pane, meeting]) => {
      const kit = { Chooser: meeting.CriteriaChooser, useCriteria: meeting.useMeetingCriteria, useAttach: meeting.useAttachCriteria };
      return { default: (props: PageProps) => <pane.OutlookPanePage {...props} kit={kit} /> };
    },
  ),
);

export const OUTLOOK_ROUTES: readonly RouteDefinition[] = [{ pattern: '/', bare: true, page: OutlookPage }];
