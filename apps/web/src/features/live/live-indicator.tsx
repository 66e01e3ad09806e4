import { Badge, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './use-live-events';
import './live.i18n';

/** A small badge in the header: "Langsung" when the stream is open, "Menyambung…" otherwise; announced politely. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  const on = status === 'connected';
  return (
    <Badge
      role="status"
      aria-live="polite"
      aria-label={on ? t('live.connectedLabel') : t('live.reconnectingLabel')}
      title={on ? t('live.connectedLabel') : t('live.reconnectingLabel')}
      variant="dot"
      color={on ? 'teal.9' : 'orange.9'}
      size="sm"
      // On a phone only the dot: without the pill's border and padding the header keeps room for the app name.
      bd={{ base: 0, sm: undefined }}
      px={{ base: 0, sm: undefined }}
      data-live-status={status}
    >
      {/* On a phone the header has no room for the word: the dot's colour and the label carry it. */}
      <Box component="span" visibleFrom="sm">
        {on ? t('live.connected') : t('live.reconnecting')}
      </Box>
    </Badge>
  );
}
