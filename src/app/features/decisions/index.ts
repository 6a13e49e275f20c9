// My choices, by document: each document's record, searchable and filtered by choice; 'later' decided there.
export { MyDecisionsPage } from './components/my-decisions-page';
