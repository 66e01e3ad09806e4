import { isValidIsoDate, maskPersonalData } from '@sim/domain';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { loadSlaPolicy, resolutionDaysOf, verifyOpen311Key } from './complaint-settings.service';
import * as repo from './complaints.repository';
import { prepareIntake, receiveComplaint, type IntakeInput } from './complaint-intake.service';
import { Open311Error } from './open311.serializer';

// Open311 GeoReport v2 (open311-georeport-v2.md): a category is a *service*, a complaint a *service request*.
// Never reporter PII, never Rahasia (confidential) complaints; internal states map to open/closed with the detail
// in status_notes, and expected_datetime is the current deadline.

const STATUS_NOTES: Record<string, string> = {
  DITERIMA: 'Diterima, menunggu verifikasi',
  DIVERIFIKASI: 'Diverifikasi, menunggu disposisi',
  DITOLAK: 'Ditolak',
  DIDISPOSISI: 'Didisposisi ke unit penanggung jawab',
  DIPROSES: 'Sedang diproses',
  MENUNGGU_INFO: 'Menunggu informasi dari pelapor',
  SELESAI: 'Selesai ditindaklanjuti',
  DITUTUP: 'Ditutup',
};
const REJECT_NOTES: Record<string, string> = {
  BUKAN_WEWENANG: 'bukan wewenang',
  TIDAK_LENGKAP: 'tidak lengkap',
  DUPLIKAT: 'duplikat',
};
const CLOSED = new Set(['DITOLAK', 'SELESAI', 'DITUTUP']);
const MAX_RANGE_MS = 90 * 86_400_000;

/** The discovery document: where the endpoint is and which formats it speaks. */
export function getDiscovery(baseUrl: string) {
  return {
    changeset: '2026-11-28T00:00:00+07:00',
    contact: 'Kecamatan Kertapati, Kota Palembang — layanan pengaduan',
    key_service: 'Kunci API diterbitkan oleh Admin Kepegawaian Kecamatan Kertapati',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset: '2026-11-28T00:00:00+07:00',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

/** Active categories as Open311 services (all realtime: the id is returned at once). */
export async function listServices(ctx: ServiceContext) {
  const rows = await repo.findCategories(ctx.db, { activeOnly: true });
  return rows.map((r) => ({
    service_code: r.code,
    service_name: r.name,
    description: r.description,
    metadata: r.attributes.length > 0,
    type: 'realtime',
    keywords: r.keywords,
    group: r.group_name,
  }));
}

/** A service definition: the extra attributes a request of this service carries. */
export async function getServiceDefinition(ctx: ServiceContext, code: string) {
  const row = await repo.findCategoryByCode(ctx.db, code);
  if (!row || !row.is_active) throw new Open311Error(404, `Layanan ${code} tidak ditemukan`);
  return {
    service_code: row.code,
    attributes: row.attributes.map((a, i) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: null,
      order: i + 1,
      description: a.description,
      ...(a.values ? { values: a.values.map((v) => ({ key: v.key, name: v.name })) } : {}),
    })),
  };
}

const value = (params: URLSearchParams, key: string) => {
  const v = params.get(key);
  return v === null || v.trim() === '' ? undefined : v.trim();
};

/** Reads `attribute[CODE]=v` and `attribute[CODE][]=v` (repeated for multi-value lists). */
function readAttributes(params: URLSearchParams): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {};
  for (const [key, v] of params) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (!match) continue;
    const code = match[1]!;
    if (match[2]) {
      const list = attributes[code];
      attributes[code] = Array.isArray(list) ? [...list, v] : [v];
    } else {
      attributes[code] = v;
    }
  }
  return attributes;
}

/**
 * Creates a complaint from an Open311 client (form-encoded POST with an API key). The reporter's contact fields
 * are stored for the verifier and assignee, never returned by the API.
 */
