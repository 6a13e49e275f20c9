// Checklists: browse and search the criteria, and one criterion in full.
export { ChecklistsPage } from './components/checklists-page';
export { CriterionDetailPage } from './components/criterion-detail-page';
