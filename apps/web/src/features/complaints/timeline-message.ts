import type { TimelineEntry } from '@sim/contracts';
// The light entry point: the public tracking page must not load the zod schemas (issue 10 §1).
import { COMPLAINT_MESSAGE_DATE_PARAMS } from '@sim/contracts/complaint-messages';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, type Language } from '../../app/format';
import { complaintsId } from './complaints.i18n';

type Coded = Pick<TimelineEntry, 'message' | 'messageCode' | 'messageParams' | 'actor'>;
type Terms = typeof complaintsId.messageTerms;
type TermKey = {
  [K in keyof Terms]: `complaints.messageTerms.${K}.${keyof Terms[K] & string}`;
}[keyof Terms];
const TERMS = complaintsId.messageTerms as Record<string, Record<string, string>>;

/**
 * A timeline line in the reader's language: a generated line (stored as a code with parameters) through the
 * `complaints.messages` strings; free text, and rows written before the codes existed, as stored. Closed-list
 * parameters (the channel, a deadline window, a rejection reason, a photo phase) read as words of the reader's
 * language, and instants as a WIB date in the reader's format.
 */
export function timelineMessage(e: Coded, t: TFunction, lang: Language): string | null {
  const code = e.messageCode;
  if (!code || !(code in complaintsId.messages)) return e.message;
  const params: Record<string, string | number> = { ...(e.messageParams ?? {}) };
  for (const [name, value] of Object.entries(params)) {
    if (TERMS[name] && String(value) in TERMS[name]) {
      params[name] = t(`complaints.messageTerms.${name}.${value}` as TermKey);
    } else if (name in COMPLAINT_MESSAGE_DATE_PARAMS && typeof value === 'string') {
      const kind = COMPLAINT_MESSAGE_DATE_PARAMS[name as keyof typeof COMPLAINT_MESSAGE_DATE_PARAMS];
      params[name] = kind === 'date' ? formatDate(value, lang) : formatDateTime(value, lang);
    }
  }
  return t(`complaints.messages.${code as keyof typeof complaintsId.messages}`, params);
}

/**
 * The hook the timelines use: `message` as above; `actor` translates the role labels the server writes as the
 * actor ("Pelapor", "Sistem", "Petugas Pengaduan", "Petugas penanganan"); people's names are not translated.
 */
export function useTimelineText() {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'id';
  return {
    message: (e: Coded): string | null => timelineMessage(e, t, lang),
    actor(e: Coded): string {
      return e.actor in complaintsId.actors
        ? t(`complaints.actors.${e.actor as keyof typeof complaintsId.actors}`)
        : e.actor;
    },
  };
}
