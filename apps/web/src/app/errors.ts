import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

/** Turns any thrown error into one sentence for the user, in the UI language where the server's text is generic. */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!isApiError(error)) return t('errors.unexpected');
    if (error.status === 0) return t('errors.network');
    if (error.status === 401) return t('errors.unauthenticated');
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    if (error.status === 429) return t('errors.rateLimited');
    if (error.status >= 500) return t('errors.server');
    return error.message || t('errors.unexpected');
  };
}
