import type { ComplaintCreated, PublicComplaintInput, PublicComplaintOptions } from '@sim/contracts';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  CopyButton,
  FileInput,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../app/api';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import {
  uploadCitizenAttachment,
  useFileComplaint,
  usePublicComplaintOptions,
} from '../complaints/use-complaints';
import { PublicLayout } from './public-layout';
import '../complaints/complaints.i18n';

type Values = {
  categoryCode: string | null;
  description: string;
  kelurahan: string | null;
  address: string;
  lat: number | null;
  lng: number | null;
  reporterName: string;
  reporterPhone: string;
  reporterEmail: string;
  isAnonymous: boolean;
  isConfidential: boolean;
  kind: NonNullable<PublicComplaintInput['kind']>;
  integrity: boolean;
  attributes: Record<string, string | string[]>;
  website: string;
};

const EMPTY: Values = {
  categoryCode: null,
  description: '',
  kelurahan: null,
  address: '',
  lat: null,
  lng: null,
  reporterName: '',
  reporterPhone: '',
  reporterEmail: '',
  isAnonymous: false,
  isConfidential: false,
  kind: 'PENGADUAN',
  integrity: false,
  attributes: {},
  website: '',
};

/** The body the API expects, from the form's values. */
export function toComplaintInput(v: Values): PublicComplaintInput {
  return {
    categoryCode: v.categoryCode ?? '',
    description: v.description,
    kelurahan: v.kelurahan ?? '',
    address: v.address,
    lat: v.lat,
    lng: v.lng,
    reporterName: v.reporterName,
    reporterPhone: v.reporterPhone,
    reporterEmail: v.reporterEmail,
    isAnonymous: v.isAnonymous,
    isConfidential: v.isConfidential || v.integrity,
    kind: v.kind,
    maladministration: v.integrity ? 'PERMINTAAN_IMBALAN' : null,
    attributes: v.attributes,
    website: v.website,
  };
}

type FieldErrors = Record<string, string>;

/**
 * Checks the values with the API's own intake schema (packages/contracts), so the browser says what the server
 * would say, before anything is sent. The contracts (and zod) load on demand: the public page's first chunk stays
 * small, and the schema is there long before the citizen presses "Kirim".
 */
const loadIntakeSchema = () => import('@sim/contracts').then((m) => m.complaintIntakeBase);

