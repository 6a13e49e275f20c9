// The badges of My choices: the newest choice on a criterion, and a document's count per choice.
// Their colours come from Fluent's tokens, so they follow light, dark and high contrast; which
// appearance and colour each gets is chosen here once, and choice-badges.spec.tsx proves every one
// readable (WCAG contrast at least 4.5:1) in each theme.
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Decision } from '../../../../domain/taxonomy';

type BadgeLook = Required<Pick<BadgeProps, 'appearance' | 'color'>>;

/** the newest choice on a criterion: filled, it stands out beside the muted date */
export const CHOICE_LOOK: Record<Decision, BadgeLook> = {
  applied: { appearance: 'filled', color: 'brand' },
  considered: { appearance: 'filled', color: 'brand' },
  'not-applicable': { appearance: 'filled', color: 'brand' },
  later: { appearance: 'filled', color: 'warning' },
  attached: { appearance: 'filled', color: 'brand' },
};

/** a document's count per choice: tinted, quieter than a choice itself */
export const COUNT_LOOK: Record<Decision, BadgeLook> = {
  applied: { appearance: 'tint', color: 'informative' },
  considered: { appearance: 'tint', color: 'informative' },
  'not-applicable': { appearance: 'tint', color: 'informative' },
  later: { appearance: 'tint', color: 'warning' },
  attached: { appearance: 'tint', color: 'informative' },
};

export function ChoiceBadge(props: { decision: Decision; children: ReactNode }) {
  return <Badge {...CHOICE_LOOK[props.decision]}>{props.children}</Badge>;
}

export function ChoiceCountBadge(props: { decision: Decision; children: ReactNode }) {
  return <Badge {...COUNT_LOOK[props.decision]}>{props.children}</Badge>;
}
