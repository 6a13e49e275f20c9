// The frame around every page: a skip link, the app's name, the navigation, the queue's status and,
// in local mode, the development identity. A dialog or a tab's settings page gets the page alone.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../lib/i18n';
import { useServices } from '../lib/services';
import { DevIdentityPicker } from './dev-identity-picker';
import { QueueStatus } from './queue-status';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  skip: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalS,
    top: '-100px',
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    zIndex: 10,
    ':focus': { top: tokens.spacingVerticalS },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  link: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' },
  },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginInlineStart: 'auto' },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL, maxWidth: '1100px', width: '100%', boxSizing: 'border-box', marginInline: 'auto', outline: 'none' },
  bare: { padding: tokens.spacingHorizontalM },
});

export interface NavItem {
  key: string;
  href: string;
  label: MessageKey;
}

const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', href: '#/', label: 'nav.home' },
  { key: 'checklists', href: '#/checklists', label: 'nav.checklists' },
  { key: 'check', href: '#/check', label: 'nav.check' },
  { key: 'decisions', href: '#/decisions', label: 'nav.decisions' },
  { key: 'dashboard', href: '#/dashboard', label: 'nav.dashboard' },
  { key: 'about', href: '#/about', label: 'nav.about' },
];

export function AppShell(props: { currentNav?: string; bare: boolean; routeKey: string; children: ReactNode }) {
  const styles = useStyles();
  const { t } = useI18n();
  const services = useServices();
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(props.routeKey);

  // after a navigation (not on the first load) focus moves to the page, as a screen reader expects
  useEffect(() => {
    if (props.routeKey !== firstRoute.current) main.current?.focus();
  }, [props.routeKey]);

  if (props.bare) {
    return (
      <div className={styles.root}>
        <main id="main" ref={main} tabIndex={-1} className={mergeClasses(styles.main, styles.bare)}>
          {props.children}
        </main>
        <div className={styles.bare}>
          <QueueStatus queue={services.queue} />
        </div>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip} onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('shell.skipToContent')}
      </a>
      <header className={styles.header}>
        <Text className={styles.brand}>{t('app.name')}</Text>
        <nav aria-label={t('shell.navigation')} className={styles.nav}>
          {NAV_ITEMS.map((item) => (
            <a
              key={item.key}
              href={item.href}
              className={mergeClasses(styles.link, props.currentNav === item.key && styles.current)}
              aria-current={props.currentNav === item.key ? 'page' : undefined}
            >
              {t(item.label)}
            </a>
          ))}
        </nav>
        <div className={styles.tools}>
          <QueueStatus queue={services.queue} />
          {services.switchDevIdentity && <DevIdentityPicker currentId={services.session.user.id} onChange={services.switchDevIdentity} />}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        {props.children}
      </main>
    </div>
  );
}
