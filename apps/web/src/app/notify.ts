import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';
import { wantToasts } from './toast-host';

/** A toast (role="alert", so screen readers announce it) with a named close button. */
export function notify(message: string, tone: 'success' | 'error' = 'success'): void {
  wantToasts();
  notifications.show({
    message,
    color: tone === 'success' ? 'teal' : 'red',
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
