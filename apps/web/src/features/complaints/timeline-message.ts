import type { TimelineEntry } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { complaintsId } from './complaints.i18n';

type Coded = Pick<TimelineEntry, 'message' | 'messageCode' | 'messageParams' | 'actor'>;

/**
 * A timeline line in the reader's language: a generated line (stored as a code with parameters) through the
 * `complaints.messages` strings; free text, and rows written before the codes existed, as stored. The role labels
 * the server writes as the actor ("Pelapor", "Sistem", "Petugas Pengaduan") are translated; people's names are not.
 */
export function useTimelineText() {
  const { t } = useTranslation();
  return {
    message(e: Coded): string | null {
      const code = e.messageCode;
      if (!code || !(code in complaintsId.messages)) return e.message;
      const params: Record<string, string | number> = { ...(e.messageParams ?? {}) };
      const channel = params.channel;
      if (typeof channel === 'string' && channel in complaintsId.channelPhrases) {
        params.channel = t(
          `complaints.channelPhrases.${channel as keyof typeof complaintsId.channelPhrases}`,
        );
      }
      return t(`complaints.messages.${code as keyof typeof complaintsId.messages}`, params);
    },
    actor(e: Coded): string {
      return e.actor in complaintsId.actors
        ? t(`complaints.actors.${e.actor as keyof typeof complaintsId.actors}`)
        : e.actor;
    },
  };
}
