// About: content version, language, signed-in user, and where data is stored.
export { AboutPage } from './components/about-page';
