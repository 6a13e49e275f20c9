// Adoption: the coordinator dashboard (figures from the Acknowledgements list, synced with delta).
export { DashboardPage, DASHBOARD_PATH } from './components/dashboard-page';
