import {
  NOTIFICATION_GROUPS,
  type Notification,
  type NotificationGroup,
  type NotificationPreference,
} from '@sim/contracts';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { notificationText } from './notification-text';
import {
  useMarkAllRead,
  useMarkRead,
  useNotificationPreferences,
  useNotifications,
  useSaveNotificationPreferences,
} from './use-notifications';

function NotificationItem({ n }: { n: Notification }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const markRead = useMarkRead();
  const unread = n.readAt === null;
  const sentence = notificationText(n, t, language);
  return (
    <Paper withBorder p="sm" radius="md" bg={unread ? 'blue.0' : undefined} component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
            {sentence}
          </Text>
          {unread && (
            <Badge color="blue.8" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {t('notifications.unread')}
            </Badge>
          )}
        </Group>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {t(`notifications.types.${n.type}`)} · {formatDateTime(n.createdAt, language)}
          </Text>
          <Group gap="xs">
            {n.link && (
              <Anchor component={Link} to={n.link} size="sm" onClick={() => unread && markRead.mutate(n.id)}>
                {t('notifications.open')}
              </Anchor>
            )}
            {unread && (
              <Button
                size="compact-sm"
                variant="subtle"
                loading={markRead.isPending}
                onClick={() => markRead.mutate(n.id)}
              >
                {t('notifications.markRead')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

/** `?type=forum` narrows the list to one group (the forum's old notifications page sends people here). */
function useGroupFilter(): NotificationGroup | undefined {
  const [params] = useSearchParams();
  const type = params.get('type');
  return NOTIFICATION_GROUPS.find((g) => g === type);
}

function NotificationList() {
  const { t } = useTranslation();
  const group = useGroupFilter();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useNotifications(page, unreadOnly, group);
  const markAll = useMarkAllRead();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { items, total, pageSize } = query.data;
  return (
    <Stack gap="sm">
      {group && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t(`notifications.filter.${group}`)}
          </Text>
          <Anchor component={Link} to="/notifikasi" size="sm">
            {t('notifications.filter.all')}
          </Anchor>
        </Group>
      )}
      <Group justify="space-between" gap="sm">
        <Checkbox
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <Button
          variant="light"
          size="sm"
          loading={markAll.isPending}
          onClick={() =>
            markAll.mutate(undefined, {
              onSuccess: (r) => notify(t('notifications.markedAll', { count: r.marked })),
            })
          }
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((n) => (
            <NotificationItem key={n.id} n={n} />
          ))}
        </Stack>
      )}
      {total > pageSize && <Pager page={page} pageSize={pageSize} total={total} onChange={setPage} />}
    </Stack>
  );
}

function PreferencesForm() {
  const { t } = useTranslation();
  const query = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [items, setItems] = useState<NotificationPreference[]>([]);
  useEffect(() => {
    if (query.data) setItems(query.data.items);
  }, [query.data]);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('notifications.prefs.intro')}</Text>
      {!query.data.hasEmail && (
        <Alert color="yellow" variant="light">
          {t('notifications.prefs.noEmail')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={300}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('notifications.prefs.type')}</Table.Th>
              <Table.Th scope="col">{t('notifications.prefs.email')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.type}>
                <Table.Td>{t(`notifications.types.${p.type}`)}</Table.Td>
                <Table.Td>
                  <Switch
                    checked={p.email}
                    aria-label={`${t('notifications.prefs.email')}: ${t(`notifications.types.${p.type}`)}`}
                    onChange={(e) => {
                      const email = e.currentTarget.checked;
                      setItems((all) => all.map((x) => (x.type === p.type ? { ...x, email } : x)));
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button
          loading={save.isPending}
          onClick={() => save.mutate(items, { onSuccess: () => notify(t('notifications.prefs.saved')) })}
        >
          {t('notifications.prefs.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The notification centre: my notifications (unread first) and my e-mail choice per kind. */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.description')} />
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list">{t('notifications.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="preferences">{t('notifications.tabs.preferences')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <NotificationList />
        </Tabs.Panel>
        <Tabs.Panel value="preferences">
          <PreferencesForm />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
