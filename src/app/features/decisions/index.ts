// My decisions: my history of decisions, filterable; changing my mind records a new one.
export { MyDecisionsPage } from './components/my-decisions-page';
