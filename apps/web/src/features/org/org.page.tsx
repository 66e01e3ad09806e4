import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth/use-session';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { PositionsPanel } from './positions-panel';
import { UnitFormModal } from './unit-form-modal';
import type { UnitNode } from './unit-tree';
import { UnitTreeView } from './unit-tree-view';
import { useUnits } from './use-org';

export function OrgPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = me.capabilities.org.manage;
  const units = useUnits();
  const [searchParams, setSearchParams] = useSearchParams();
  const [collapsed, setCollapsed] = useState<Set<number> | null>(null);
  const [editing, setEditing] = useState<UnitNode | null>(null);
  const [creating, setCreating] = useState(false);

  const withChildren = useMemo(() => units.flat.filter((u) => u.children.length > 0), [units.flat]);
  // Everything starts expanded down to the second level; after that the user's choice rules.
  const expanded = useMemo(() => {
    if (collapsed) return new Set(withChildren.filter((u) => !collapsed.has(u.id)).map((u) => u.id));
    return new Set(withChildren.filter((u) => u.depth < 2).map((u) => u.id));
  }, [withChildren, collapsed]);

  const selectedId = Number(searchParams.get('unit')) || units.tree[0]?.id || null;
  const selected = units.flat.find((u) => u.id === selectedId) ?? null;

  function toggle(id: number) {
    const next = new Set(withChildren.filter((u) => !expanded.has(u.id)).map((u) => u.id));
    if (expanded.has(id)) next.add(id);
    else next.delete(id);
    setCollapsed(next);
  }

  return (
    <>
      <PageHeader
        title={t('org.title')}
        description={t('org.description')}
        actions={
          canEdit && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('org.units.create')}
            </Button>
          )
        }
      />
      {units.isPending ? (
        <LoadingState />
      ) : units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : units.tree.length === 0 ? (
        <EmptyState title={t('org.units.empty')} />
      ) : (
        // Side by side only from lg: the positions table needs ~640 px, which 7/12 of a 1366 px screen lacked.
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Paper withBorder p="sm">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} fz="h4">
                    {t('org.units.title')}
                  </Title>
                  <Group gap={4}>
                    <Button size="compact-xs" variant="subtle" onClick={() => setCollapsed(new Set())}>
                      {t('org.units.expandAll')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setCollapsed(new Set(withChildren.map((u) => u.id)))}
                    >
                      {t('org.units.collapseAll')}
                    </Button>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('org.units.selectHint')}
                </Text>
                <div>
                  <UnitTreeView
                    roots={units.tree}
                    expanded={expanded}
                    onToggle={toggle}
                    selectedId={selectedId}
                    onSelect={(unit) => setSearchParams({ unit: String(unit.id) }, { replace: true })}
                    onEdit={canEdit ? setEditing : undefined}
                  />
                </div>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Paper withBorder p="sm">
              {selected && <PositionsPanel key={selected.id} unit={selected} canEdit={canEdit} />}
            </Paper>
          </Grid.Col>
        </Grid>
      )}
      <UnitFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        defaultParentId={selected?.id ?? null}
      />
      <UnitFormModal opened={editing !== null} onClose={() => setEditing(null)} unit={editing ?? undefined} />
    </>
  );
}
