import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { SkpStatusBadge, YearSelect } from './performance-display';
import { useCascade, useYears } from './use-performance';

/**
 * The cascade from the viewer down (or the whole office for the Pimpinan's own tree): each person's RHK, with gaps
 * in red — a leader's RHK nobody below supports, a subordinate's RHK that supports nothing.
 */
export function CascadePage() {
  const { t } = useTranslation();
  const years = useYears();
  const [chosen, setChosen] = useState<number | undefined>();
  const yearId = chosen ?? years.data?.items[0]?.id;
  const cascade = useCascade(yearId);
  return (
    <>
      <PageHeader title={t('performance.cascade.title')} description={t('performance.cascade.description')} />
      {years.isPending ? (
        <LoadingState />
      ) : years.isError ? (
        <ErrorState error={years.error} />
      ) : years.data.items.length === 0 ? (
        <EmptyState title={t('performance.home.noYear')} />
      ) : (
        <Stack>
          <YearSelect years={years.data.items} value={yearId} onChange={setChosen} />
          {cascade.isPending ? (
            <LoadingState />
          ) : cascade.isError ? (
            <ErrorState error={cascade.error} />
          ) : (
            <Stack gap="xs" role="tree" aria-label={t('performance.cascade.title')}>
              {cascade.data.items.map((n) => (
                <Card
                  key={n.employee.employeeId}
                  withBorder
                  padding="xs"
                  ml={`calc(${Math.min(n.depth, 6)} * 1.5rem)`}
                  role="treeitem"
                  aria-level={n.depth + 1}
                >
                  <Group gap="xs">
                    {n.skpId !== null ? (
                      <Anchor component={Link} to={`/kinerja/skp/${n.skpId}`} fw={600}>
                        {n.employee.fullName}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{n.employee.fullName}</Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {n.employee.positionName}
                    </Text>
                    {n.status ? (
                      <SkpStatusBadge status={n.status} />
                    ) : (
                      <Badge color="red.9" variant="outline">
                        {t('performance.cascade.noSkp')}
                      </Badge>
                    )}
                  </Group>
                  <List size="sm" mt={4}>
                    {n.rhk.map((r) => (
                      <List.Item key={r.id}>
                        <Text span size="sm" c={r.isOrphan || r.isUnsupported ? 'red.9' : undefined}>
                          {r.text}
                        </Text>
                        {r.isUnsupported && (
                          <Badge ml="xs" size="xs" color="red.9" variant="outline">
                            {t('performance.cascade.unsupported')}
                          </Badge>
                        )}
                        {r.isOrphan && (
                          <Badge ml="xs" size="xs" color="red.9" variant="outline">
                            {t('performance.cascade.orphan')}
                          </Badge>
                        )}
                      </List.Item>
                    ))}
                  </List>
                </Card>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
