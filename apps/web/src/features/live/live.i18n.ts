import { addDictionaries } from '../../app/i18n';

/**
 * Strings of the live-update indicator in the staff header (issue 14 §1), mounted under the `live` key.
 * `liveEn` must have the same keys (the type checks it).
 */
export const liveId = {
  connected: 'Langsung',
  connectedLabel: 'Pembaruan langsung aktif: halaman diperbarui otomatis',
  reconnecting: 'Menyambung…',
  reconnectingLabel: 'Pembaruan langsung terputus, sedang menyambung kembali',
};

type LiveTranslations = typeof liveId;

export const liveEn: LiveTranslations = {
  connected: 'Live',
  connectedLabel: 'Live updates on: this page refreshes by itself',
  reconnecting: 'Reconnecting…',
  reconnectingLabel: 'Live updates interrupted, reconnecting',
};

addDictionaries({ id: { live: liveId }, en: { live: liveEn } });
