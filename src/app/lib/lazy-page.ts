// A routed page in a chunk of its own that can be downloaded ahead of time. Once downloaded it
// renders at once, without suspending: React holds back content that follows a Suspense fallback
// for a moment (to avoid flicker), which would delay the first page of the app for nothing.
import { createElement, lazy, type ComponentType } from 'react';
import type { PageProps } from './page-props';

export interface PreloadablePage {
  (props: PageProps): ReturnType<typeof createElement>;
  /** starts (or joins) the download; resolves when the page can render without suspending */
  preload(): Promise<unknown>;
}

export function lazyPage(load: () => Promise<ComponentType<PageProps>>): PreloadablePage {
  let loaded: ComponentType<PageProps> | undefined;
  let pending: Promise<ComponentType<PageProps>> | undefined;
  const download = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // a failed download (a flaky network) may be tried again on the next render
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(async () => ({ default: await download() }));
  return Object.assign((props: PageProps) => createElement(loaded ?? Suspending, props), { preload: download });
}
