// A card that is not itself interactive (its links and buttons are): the look of Fluent's Card
// (surface, rounded corners, shadow, a border that high contrast shows) without Card's focus
// management, which would bring tabster's groupper into Home's first scripts (about 25 KB gzip).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HTMLAttributes } from 'react';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    // transparent in the light and dark themes, a visible line in high contrast (as Card's own)
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
});

export function StaticCard(props: HTMLAttributes<HTMLDivElement>) {
  const styles = useStyles();
  return <div {...props} className={mergeClasses(styles.card, props.className)} />;
}
