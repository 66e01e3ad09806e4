import type { OversightTeam, OversightTeamRequest } from '@sim/contracts';
import {
  Button,
  Card,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { useCapabilities } from '../../app/auth/use-session';
import { formatDate } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { notify } from '../../app/notify';
import { AppModal } from '../../components/app-modal';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useInspectorCandidates, useOversightMutation, useOversightTeams } from './use-oversight';
import { ModalActions } from './modal-actions';

/** Teams by decree; the Pimpinan forms and changes them (the due days are on the settings screen). */
export function OversightTeamsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const caps = useCapabilities();
  const teams = useOversightTeams();
  const [editing, setEditing] = useState<OversightTeam | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('oversight.teams.title')}
        description={t('oversight.teams.description')}
        actions={
          caps.oversight.manageTeams && (
            <Button onClick={() => setEditing('new')}>{t('oversight.teams.new')}</Button>
          )
        }
      />
      {teams.isPending ? (
        <LoadingState />
      ) : teams.isError ? (
        <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.items.length === 0 ? (
        <Text c="dimmed">{t('oversight.teams.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {teams.data.items.map((team) => (
            <Card key={team.id} withBorder component="article" aria-labelledby={`team-${team.id}`}>
              <Group justify="space-between" align="flex-start">
                <Title order={2} fz="h4" id={`team-${team.id}`}>
                  {team.name}
                </Title>
                <Group gap={4}>
                  {team.isMine && <StatusBadge tone="info">{t('oversight.teams.mine')}</StatusBadge>}
                  <StatusBadge tone={team.isActive ? 'positive' : 'neutral'}>
                    {team.isActive ? t('oversight.teams.active') : t('oversight.teams.ended')}
                  </StatusBadge>
                </Group>
              </Group>
              <Text size="sm" mt="xs">
                {t('oversight.teams.decreeNumber')}: {team.decreeNumber} (
                {formatDate(team.decreeDate, language)})
              </Text>
              <Text size="sm">
                {t('oversight.teams.period')}: {formatDate(team.periodStart, language)} –{' '}
                {formatDate(team.periodEnd, language)}
              </Text>
              <Text size="sm" mt="xs">
                {team.mandate}
              </Text>
              <Text size="sm" fw={700} mt="xs">
                {t('oversight.teams.members')}
              </Text>
              <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: '1.2rem' }}>
                {team.members.map((m) => (
                  <Text component="li" size="sm" key={m.employeeId}>
                    {m.name} {m.isLeader && `(${t('oversight.teams.leader')})`}
                  </Text>
                ))}
              </Stack>
              {caps.oversight.manageTeams && (
                <Group mt="sm">
                  <Button size="xs" variant="light" onClick={() => setEditing(team)}>
                    {t('oversight.teams.edit')}
                  </Button>
                </Group>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing && <TeamModal team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function TeamModal({ team, onClose }: { team: OversightTeam | null; onClose: () => void }) {
  const { t } = useTranslation();
  const candidates = useInspectorCandidates(true);
  const [form, setForm] = useState({
    name: team?.name ?? '',
    decreeNumber: team?.decreeNumber ?? '',
    decreeDate: team?.decreeDate ?? '',
    mandate: team?.mandate ?? '',
    periodStart: team?.periodStart ?? '',
    periodEnd: team?.periodEnd ?? '',
  });
  const [members, setMembers] = useState<string[]>(team?.members.map((m) => String(m.employeeId)) ?? []);
  const [leader, setLeader] = useState<string | null>(
    team ? String(team.members.find((m) => m.isLeader)?.employeeId ?? '') : null,
  );
  const save = useOversightMutation((body: OversightTeamRequest) =>
    team
      ? api.put<OversightTeam>(`/oversight/teams/${team.id}`, body)
      : api.post<OversightTeam>('/oversight/teams', body),
  );
  const errors = isApiError(save.error) ? save.error.fieldErrors() : {};
  const options = (candidates.data?.items ?? []).map((c) => ({
    value: String(c.employeeId),
    label: `${c.name}${c.unitName ? ` — ${c.unitName}` : ''}`,
  }));
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setForm({ ...form, [key]: e.currentTarget.value }),
    error: errors[key],
  });
  return (
    <AppModal
      opened
      onClose={onClose}
      title={team ? t('oversight.teams.edit') : t('oversight.teams.new')}
      size="lg"
    >
      <Stack gap="sm">
        <TextInput label={t('oversight.teams.name')} required {...field('name')} />
        <Group grow>
          <TextInput label={t('oversight.teams.decreeNumber')} required {...field('decreeNumber')} />
          <TextInput label={t('oversight.teams.decreeDate')} type="date" required {...field('decreeDate')} />
        </Group>
        <Textarea label={t('oversight.teams.mandate')} required autosize minRows={2} {...field('mandate')} />
        <Group grow>
          <TextInput
            label={t('oversight.teams.periodStart')}
            type="date"
            required
            {...field('periodStart')}
          />
          <TextInput label={t('oversight.teams.periodEnd')} type="date" required {...field('periodEnd')} />
        </Group>
        <MultiSelect
          label={t('oversight.teams.chooseMembers')}
          data={options}
          value={members}
          onChange={setMembers}
          searchable
          error={errors.members}
        />
        <Select
          label={t('oversight.teams.chooseLeader')}
          data={options.filter((o) => members.includes(o.value))}
          value={leader}
          onChange={setLeader}
        />
        <ModalActions
          save={save}
          onCancel={onClose}
          onSave={() =>
            save.mutate(
              {
                ...form,
                members: members.map((id) => ({ employeeId: Number(id), isLeader: id === leader })),
              },
              {
                onSuccess: () => {
                  notify(t('oversight.common.done'));
                  onClose();
                },
              },
            )
          }
        />
      </Stack>
    </AppModal>
  );
}
