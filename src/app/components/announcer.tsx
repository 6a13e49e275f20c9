// One polite live region for the whole app: saves, queue changes and results of a re-analysis are
// read out by screen readers without moving focus.
import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function AnnouncerProvider(props: { children: ReactNode }) {
  const styles = useStyles();
  // a counter makes the same message twice in a row still change the region's text
  const [message, setMessage] = useState<{ text: string; n: number }>({ text: '', n: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, n: m.n + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {props.children}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="announcer">
        <span key={message.n}>{message.text}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
