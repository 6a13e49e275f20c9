// The Word task pane's one route: the check page's Word form, beside the document.
import type { RouteDefinition } from '../../shell/routes';
import { loadBundledPack } from '../../shell/create-services';
import { lazyPage } from '../../lib/lazy-page';

const WordPage = lazyPage(() => import(/* webpackChunkName: "page-check" */ '../../features/check-document').then((m) => m.WordPanePage));

export const WORD_ROUTES: readonly RouteDefinition[] = [{ pattern: '/', bare: true, page: WordPage, preload: () => Promise.all([WordPage.preload(), loadBundledPack()]) }];
