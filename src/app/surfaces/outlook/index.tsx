// The Outlook task pane (outlook.html, opened by the ribbon button on an invite the organizer
// composes). Office.js is loaded by the page from Microsoft's CDN; the host adapter connects to it.
import { startSurface } from '../../shell/start-surface';
import { OUTLOOK_ROUTES } from './routes';

void startSurface({ routes: OUTLOOK_ROUTES });