export async function createServiceRequest(ctx: ServiceContext, params: URLSearchParams, ip: string) {
  if (!(await verifyOpen311Key(ctx, value(params, 'api_key')))) {
    throw new Open311Error(403, 'api_key tidak ada atau tidak berlaku');
  }
  const code = value(params, 'service_code');
  if (!code) throw new Open311Error(400, 'service_code wajib diisi');
  const category = await repo.findCategoryByCode(ctx.db, code);
  if (!category || !category.is_active) throw new Open311Error(400, `service_code ${code} tidak dikenal`);
  const lat = value(params, 'lat');
  const long = value(params, 'long');
  const addressString = value(params, 'address_string');
  const addressId = value(params, 'address_id');
  const hasPoint = lat !== undefined && long !== undefined;
  if (!hasPoint && !addressString && !addressId) {
    throw new Open311Error(400, 'Lokasi wajib: lat dan long, address_string, atau address_id');
  }
  const latN = hasPoint ? Number(lat) : null;
  const longN = hasPoint ? Number(long) : null;
  if (
    hasPoint &&
    (!Number.isFinite(latN) || !Number.isFinite(longN) || Math.abs(latN!) > 90 || Math.abs(longN!) > 180)
  ) {
    throw new Open311Error(400, 'lat/long tidak valid');
  }
  const description = value(params, 'description') ?? `Laporan ${category.name} melalui Open311`;
  if (description.length > 4000) throw new Open311Error(400, 'description paling banyak 4000 karakter');
  const address = (addressString ?? (addressId ? `ID alamat ${addressId}` : `${lat}, ${long}`)).slice(0, 300);
  const kelurahanNames = await repo.findKelurahanNames(ctx.db);
  const kelurahan =
    kelurahanNames.find((k) => address.toLowerCase().includes(k.toLowerCase())) ?? 'Belum ditentukan';
  const name = [value(params, 'first_name'), value(params, 'last_name')].filter(Boolean).join(' ');
  const email = value(params, 'email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Open311Error(400, 'email tidak valid');
  const input: IntakeInput = {
    categoryCode: category.code,
    description: description.length >= 10 ? description : `${description} (Open311)`,
    kelurahan,
    address,
    lat: latN,
    lng: longN,
    reporterName: name ? name.slice(0, 120) : undefined,
    reporterPhone: value(params, 'phone')?.slice(0, 30),
    reporterEmail: email,
    isAnonymous: false,
    isConfidential: false,
    kind: 'PENGADUAN',
    maladministration: null,
    attributes: readAttributes(params),
  };
  const now = ctx.now();
  try {
    const { ticket, reference } = await prepareIntake(ctx, now, input, 'OPEN311');
    const created = await ctx.db.transaction().execute((trx) =>
      receiveComplaint(trx, now, input, {
        channel: 'OPEN311',
        audit: { actorId: null, actorName: 'open311', ip },
        actorUserId: null,
        ticket,
        reference,
      }),
    );
    const policy = await loadSlaPolicy(ctx.db);
    return [
      {
        service_request_id: created.ticket,
        service_notice: `Laporan diterima. Verifikasi paling lambat ${policy.verificationDays} hari kerja; penyelesaian ${resolutionDaysOf(policy, category.complexity, category.resolution_days)} hari kerja setelah disposisi.`,
        account_id: null,
      },
    ];
  } catch (err) {
    if (err instanceof AppError && err.status < 500) {
      const detail = err.details?.[0];
      throw new Open311Error(400, detail ? `${detail.path}: ${detail.message}` : err.message);
    }
    throw err;
  }
}

function toRequest(row: repo.Open311Row) {
  const reject = row.reject_reason ? ` (${REJECT_NOTES[row.reject_reason] ?? row.reject_reason})` : '';
  return {
    service_request_id: row.ticket,
    status: CLOSED.has(row.status) ? 'closed' : 'open',
    status_notes: `${STATUS_NOTES[row.status] ?? row.status}${reject}`,
    service_name: row.category_name,
    service_code: row.category_code,
    // Open311 answers are public: the citizen's own name and any contact or NIK written into the text are masked.
    description: maskPersonalData(row.description, [row.reporter_name]).slice(0, 4000),
    agency_responsible: row.unit_name,
    service_notice: null,
    // Already in WIB as Open311 writes them (findOpen311Rows).
    requested_datetime: row.received_at,
    updated_datetime: row.updated_at,
    expected_datetime: row.deadline_at,
    address: `${row.address}, ${row.kelurahan}`,
    address_id: null,
    zipcode: null,
    lat: row.lat,
    long: row.lng,
    media_url: null,
  };
}

/**
 * An Open311 date filter: `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.sss]]` with an optional offset (`Z`, `+07:00`).
 * Without an offset the time is WIB (UTC+7), the jurisdiction's time zone, never the server's; a date alone is the
 * start of that WIB day, or its end (23:59:59.999 WIB) when `end` is set, so `end_date=2026-03-10` includes the
 * whole of 10 March. Impossible dates and times (30 February, 25:00) are 400.
 */
function parseDate(text: string | undefined, name: string, end = false): Date | undefined {
  if (text === undefined) return undefined;
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!match) throw new Open311Error(400, `${name} tidak valid`);
  const [, day, hh, mm, ss, ms, offset] = match;
  // The Date constructor rolls 30 February over to March; the calendar date itself must exist.
  if (!isValidIsoDate(day!)) throw new Open311Error(400, `${name} bukan tanggal yang ada`);
  if (hh === undefined) {
    const start = new Date(`${day}T00:00:00+07:00`);
    return end ? new Date(start.getTime() + 86_400_000 - 1) : start;
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    throw new Open311Error(400, `${name} bukan jam yang ada`);
  }
  const zone =
    offset === undefined
      ? '+07:00'
      : offset === 'Z'
        ? 'Z'
        : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const date = new Date(`${day}T${hh}:${mm}:${ss ?? '00'}${ms ?? ''}${zone}`);
  if (Number.isNaN(date.getTime())) throw new Open311Error(400, `${name} tidak valid`);
  return date;
}

