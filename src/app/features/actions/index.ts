// Programme actions: one action in full.
export { ActionDetailPage } from './components/action-detail-page';
