// The browser's copy of the Acknowledgements list for the dashboard, synced with Graph items/delta.
export {
  AcknowledgementCache,
  cacheName,
  DEFAULT_PAGE_SIZE,
  type CacheOptions,
  type DeltaSource,
  type ItemDelta,
  type SyncProgress,
  type SyncReport,
} from './acknowledgement-cache';
export { acknowledgementsListWebUrl } from './list-web-url';
