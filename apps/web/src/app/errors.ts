import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

type Translate = (key: `errors.${string}`) => string;

/**
 * One sentence for the user, in the UI language where the server's text is generic. A full disk (507) keeps the
 * server's message: it says that nothing was stored and whom to tell, which "try again later" would hide.
 */
export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('errors.unexpected');
  if (error.status === 0) return t('errors.network');
  if (error.status === 401) return t('errors.unauthenticated');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 429) return t('errors.rateLimited');
  if (error.status === 507 && error.message) return error.message;
  if (error.status >= 500) return t('errors.server');
  return error.message || t('errors.unexpected');
}

/** Turns any thrown error into one sentence for the user (`describeError` with the UI's translations). */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => describeError(error, (key) => t(key as never));
}
