// Home: my team's actions, nudges to come back to, and decisions waiting to be sent.
export { HomePage } from './components/home-page';
