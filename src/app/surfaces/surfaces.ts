// The one list of the web app's surfaces (surfaces.json): webpack makes an entry and a page of
// each, the app package checks that every page its manifest names is one of them, and the
// end-to-end build support knows a build is complete when every page is there. `officeJs` pages
// load Office.js from Microsoft's CDN first; a `classic` surface is one plain script for classic
// Outlook's JavaScript-only runtime.
import surfaces from './surfaces.json';

export interface Surface {
  name: string;
  /** the entry module, relative to the repository */
  entry: string;
  /** the page the host opens */
  html: string;
  title: string;
  /** who opens the page: Teams (and the browser), Outlook or Word */
  host: 'teams' | 'outlook' | 'word';
  officeJs?: boolean;
  classic?: boolean;
}

export const SURFACES: readonly Surface[] = surfaces as Surface[];
