// The Teams tab (personal, channel, meeting and dialog contexts; standalone in a browser).
import { startSurface } from '../../lib/start-surface';
import { ROUTES } from '../../routes';

void startSurface({ routes: ROUTES });
