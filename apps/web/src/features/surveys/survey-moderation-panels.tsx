import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  SKM_INVITATION_EVENTS,
  UNSUR_CODE_LIST,
  type SkmInvitation,
  type SkmModerationBody,
  type SkmSuggestionItem,
  type SurveyResponse,
} from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { Pager } from '../../components/pager';
import { StatusBadge } from '../../components/status-badge';
import {
  useCreateInvitation,
  useExcludeResponse,
  useInvitations,
  useModerateSuggestion,
  useSuggestions,
  useSurveyResponses,
  type SkmSuggestionFilter,
} from './use-surveys';

// Managers' review screens of a survey: responses with flags (exclude/restore with a reason), suggestion
// moderation, and single-use invitations.

const PAGE_SIZE = 25;

export function SurveyResponsesPanel({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filter, setFilter] = useState<'all' | 'flagged' | 'excluded'>('flagged');
  const [page, setPage] = useState(1);
  const responses = useSurveyResponses(surveyId, filter, page);
  const [target, setTarget] = useState<SurveyResponse | null>(null);

  const columns: Column<SurveyResponse>[] = [
    {
      key: 'at',
      header: t('skm.responses.submittedAt'),
      render: (r) => formatDateTime(r.submittedAt, language),
      width: 170,
    },
    {
      key: 'service',
      header: t('skm.responses.service'),
      render: (r) => (
        <Stack gap={0}>
          <Text size="sm">{r.serviceType}</Text>
          <Text size="xs" c="dimmed">
            {t(`skm.sources.${r.source}`)}
            {r.counter ? ` · ${r.counter}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'answers',
      header: t('skm.responses.answers'),
      render: (r) => (
        <Text size="sm" ff="monospace">
          {UNSUR_CODE_LIST.map((c) => r.answers[c] ?? '·').join(' ')}
        </Text>
      ),
    },
    { key: 'officer', header: t('skm.responses.officer'), render: (r) => r.officerName ?? '—' },
    {
      key: 'state',
      header: t('skm.responses.state'),
      render: (r) => (
        <Stack gap={4} align="flex-start">
          {r.isFlagged && <StatusBadge tone="attention">{t('skm.responses.flaggedBadge')}</StatusBadge>}
          {r.flagReason && (
            <Text size="xs" c="dimmed">
              {r.flagReason}
            </Text>
          )}
          {r.isExcluded && <StatusBadge tone="danger">{t('skm.responses.excludedBadge')}</StatusBadge>}
          {r.excludedReason && (
            <Text size="xs" c="dimmed">
              {r.excludedReason}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'act',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (r) => (
        <Button
          size="compact-sm"
          variant="light"
          color={r.isExcluded ? 'blue' : 'red'}
          aria-label={t(r.isExcluded ? 'skm.responses.restoreNamed' : 'skm.responses.excludeNamed', {
            id: r.id,
          })}
          onClick={() => setTarget(r)}
        >
          {r.isExcluded ? t('skm.responses.restore') : t('skm.responses.exclude')}
        </Button>
      ),
    },
  ];

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('skm.responses.privacy')}
      </Text>
      <SegmentedControl
        aria-label={t('skm.responses.filter')}
        value={filter}
        onChange={(v) => {
          setFilter(v as typeof filter);
          setPage(1);
        }}
        data={(['flagged', 'excluded', 'all'] as const).map((v) => ({
          value: v,
          label: t(`skm.responses.filters.${v}`),
        }))}
        maw={420}
      />
      {responses.isPending ? (
        <LoadingState lines={6} />
      ) : responses.isError ? (
        <ErrorState error={responses.error} onRetry={() => void responses.refetch()} />
      ) : responses.data.items.length === 0 ? (
        <EmptyState title={t('skm.responses.empty')} />
      ) : (
        <div aria-busy={responses.isFetching}>
          <DataTable
            caption={t('skm.detail.tabs.responses')}
            columns={columns}
            rows={responses.data.items}
            rowKey={(r) => r.id}
            minWidth={980}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={responses.data.total} onChange={setPage} />
        </div>
      )}
      {target && <ExclusionModal surveyId={surveyId} response={target} onClose={() => setTarget(null)} />}
    </Stack>
  );
}

function ExclusionModal({
  surveyId,
  response,
  onClose,
}: {
  surveyId: number;
  response: SurveyResponse;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useExcludeResponse(surveyId);
  const restore = response.isExcluded;
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim().length >= 5 ? null : t('skm.form.required')) },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={restore ? t('skm.responses.restoreTitle') : t('skm.responses.excludeTitle')}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          mutation.mutate(
            { responseId: response.id, reason: v.reason.trim(), restore },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'teal',
                  message: restore ? t('skm.responses.restoredDone') : t('skm.responses.excludedDone'),
                });
                onClose();
              },
              onError: (error) => {
                if (isApiError(error)) form.setErrors(error.fieldErrors());
              },
            },
          ),
        )}
      >
        <Stack>
          <Textarea
            label={t('skm.responses.reason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <FormError error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={restore ? undefined : 'red'} loading={mutation.isPending}>
              {restore ? t('skm.responses.restore') : t('skm.responses.exclude')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SurveySuggestionsPanel({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [status, setStatus] = useState<SkmSuggestionFilter>('PENDING');
  const [page, setPage] = useState(1);
  const suggestions = useSuggestions(surveyId, status, page);
  const moderate = useModerateSuggestion(surveyId);
  const decide = (item: SkmSuggestionItem, decision: SkmModerationBody['decision']) =>
    moderate.mutate(
      { responseId: item.responseId, decision },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('skm.suggestions.done') }) },
    );

  const columns: Column<SkmSuggestionItem>[] = [
    {
      key: 'date',
      header: t('skm.responses.submittedAt'),
      render: (s) => formatDate(s.submittedOn, language),
      width: 150,
    },
    { key: 'service', header: t('skm.responses.service'), render: (s) => s.serviceType, width: 200 },
    { key: 'text', header: t('skm.detail.tabs.suggestions'), render: (s) => <Text size="sm">{s.text}</Text> },
    {
      key: 'act',
      header: t('common.actions'),
      hiddenHeader: true,
      render: (s) => (
        <Group gap="xs" wrap="nowrap">
          {s.status !== 'APPROVED' && (
            <Button
              size="compact-sm"
              variant="light"
              aria-label={t('skm.suggestions.approveNamed', { id: s.responseId })}
              onClick={() => decide(s, 'APPROVED')}
            >
              {t('skm.suggestions.approve')}
            </Button>
          )}
          {s.status !== 'REJECTED' && (
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              aria-label={t('skm.suggestions.rejectNamed', { id: s.responseId })}
              onClick={() => decide(s, 'REJECTED')}
            >
              {t('skm.suggestions.reject')}
            </Button>
          )}
        </Group>
      ),
    },
  ];

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('skm.suggestions.hint')}
      </Text>
      <SegmentedControl
        aria-label={t('skm.suggestions.filter')}
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPage(1);
        }}
        data={(['PENDING', 'APPROVED', 'REJECTED'] as const).map((v) => ({
          value: v,
          label: t(`skm.suggestionStatuses.${v}`),
        }))}
        maw={520}
      />
      <FormError error={moderate.error} />
      {suggestions.isPending ? (
        <LoadingState lines={5} />
      ) : suggestions.isError ? (
        <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : suggestions.data.items.length === 0 ? (
        <EmptyState title={t('skm.suggestions.empty')} />
      ) : (
        <div aria-busy={suggestions.isFetching}>
          <DataTable
            caption={t('skm.detail.tabs.suggestions')}
            columns={columns}
            rows={suggestions.data.items}
            rowKey={(s) => s.responseId}
            minWidth={760}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={suggestions.data.total} onChange={setPage} />
        </div>
      )}
    </Stack>
  );
}

export function SurveyInvitationsPanel({ surveyId, isClosed }: { surveyId: number; isClosed: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const invitations = useInvitations(surveyId, page);
  const create = useCreateInvitation(surveyId);
  const form = useForm({
    initialValues: { eventType: 'SERVICE_DELIVERED' as SkmInvitation['eventType'], eventRef: '' },
    validate: { eventRef: (v) => (v.trim() ? null : t('skm.form.required')) },
  });
  const urlOf = (inv: SkmInvitation) => `${window.location.origin}${inv.path}`;

  const columns: Column<SkmInvitation>[] = [
    {
      key: 'code',
      header: t('skm.invitations.code'),
      render: (i) => (
        <Text ff="monospace" fw={600}>
          {i.code}
        </Text>
      ),
    },
    {
      key: 'event',
      header: t('skm.invitations.eventType'),
      render: (i) => (
        <Stack gap={0}>
          <Text size="sm">{t(`skm.events.${i.eventType}`)}</Text>
          <Text size="xs" c="dimmed">
            {i.eventRef}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'expires',
      header: t('skm.invitations.expires'),
      render: (i) => formatDate(i.expiresAt, language),
    },
    {
      key: 'used',
      header: t('skm.invitations.used'),
      render: (i) =>
        i.usedOn ? (
          <StatusBadge tone="neutral">{formatDate(i.usedOn, language)}</StatusBadge>
        ) : (
          <StatusBadge tone="positive">{t('skm.invitations.unused')}</StatusBadge>
        ),
    },
    {
      key: 'link',
      header: t('skm.invitations.link'),
      render: (i) => (
        <CopyButton value={urlOf(i)}>
          {({ copied, copy }) => (
            <Button size="compact-sm" variant="subtle" onClick={copy}>
              {copied ? t('skm.detail.copied') : t('skm.detail.copy')}
            </Button>
          )}
        </CopyButton>
      ),
    },
  ];

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('skm.invitations.hint')}
      </Text>
      {isClosed ? (
        <Alert color="gray" variant="light">
          {t('skm.invitations.closed')}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((v) =>
            create.mutate(
              { eventType: v.eventType, eventRef: v.eventRef.trim() },
              {
                onSuccess: (inv) => {
                  notifications.show({
                    color: 'teal',
                    message: t('skm.invitations.createdDone', { code: inv.code }),
                  });
                  form.reset();
                },
                onError: (error) => {
                  if (isApiError(error)) form.setErrors(error.fieldErrors());
                },
              },
            ),
          )}
        >
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('skm.invitations.eventType')}
              data={SKM_INVITATION_EVENTS.map((e) => ({ value: e, label: t(`skm.events.${e}`) }))}
              {...form.getInputProps('eventType')}
            />
            <TextInput
              label={t('skm.invitations.eventRef')}
              description={t('skm.invitations.eventRefHint')}
              required
              {...form.getInputProps('eventRef')}
            />
            <Button type="submit" loading={create.isPending}>
              {t('skm.invitations.create')}
            </Button>
          </Group>
          {create.data && (
            <Alert color="teal" variant="light" mt="sm" role="status">
              <Text size="sm">
                {t('skm.invitations.createdDone', { code: create.data.code })}{' '}
                <Anchor href={urlOf(create.data)} target="_blank" rel="noopener">
                  {urlOf(create.data)}
                </Anchor>
              </Text>
            </Alert>
          )}
          <FormError
            error={
              create.error && isApiError(create.error) && create.error.details.length ? null : create.error
            }
          />
        </form>
      )}
      {invitations.isPending ? (
        <LoadingState lines={4} />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.items.length === 0 ? (
        <EmptyState title={t('skm.invitations.empty')} />
      ) : (
        <div aria-busy={invitations.isFetching}>
          <DataTable
            caption={t('skm.invitations.title')}
            columns={columns}
            rows={invitations.data.items}
            rowKey={(i) => i.id}
            minWidth={760}
          />
          <Pager page={page} pageSize={PAGE_SIZE} total={invitations.data.total} onChange={setPage} />
        </div>
      )}
    </Stack>
  );
}
