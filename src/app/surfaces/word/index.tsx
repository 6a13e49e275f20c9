// The Word task pane (word.html, opened by the ribbon button in Word). Office.js is loaded by the
// page from Microsoft's CDN; the host adapter asks it which application this is.
import { startSurface } from '../../shell/start-surface';
import { WORD_ROUTES } from './routes';

void startSurface({ routes: WORD_ROUTES });
