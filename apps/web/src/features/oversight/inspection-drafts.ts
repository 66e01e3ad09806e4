import type {
  ChecklistVersion,
  InspectionDetail,
  InspectionSubmissionRequest,
  OversightTargetKind,
} from '@sim/contracts';
import { api, isApiError } from '../../app/api';

// The inspector's form on the phone never loses input: every change is written to localStorage at once, keyed by
// the inspection's UUID (made here when the form opens), together with the checklist itself so the form opens
// again after a reload without the server. Sending is a separate, repeatable step: the whole form, then each photo
// by its own UUID, then the submission — the server answers a repeated step with what it already has, so a send
// that was cut off is simply sent again (on the `online` event, after each change, and on a timer).

const PREFIX = 'sim.oversight.inspection.';
const CHANGED = 'sim-oversight-drafts';

export type DraftAnswer = { yes?: boolean | null; score?: number | null; text?: string; note?: string };
export type DraftPhoto = {
  uuid: string;
  itemId: number | null;
  name: string;
  dataUrl: string | null;
  sent: boolean;
};

export type InspectionDraft = {
  uuid: string;
  /** What the form shows as its subject (plan title or target). */
  title: string;
  startedAt: string;
  origin:
    | { planId: number }
    | {
        teamId: number;
        checklistVersionId: number;
        targetKind: OversightTargetKind;
        targetUnitId: number | null;
        targetEmployeeId: number | null;
        targetServiceText: string | null;
        /** The integrity complaint the inspection examines (issue 12 §4), when opened from one. */
        complaintId?: number | null;
      };
  checklist: ChecklistVersion;
  location: string;
  notes: string;
  answers: Record<string, DraftAnswer>;
  photos: DraftPhoto[];
  /** Local changes count up; the server has seen up to `sentRevision`. */
  revision: number;
  sentRevision: number;
  submitRequested: boolean;
  status: 'DRAFT' | 'SUBMITTED';
  serverId: number | null;
  /** The server's refusal of the last send (a 4xx), shown until the next change. */
  error: string | null;
};

const keyOf = (uuid: string) => `${PREFIX}${uuid}`;

/**
 * A random UUID (version 4). `crypto.randomUUID` exists only in secure contexts, and an office server reached over
 * plain http on the local network is not one; `getRandomValues` works everywhere.
 */
export function newUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function loadDraft(uuid: string): InspectionDraft | null {
  const raw = localStorage.getItem(keyOf(uuid));
  return raw ? (JSON.parse(raw) as InspectionDraft) : null;
}

/** Every draft on this device, newest first. */
export function listDrafts(): InspectionDraft[] {
  const drafts: InspectionDraft[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) {
      const draft = loadDraft(key.slice(PREFIX.length));
      if (draft) drafts.push(draft);
    }
  }
  return drafts.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** Writes a draft; throws `QuotaExceededError` when the device is full (the form says so). */
export function saveDraft(draft: InspectionDraft): void {
  localStorage.setItem(keyOf(draft.uuid), JSON.stringify(draft));
  window.dispatchEvent(new Event(CHANGED));
}

export function removeDraft(uuid: string): void {
  localStorage.removeItem(keyOf(uuid));
  window.dispatchEvent(new Event(CHANGED));
}

/** Applies a change made on the phone: stored at once, counted as not yet sent. */
export function changeDraft(
  uuid: string,
  change: (draft: InspectionDraft) => InspectionDraft,
): InspectionDraft | null {
  const draft = loadDraft(uuid);
  if (!draft) return null;
  const next = { ...change(draft), revision: draft.revision + 1, error: null };
  saveDraft(next);
  return next;
}

/** How many changes the server has not seen yet (form changes, photos, the submission itself). */
export function unsentCount(draft: InspectionDraft): number {
  if (draft.status === 'SUBMITTED') return 0;
  const photos = draft.photos.filter((p) => !p.sent).length;
  return Math.max(0, draft.revision - draft.sentRevision) + photos + (draft.submitRequested ? 1 : 0);
}

export const onDraftsChanged = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
};

function submissionOf(draft: InspectionDraft, submit: boolean): InspectionSubmissionRequest {
  return {
    ...draft.origin,
    startedAt: draft.startedAt,
    location: draft.location || null,
    notes: draft.notes || null,
    answers: Object.entries(draft.answers).map(([itemId, a]) => ({
      itemId: Number(itemId),
      yes: a.yes ?? null,
      score: a.score ?? null,
      text: a.text || null,
      note: a.note || null,
    })),
    submit,
  };
}

