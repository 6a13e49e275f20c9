// The analysed text with the evidence marked, behind a disclosure so a long tender does not push
// the checklist out of sight. Text is rendered as text (never as HTML), whatever was pasted.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ContentPack } from '../../../../domain/content/model';
import type { MatchResult } from '../../../../domain/matcher';
import { useI18n } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';
import { highlightSegments } from '../lib/highlight-segments';

const useStyles = makeStyles({
  text: {
    whiteSpace: 'pre-wrap',
    maxHeight: '360px',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase400,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    '@media (forced-colors: active)': { backgroundColor: 'Mark', color: 'MarkText' },
  },
});

export function HighlightedText(props: { pack: ContentPack; text: string; result: MatchResult }) {
  const styles = useStyles();
  const { t } = useI18n();
  const label = useLocalised();
  const [open, setOpen] = useState(false);
  const segments = useMemo(() => {
    const evidence = props.result.productGroups.flatMap((group) =>
      group.evidence.map((e) => ({ start: e.start, end: e.end, label: label(props.pack.productGroups.find((g) => g.id === group.id)?.label) || group.id })),
    );
    return highlightSegments(props.text, evidence);
  }, [props.text, props.result, props.pack, label]);
  if (!segments.some((s) => s.marks.length > 0)) return null;
  return (
    <section aria-labelledby="highlight-title">
      <h3 id="highlight-title">
        <Button appearance="transparent" aria-expanded={open} aria-controls="highlighted-text" onClick={() => setOpen((o) => !o)}>
          {open ? t('check.hideEvidence') : t('check.showEvidence')}
        </Button>
      </h3>
      {open && (
        <div id="highlighted-text" className={styles.text} tabIndex={0} role="region" aria-label={t('check.evidenceRegion')}>
          {segments.map((segment, i) =>
            segment.marks.length > 0 ? (
              <mark key={i} className={styles.mark} title={segment.marks.join(', ')}>
                {segment.text}
              </mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
        </div>
      )}
    </section>
  );
}