export async function validateComplaintInput(input: PublicComplaintInput): Promise<FieldErrors> {
  const schema = await loadIntakeSchema();
  const parsed = schema.safeParse(input);
  const errors: FieldErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path && !(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

/** The complaint form shared by the public page and the desk's walk-in page. */
export function ComplaintIntakeForm({
  options,
  onSubmit,
  pending,
  error,
  allowFiles,
  extra,
}: {
  options: PublicComplaintOptions;
  onSubmit: (values: Values, files: File[]) => void;
  pending: boolean;
  error: unknown;
  allowFiles: boolean;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<Values>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [gps, setGps] = useState<'idle' | 'failed'>('idle');
  // Errors shown on the fields: from the browser's check or the server's answer. A field's error goes as soon as
  // the citizen changes that field; the banner goes with the last error.
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    setServerError(error);
    setFieldErrors(isApiError(error) ? error.fieldErrors() : {});
  }, [error]);
  const clearError = (...keys: string[]) =>
    setFieldErrors((old) => {
      if (!keys.some((k) => k in old)) return old;
      const next = { ...old };
      for (const k of keys) delete next[k];
      return next;
    });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setV((old) => ({ ...old, [key]: value }));
    clearError(key);
  };
  const setAttribute = (code: string, value: string | string[]) => {
    setV((old) => ({ ...old, attributes: { ...old.attributes, [code]: value } }));
    clearError(`attributes.${code}`);
  };
  const errorCount = Object.keys(fieldErrors).length;
  // A validation answer from the server is about the fields; once they are all fixed its banner goes too.
  const serverFieldError = isApiError(serverError) && serverError.details.length > 0;
  const banner = errorCount > 0 ? 'fields' : serverError && !serverFieldError ? 'server' : null;
  const category = options.categories.find((c) => c.code === v.categoryCode);

  const locate = () => {
    if (!('geolocation' in navigator)) return setGps('failed');
    navigator.geolocation.getCurrentPosition(
      (pos) => setV((old) => ({ ...old, lat: pos.coords.latitude, lng: pos.coords.longitude })),
      () => setGps('failed'),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  return (
    <form
      noValidate
      ref={formRef}
      // The schema starts loading when the citizen begins to fill the form, not with the page: the page's first
      // requests stay the ones its HTML announces (public-pages-load.spec.ts), and typing takes longer than the fetch.
      onFocusCapture={() => void loadIntakeSchema()}
      onSubmit={(e) => {
        e.preventDefault();
        setChecking(true);
        void validateComplaintInput(toComplaintInput(v))
          .then((errors) => {
            setServerError(null);
            setFieldErrors(errors);
            if (Object.keys(errors).length === 0) return onSubmit(v, files);
            // Show the citizen the first field that needs attention (a phone shows only a part of the form). Only
            // scrolled to, not focused: focus would open a select's list and the phone's keyboard; the banner
            // (role="alert") is what a screen reader announces.
            window.requestAnimationFrame(() =>
              formRef.current
                ?.querySelector<HTMLElement>('[aria-invalid="true"]')
                ?.scrollIntoView({ block: 'center' }),
            );
          })
          .finally(() => setChecking(false));
      }}
    >
      <Stack gap="md">
        <Select
          label={t('complaints.portal.category')}
          required
          data={options.categories.map((c) => ({ value: c.code, label: c.name }))}
          value={v.categoryCode}
          onChange={(value) => {
            setV((old) => ({ ...old, categoryCode: value, attributes: {} }));
            clearError('categoryCode');
          }}
          error={fieldErrors.categoryCode}
          searchable
        />
        {category?.description && (
          <Text size="sm" c="dimmed">
            {category.description}
          </Text>
        )}
        {category?.attributes.map((a) =>
          a.datatype === 'singlevaluelist' ? (
            <Select
              key={a.code}
              label={a.description}
              required={a.required}
              data={(a.values ?? []).map((x) => ({ value: x.key, label: x.name }))}
              value={(v.attributes[a.code] as string | undefined) ?? null}
              onChange={(value) => setAttribute(a.code, value ?? '')}
              error={fieldErrors[`attributes.${a.code}`]}
            />
          ) : a.datatype === 'multivaluelist' ? (
            <MultiSelect
              key={a.code}
              label={a.description}
              required={a.required}
              data={(a.values ?? []).map((x) => ({ value: x.key, label: x.name }))}
              value={(v.attributes[a.code] as string[] | undefined) ?? []}
              onChange={(value) => setAttribute(a.code, value)}
              error={fieldErrors[`attributes.${a.code}`]}
            />
          ) : (
            <TextInput
              key={a.code}
              label={a.description}
              required={a.required}
              value={(v.attributes[a.code] as string | undefined) ?? ''}
              onChange={(e) => setAttribute(a.code, e.currentTarget.value)}
              error={fieldErrors[`attributes.${a.code}`]}
            />
          ),
        )}
        <Textarea
          label={t('complaints.portal.description')}
          description={t('complaints.portal.descriptionHint')}
          required
          autosize
          minRows={4}
          value={v.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={fieldErrors.description}
        />
        <Select
          label={t('complaints.portal.kelurahan')}
          required
          data={options.kelurahan}
          value={v.kelurahan}
          onChange={(value) => set('kelurahan', value)}
          error={fieldErrors.kelurahan}
        />
        <TextInput
          label={t('complaints.portal.address')}
          required
          value={v.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          error={fieldErrors.address}
        />
        <Group gap="sm">
          <Button variant="light" onClick={locate} type="button">
            {t('complaints.portal.gps')}
          </Button>
          {v.lat !== null && v.lng !== null && (
            <Text size="sm">
              {t('complaints.portal.gpsSet', { lat: v.lat.toFixed(5), lng: v.lng.toFixed(5) })}
            </Text>
          )}
          {gps === 'failed' && (
            <Text size="sm" c="red.9">
              {t('complaints.portal.gpsFailed')}
            </Text>
          )}
        </Group>
        <Select
          label={t('complaints.portal.kind')}
          data={(['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'] as const).map((k) => ({
            value: k,
            label: t(`complaints.kinds.${k}`),
          }))}
          value={v.kind}
          onChange={(value) => set('kind', (value ?? 'PENGADUAN') as Values['kind'])}
          allowDeselect={false}
        />
        <Checkbox
          label={t('complaints.portal.integrity')}
          description={t('complaints.portal.integrityHint')}
          checked={v.integrity}
          onChange={(e) => set('integrity', e.currentTarget.checked)}
        />
        <Paper withBorder p="sm">
          <Title order={2} fz="h5" mb="xs">
            {t('complaints.portal.contact')}
          </Title>
          <Stack gap="sm">
            <TextInput
              label={t('complaints.portal.name')}
              value={v.reporterName}
              onChange={(e) => set('reporterName', e.currentTarget.value)}
              error={fieldErrors.reporterName}
              autoComplete="name"
            />
            <TextInput
              label={t('complaints.portal.phone')}
              type="tel"
              value={v.reporterPhone}
              onChange={(e) => set('reporterPhone', e.currentTarget.value)}
              error={fieldErrors.reporterPhone}
              autoComplete="tel"
            />
            <TextInput
              label={t('complaints.portal.email')}
              type="email"
              value={v.reporterEmail}
              onChange={(e) => set('reporterEmail', e.currentTarget.value)}
              error={fieldErrors.reporterEmail}
              autoComplete="email"
            />
            <Switch
              label={t('complaints.portal.anonymous')}
              description={t('complaints.portal.anonymousHint')}
              checked={v.isAnonymous}
              onChange={(e) => set('isAnonymous', e.currentTarget.checked)}
            />
            <Switch
              label={t('complaints.portal.confidential')}
              description={t('complaints.portal.confidentialHint')}
              checked={v.isConfidential || v.integrity}
              disabled={v.integrity}
              onChange={(e) => set('isConfidential', e.currentTarget.checked)}
            />
          </Stack>
        </Paper>
        {allowFiles && (
          <FileInput
            label={t('complaints.portal.photos')}
            multiple
            clearable
            accept="image/jpeg,image/png,application/pdf"
            value={files}
            onChange={(value) => setFiles(value.slice(0, 5))}
          />
        )}
        <div
          aria-hidden="true"
          style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}
        >
          <label>
            {t('complaints.portal.honeypot')}
            <input
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={v.website}
              onChange={(e) => set('website', e.currentTarget.value)}
            />
          </label>
        </div>
        {extra}
        {banner === 'fields' ? (
          <Alert color="red" variant="light" role="alert" data-testid="form-errors">
            {t('complaints.portal.fixErrors', { count: errorCount })}
          </Alert>
        ) : banner === 'server' ? (
          <FormError error={serverError} />
        ) : null}
        <Button type="submit" size="md" loading={pending || checking}>
          {t('complaints.portal.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The ticket and the private tracking link, shown once after filing. */
export function ComplaintReceipt({
  created,
  uploadError,
}: {
  created: ComplaintCreated;
  uploadError?: string | null;
}) {
  const { t } = useTranslation();
  const link = `${window.location.origin}/pengaduan/lacak#${created.trackingSecret}`;
  return (
    <Alert color="teal" title={t('complaints.portal.sentTitle')} role="status">
      <Stack gap="xs">
        <Text>
          {t('complaints.portal.ticket')}: <strong data-testid="ticket-number">{created.ticket}</strong>
        </Text>
        <Text size="sm">{t('complaints.portal.trackLink')}:</Text>
        {/* A phone is narrower than the link: it wraps anywhere instead of running off the card. */}
        <Code
          block
          data-testid="tracking-link"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', wordBreak: 'break-all' }}
        >
          {link}
        </Code>
        <Group gap="xs" wrap="wrap">
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button size="sm" variant="light" onClick={copy} aria-live="polite">
                {copied ? t('complaints.portal.copied') : t('complaints.portal.copy')}
              </Button>
            )}
          </CopyButton>
          {/* Darker than the default link colour: the teal alert's tint would leave it below 4.5:1. */}
          <Anchor component={Link} to={`/pengaduan/lacak#${created.trackingSecret}`} c="blue.9" fw={600}>
            {t('complaints.portal.openTrack')}
          </Anchor>
        </Group>
        <Text size="sm" fw={600}>
          {t('complaints.portal.trackWarning')}
        </Text>
        {uploadError && (
          <Text size="sm" c="red.9">
            {t('complaints.portal.uploadFailed', { message: uploadError })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/** Public page: file a complaint without logging in (phone first). */
export function ComplaintsFormPage() {
  const { t } = useTranslation();
  const options = usePublicComplaintOptions();
  // Proof-of-work: usually well under a second; a note appears only when it takes longer (slow phones).
  const [solving, setSolving] = useState<{ since: number; tries: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const file = useFileComplaint((active, tries) =>
    setSolving((old) => (active ? { since: old?.since ?? Date.now(), tries } : null)),
  );
  useEffect(() => {
    if (!solving) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [solving]);
  const showSolving = solving !== null && now - solving.since > 1000;
  const [created, setCreated] = useState<ComplaintCreated | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  useEffect(() => {
    document.title = `${t('complaints.portal.formTitle')} · ${t('complaints.portal.site')}`;
  }, [t]);

  return (
    <PublicLayout>
      <Title order={1} fz="h3" mb="xs">
        {t('complaints.portal.formTitle')}
      </Title>
      {created ? (
        <Stack>
          <ComplaintReceipt created={created} uploadError={uploadError} />
          <Button variant="default" onClick={() => setCreated(null)}>
            {t('complaints.portal.newComplaint')}
          </Button>
        </Stack>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="md">
            {t('complaints.portal.formIntro')}
          </Text>
          {options.isPending ? (
            <LoadingState lines={6} />
          ) : options.isError ? (
            <ErrorState error={options.error} onRetry={() => void options.refetch()} />
          ) : (
            <ComplaintIntakeForm
              options={options.data}
              allowFiles
              pending={file.isPending || uploading}
              error={file.error}
              extra={
                showSolving ? (
                  <Text size="sm" role="status" data-testid="pow-progress">
                    {t('complaints.portal.powProgress', { tries: solving.tries.toLocaleString('id-ID') })}
                  </Text>
                ) : undefined
              }
              onSubmit={(values, files) =>
                file.mutate(toComplaintInput(values), {
                  onSuccess: async (result) => {
                    setUploading(true);
                    setUploadError(null);
                    for (const f of files) {
                      try {
                        await uploadCitizenAttachment(result.trackingSecret, f);
                      } catch (err) {
                        setUploadError(err instanceof Error ? err.message : String(err));
                      }
                    }
                    setUploading(false);
                    setCreated(result);
                    window.scrollTo(0, 0);
                  },
                })
              }
            />
          )}
        </>
      )}
    </PublicLayout>
  );
}