function parsePositive(text: string | undefined, name: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Open311Error(400, `${name} harus bilangan bulat positif`);
  return Math.min(n, max);
}

/** Queries requests with the standard filters (default the last 90 days) and the page/page_size extension. */
export async function listServiceRequests(ctx: ServiceContext, params: URLSearchParams) {
  const page = parsePositive(value(params, 'page'), 'page', 1, 100_000);
  const pageSize = parsePositive(value(params, 'page_size'), 'page_size', 1000, 1000);
  const ids = value(params, 'service_request_id');
  const filter: repo.ComplaintFilter = { visibility: null, publicOnly: true };
  if (ids) {
    filter.tickets = ids
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 1000);
  } else {
    const codes = value(params, 'service_code');
    if (codes)
      filter.categoryCodes = codes
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const end = parseDate(value(params, 'end_date'), 'end_date', true) ?? ctx.now();
    const start =
      parseDate(value(params, 'start_date'), 'start_date') ?? new Date(end.getTime() - MAX_RANGE_MS);
    if (start.getTime() > end.getTime()) throw new Open311Error(400, 'start_date harus sebelum end_date');
    if (end.getTime() - start.getTime() > MAX_RANGE_MS)
      throw new Open311Error(400, 'Rentang tanggal paling lama 90 hari');
    filter.receivedFrom = start;
    filter.receivedTo = new Date(end.getTime() + 1);
    const status = value(params, 'status');
    if (status) {
      const wanted = new Set(status.split(',').map((s) => s.trim().toLowerCase()));
      for (const s of wanted)
        if (s !== 'open' && s !== 'closed') throw new Open311Error(400, 'status harus open atau closed');
      if (wanted.size === 1 && wanted.has('open')) filter.openOnly = true;
      if (wanted.size === 1 && wanted.has('closed')) filter.closedOnly = true;
    }
  }
  // Open311 answers carry no total, so the page is read without counting the window.
  const rows = await repo.findOpen311Rows(ctx.db, filter, page, pageSize);
  return rows.map(toRequest);
}

/** One request by its id (the ticket number); Rahasia complaints do not exist for Open311. */
export async function getServiceRequest(ctx: ServiceContext, id: string) {
  const filter = { visibility: null, publicOnly: true, tickets: [id] };
  const [row] = await repo.findOpen311Rows(ctx.db, filter, 1, 1);
  if (!row) throw new Open311Error(404, `Permintaan ${id} tidak ditemukan`);
  return [toRequest(row)];
}
