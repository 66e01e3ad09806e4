import { Badge, type BadgeProps } from '@mantine/core';

export type Tone = 'positive' | 'neutral' | 'danger' | 'attention' | 'info';

// Darkest shades only: outline badge text is small and must keep a 4.5:1 contrast on white.
const COLORS: Record<Tone, string> = {
  positive: 'teal.9',
  neutral: 'gray.8',
  danger: 'red.9',
  attention: 'grape.9',
  info: 'blue.9',
};

/** A small status label whose colour always passes WCAG AA contrast. */
export function StatusBadge({
  tone,
  ...props
}: Omit<BadgeProps, 'color'> & { tone: Tone; children: React.ReactNode }) {
  // Labels are short words: never truncate them to an ellipsis in a narrow table column.
  return (
    <Badge
      component="span"
      variant="outline"
      color={COLORS[tone]}
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
      {...props}
    />
  );
}