function blobOf(dataUrl: string): Blob {
  const [head = '', data = ''] = dataUrl.split(',');
  const mime = /data:([^;]+)/.exec(head)?.[1] ?? 'image/jpeg';
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mime });
}

/** A network failure or a server that is down for a moment: keep the draft and try again later. */
const isTransient = (error: unknown) => !isApiError(error) || error.status === 0 || error.status >= 500;

const inFlight = new Map<string, Promise<void>>();

async function sendOnce(uuid: string): Promise<void> {
  const draft = loadDraft(uuid);
  if (!draft || draft.status === 'SUBMITTED') return;
  const path = `/oversight/inspections/by-uuid/${uuid}`;
  const record = (change: (d: InspectionDraft) => InspectionDraft) => {
    const current = loadDraft(uuid);
    if (current) saveDraft(change(current));
  };
  try {
    const revision = draft.revision;
    const saved = await api.put<InspectionDetail>(path, submissionOf(draft, false));
    record((d) => ({ ...d, serverId: saved.id, sentRevision: Math.max(d.sentRevision, revision) }));
    if (saved.status === 'SUBMITTED') {
      record((d) => ({ ...d, status: 'SUBMITTED', submitRequested: false }));
      return;
    }
    for (const photo of draft.photos.filter((p) => !p.sent && p.dataUrl)) {
      const form = new FormData();
      form.append('file', blobOf(photo.dataUrl!), photo.name);
      await api.put(`${path}/photos/${photo.uuid}`, form, {
        query: { itemId: photo.itemId ?? undefined },
      });
      record((d) => ({
        ...d,
        photos: d.photos.map((p) => (p.uuid === photo.uuid ? { ...p, sent: true } : p)),
      }));
    }
    const latest = loadDraft(uuid);
    if (latest?.submitRequested && latest.photos.every((p) => p.sent)) {
      const done = await api.put<InspectionDetail>(path, submissionOf(latest, true));
      record((d) => ({
        ...d,
        status: done.status,
        submitRequested: false,
        sentRevision: d.revision,
        // The server keeps the photos now; the phone need not.
        photos: d.photos.map((p) => ({ ...p, dataUrl: null })),
      }));
    }
  } catch (error) {
    if (isTransient(error)) return;
    record((d) => ({
      ...d,
      submitRequested: false,
      error: error instanceof Error ? error.message : String(error),
    }));
  }
}

/**
 * Sends what the server has not seen of one draft. One send per draft at a time; a change made meanwhile is sent
 * by the next call (after each change and on every retry tick).
 */
export function syncDraft(uuid: string): Promise<void> {
  const running = inFlight.get(uuid);
  if (running) return running;
  const run = sendOnce(uuid).finally(() => inFlight.delete(uuid));
  inFlight.set(uuid, run);
  return run;
}

/** Sends every draft that still has something unsent (on `online` and on the retry timer). */
export async function syncAllDrafts(): Promise<void> {
  for (const draft of listDrafts()) {
    if (unsentCount(draft) > 0 && !draft.error) await syncDraft(draft.uuid);
  }
}

/**
 * A photo made small enough for a phone's storage and a weak connection: at most 1600 px on its longer side, as
 * JPEG at quality 0.75 (the server re-encodes it again and strips what metadata is left).
 */
export async function compressPhoto(file: File, maxSide = 1600): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', 0.75);
}

/** Opens a new form on this device for a plan or an ad-hoc visit, with the checklist it will be filled against. */
export function createDraft(input: {
  title: string;
  origin: InspectionDraft['origin'];
  checklist: ChecklistVersion;
}): InspectionDraft {
  const draft: InspectionDraft = {
    uuid: newUuid(),
    title: input.title,
    startedAt: new Date().toISOString(),
    origin: input.origin,
    checklist: input.checklist,
    location: '',
    notes: '',
    answers: {},
    photos: [],
    revision: 1,
    sentRevision: 0,
    submitRequested: false,
    status: 'DRAFT',
    serverId: null,
    error: null,
  };
  saveDraft(draft);
  return draft;
}

/** The form already open on this device for a plan, if any (so a second tap continues it). */
export const draftOfPlan = (planId: number) =>
  listDrafts().find((d) => 'planId' in d.origin && d.origin.planId === planId) ?? null;
