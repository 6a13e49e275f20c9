// The Teams tab (personal, channel, meeting and dialog contexts; standalone in a browser).
import { startSurface } from '../../shell/start-surface';
import { ROUTES } from '../../shell/routes';

void startSurface({ routes: ROUTES });
