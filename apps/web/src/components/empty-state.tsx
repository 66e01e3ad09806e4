import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

type EmptyStateProps = { title: string; description?: string; action?: ReactNode };

/** Nothing to show yet (or nothing matches the filters). */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <MantineEmptyState
      title={title}
      description={description}
      py="xl"
      role="status"
      icon={
        <svg width="40" height="40" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor">
          <path d="M3 7h18v12H3zM3 7l3-4h12l3 4" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
      }
    >
      {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}
