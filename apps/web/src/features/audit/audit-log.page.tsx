import { Alert, Anchor, Button, Grid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { AuditEntry, AuditVerifyResult } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { formatDateTime, formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { ActorSelect } from './actor-select';
import { AuditDiffView } from './audit-diff-view';
import { useAuditLog, useVerifyAudit } from './use-audit';
import { auditActionLabel, auditEntityPath, auditEntityTypeLabel } from './audit-actions';
import './audit-log.i18n';

const PAGE_SIZE = 50;
type Filters = {
  entityType: string;
  entityId: string;
  action: string;
  actorId: number | null;
  from: string;
  to: string;
};
const EMPTY: Filters = { entityType: '', entityId: '', action: '', actorId: null, from: '', to: '' };

export function AuditLogPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [debounced] = useDebouncedValue(filters, 300);
  const [page, setPage] = useState(1);
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const log = useAuditLog({
    entityType: debounced.entityType.trim() || undefined,
    entityId: debounced.entityId.trim() || undefined,
    action: debounced.action.trim() || undefined,
    actorId: debounced.actorId ?? undefined,
    from: debounced.from || undefined,
    to: debounced.to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const verify = useVerifyAudit();
  const canListUsers = useMe().capabilities.users.manage;

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  };
  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.columns.at'), render: (e) => formatDateTime(e.at, language), width: 170 },
    { key: 'actor', header: t('audit.columns.actor'), render: (e) => <AuditActor entry={e} /> },
    {
      key: 'action',
      header: t('audit.columns.action'),
      // The code stays visible only when no label exists yet (an action added after this screen).
      render: (e) => auditActionLabel(e.action, language) ?? <Text ff="monospace">{e.action}</Text>,
    },
    { key: 'entity', header: t('audit.columns.entity'), render: (e) => <AuditEntity entry={e} /> },
    { key: 'ip', header: t('audit.columns.ip'), render: (e) => e.ip ?? '—' },
    {
      key: 'details',
      header: t('audit.columns.details'),
      hiddenHeader: true,
      render: (e) => (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-expanded={expanded.has(e.id)}
          aria-label={t(expanded.has(e.id) ? 'audit.hideChangesNamed' : 'audit.showChangesNamed', {
            id: e.id,
          })}
          onClick={() => toggle(e.id)}
        >
          {expanded.has(e.id) ? t('audit.hideChanges') : t('audit.showChanges')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('audit.verify.button')}
          </Button>
        }
      />
      <Stack>
        <div aria-live="polite">
          {verify.data && <VerifyResult result={verify.data} />}
          <FormError error={verify.error} />
        </div>
        <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <legend className="sr-only">{t('audit.filters')}</legend>
          <Grid gap="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
              <TextInput
                label={t('audit.filter.entityType')}
                value={filters.entityType}
                onChange={(e) => setFilter('entityType', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
              <TextInput
                label={t('audit.filter.entityId')}
                value={filters.entityId}
                onChange={(e) => setFilter('entityId', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
              <TextInput
                label={t('audit.filter.action')}
                value={filters.action}
                onChange={(e) => setFilter('action', e.currentTarget.value)}
              />
            </Grid.Col>
            {/* Searching accounts needs the user list, which only HR admins may read. */}
            {canListUsers && (
              <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
                <ActorSelect
                  label={t('audit.filter.actor')}
                  value={filters.actorId}
                  onChange={(value) => setFilter('actorId', value)}
                />
              </Grid.Col>
            )}
            <Grid.Col span={{ base: 6, md: 2 }}>
              <TextInput
                type="date"
                label={t('audit.filter.from')}
                value={filters.from}
                onChange={(e) => setFilter('from', e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, md: 2 }}>
              <TextInput
                type="date"
                label={t('audit.filter.to')}
                value={filters.to}
                onChange={(e) => setFilter('to', e.currentTarget.value)}
              />
            </Grid.Col>
          </Grid>
        </fieldset>
        {log.isPending ? (
          <LoadingState lines={10} />
        ) : log.isError ? (
          <ErrorState error={log.error} onRetry={() => void log.refetch()} />
        ) : log.data.items.length === 0 ? (
          <EmptyState title={t('audit.empty')} />
        ) : (
          <div aria-busy={log.isFetching}>
            <DataTable
              caption={t('audit.title')}
              columns={columns}
              rows={log.data.items}
              rowKey={(e) => e.id}
              renderExpanded={(e) => (expanded.has(e.id) ? <AuditDiffView entry={e} /> : null)}
              minWidth={820}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={log.data.total} onChange={setPage} />
          </div>
        )}
      </Stack>
    </>
  );
}

/** An account by its holder's name (the user name, often a NIP, underneath); otherwise who it was in words. */
function AuditActor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.actorKind === 'USER') {
    return (
      <>
        <Text size="sm">{entry.actorDisplayName ?? entry.actorName ?? '—'}</Text>
        {entry.actorName && entry.actorName !== entry.actorDisplayName && (
          <Text size="xs" c="dimmed">
            {t('auditLog.account', { username: entry.actorName })}
          </Text>
        )}
      </>
    );
  }
  if (entry.actorKind === 'UNKNOWN') return t('auditLog.actor.UNKNOWN', { name: entry.actorName ?? '—' });
  return t(`auditLog.actor.${entry.actorKind}`);
}

/** The record by its name, linked to its page where it has one. */
function AuditEntity({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const type = auditEntityTypeLabel(entry.entityType, language);
  if (entry.entityId === null) return type;
  const name =
    entry.entityLabel ??
    (entry.entityType === 'holiday' || entry.entityType === 'setting' ? entry.entityId : null);
  const path = name ? auditEntityPath(entry) : null;
  return (
    <>
      <Text size="xs" c="dimmed">
        {type}
      </Text>
      {name === null ? (
        <Text size="sm">{t('auditLog.removed', { type, id: entry.entityId })}</Text>
      ) : path ? (
        <Anchor
          component={Link}
          to={path}
          size="sm"
          aria-label={t('auditLog.open', { name: `${type} ${name}` })}
        >
          {name}
        </Anchor>
      ) : (
        <Text size="sm">{name}</Text>
      )}
    </>
  );
}

function VerifyResult({ result }: { result: AuditVerifyResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checked = formatNumber(result.checked, language);
  return result.ok ? (
    <Alert color="green" variant="light" title={t('audit.verify.okTitle')}>
      {t('audit.verify.ok', { checked })}
    </Alert>
  ) : (
    <Alert color="red" variant="light" title={t('audit.verify.brokenTitle')}>
      {t('audit.verify.broken', { checked, id: result.firstBrokenId ?? '—', reason: result.reason ?? '—' })}
    </Alert>
  );
}
