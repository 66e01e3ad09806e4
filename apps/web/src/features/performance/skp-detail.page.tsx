import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { PersonRef, Skp } from '@sim/contracts';
import { RHK_SECTIONS } from '@sim/contracts/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { notify } from '../../app/notify';
import { AppModal } from '../../components/app-modal';
import { ConfirmModal } from '../../components/confirm-modal';
import { DataTable } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { DownloadIcon, PencilIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { downloadHref, SkpStatusBadge } from './performance-display';
import { SkpEditor } from './skp-editor';
import { SkpEvaluationPanel } from './skp-evaluation-panel';
import { SkpFeedbackPanel } from './skp-feedback-panel';
import { SkpVersionsPanel } from './skp-versions-panel';
import { SkpWorkPanel } from './skp-work-panel';
import { useSaveEkspektasi, useSkp, useSkpTransition } from './use-performance';
import { withIdParam } from '../../app/with-id-param';

const TABS = ['plan', 'work', 'feedback', 'evaluation', 'versions'] as const;
type Tab = (typeof TABS)[number];

/** One SKP: the plan (editable by the owner while a draft), its workflow, realisation, feedback, evaluation. */
function SkpDetailView({ id }: { id: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'plan';
  const skp = useSkp(id);
  const [editing, setEditing] = useState(false);

  if (skp.isPending) return <LoadingState />;
  if (skp.isError) return <ErrorState error={skp.error} onRetry={() => void skp.refetch()} />;
  const s = skp.data;

  return (
    <>
      <PageHeader
        title={t('performance.skp.title', { year: s.year, name: s.employee.fullName })}
        description={
          <Group gap="xs" component="span">
            <SkpStatusBadge status={s.status} />
            <span>{t('performance.skp.version', { version: s.version })}</span>
            {s.isRevision && <Badge variant="light">{t('performance.skp.revision')}</Badge>}
          </Group>
        }
        actions={<WorkflowActions skp={s} onEdit={() => setEditing(true)} />}
      />
      {s.status === 'RETURNED' && s.returnComment && (
        <Alert color="yellow" variant="light" title={t('performance.skp.returned')} mb="md">
          {s.returnComment}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`performance.skp.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan">
          {editing && s.can.edit ? (
            <SkpEditor skp={s} onDone={() => setEditing(false)} />
          ) : (
            <SkpPlanView skp={s} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="work">
          <SkpWorkPanel skp={s} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback">
          <SkpFeedbackPanel skp={s} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluation">
          <SkpEvaluationPanel skp={s} />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <SkpVersionsPanel skp={s} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function WorkflowActions({ skp, onEdit }: { skp: Skp; onEdit: () => void }) {
  const { t } = useTranslation();
  const transition = useSkpTransition(skp.id);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  // Submitting, approving and starting a revision cannot be taken back by the one who clicks, so each is confirmed.
  const [confirming, setConfirming] = useState<'submit' | 'approve' | 'revise' | null>(null);
  const done = {
    submit: t('performance.skp.submitted'),
    approve: t('performance.skp.approved'),
    revise: t('performance.skp.revising'),
  };
  const run = (action: 'submit' | 'approve' | 'revise') =>
    transition.mutate(
      { action },
      {
        onSuccess: () => {
          setConfirming(null);
          notify(done[action]);
        },
      },
    );
  return (
    <>
      <Button
        component="a"
        href={downloadHref(`/performance/skps/${skp.id}/skp.pdf`)}
        variant="default"
        leftSection={<DownloadIcon />}
      >
        {t('performance.skp.pdf')}
      </Button>
      {skp.can.edit && (
        <Button variant="light" leftSection={<PencilIcon />} onClick={onEdit}>
          {t('performance.skp.edit')}
        </Button>
      )}
      {skp.can.submit && (
        <Button onClick={() => setConfirming('submit')}>{t('performance.skp.submit')}</Button>
      )}
      {skp.can.decide && (
        <>
          {/* Shade 9 and the default variant keep the labels at WCAG AA contrast (teal.6 on white text is 2,5 : 1). */}
          <Button color="teal.9" onClick={() => setConfirming('approve')}>
            {t('performance.skp.approve')}
          </Button>
          <Button variant="default" onClick={() => setReturning(true)}>
            {t('performance.skp.return')}
          </Button>
        </>
      )}
      {skp.can.revise && (
        <Button variant="light" onClick={() => setConfirming('revise')}>
          {t('performance.skp.revise')}
        </Button>
      )}
      {confirming && (
        <ConfirmModal
          opened
          title={t(`performance.skp.${confirming}`)}
          message={t(`performance.skp.confirm.${confirming}`, { name: skp.employee.fullName })}
          confirmLabel={t(`performance.skp.${confirming}`)}
          loading={transition.isPending}
          error={transition.error}
          onClose={() => {
            setConfirming(null);
            transition.reset();
          }}
          onConfirm={() => run(confirming)}
        />
      )}
      <AppModal opened={returning} onClose={() => setReturning(false)} title={t('performance.skp.return')}>
        <Stack>
          <FormError error={transition.error} />
          <Textarea
            label={t('performance.skp.returnComment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Button
            color="orange"
            loading={transition.isPending}
            onClick={() =>
              transition.mutate(
                { action: 'return', comment },
                {
                  onSuccess: () => {
                    notify(t('performance.skp.returnedDone'));
                    setReturning(false);
                    setComment('');
                  },
                },
              )
            }
          >
            {t('performance.skp.return')}
          </Button>
        </Stack>
      </AppModal>
    </>
  );
}

function PersonCard({ title, person, empty }: { title: string; person: PersonRef | null; empty: string }) {
  return (
    <Card withBorder>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      {person ? (
        <>
          <Text fw={600}>{person.fullName}</Text>
          <Text size="sm">NIP {person.nip}</Text>
          <Text size="sm">{person.pangkat ?? '—'}</Text>
          <Text size="sm">
            {person.positionName ?? '—'} — {person.unitName ?? '—'}
          </Text>
        </>
      ) : (
        <Text size="sm">{empty}</Text>
      )}
    </Card>
  );
}

/** The SKP as read: people, RHK with indicators, BerAKHLAK with the leader's expectations, lampiran. */
/** An RHK's cells span the rows of its indicators: shown on its first indicator, left out (0) on the others. */
function spanOfRhk({ rhk, k }: { rhk: Skp['rhk'][number]; k: number }): number {
  return k === 0 ? rhk.indicators.length : 0;
}

function SkpPlanView({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PersonCard title={t('performance.skp.employee')} person={skp.employee} empty="—" />
        <PersonCard
          title={t('performance.skp.superior')}
          person={skp.superior}
          empty={t('performance.skp.noSuperior')}
        />
      </SimpleGrid>
      {RHK_SECTIONS.map((section) => {
        const rows = skp.rhk.filter((r) => r.section === section);
        return (
          <section key={section}>
            <Title order={2} size="h4" mb="xs">
              {t('performance.skp.rhk')} — {t(`performance.section.${section}`)}
            </Title>
            {rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('performance.skp.noRhk')}
              </Text>
            ) : (
              <DataTable
                caption={t(`performance.section.${section}`)}
                variant="bordered"
                minWidth={720}
                columns={[
                  {
                    key: 'parent',
                    header: skp.needsPerspektif
                      ? t('performance.skp.perspektif')
                      : t('performance.skp.parent'),
                    render: ({ rhk }) =>
                      rhk.perspektif
                        ? t(`performance.perspektif.${rhk.perspektif}`)
                        : (rhk.parentRhkText ?? '—'),
                    rowSpan: spanOfRhk,
                  },
                  {
                    key: 'rhk',
                    header: t('performance.skp.rhk'),
                    render: ({ rhk }) => rhk.text,
                    rowSpan: spanOfRhk,
                  },
                  {
                    key: 'aspek',
                    header: t('performance.editor.aspek'),
                    render: ({ indicator }) => t(`performance.aspek.${indicator.aspek}`),
                  },
                  {
                    key: 'indicator',
                    header: t('performance.skp.indicator'),
                    render: ({ indicator }) => (
                      <>
                        {indicator.text}
                        {indicator.systemSource && (
                          <Text size="xs" fw={600}>
                            {t('performance.system.badge')}:{' '}
                            {t(`performance.system.sources.${indicator.systemSource}`)}
                          </Text>
                        )}
                      </>
                    ),
                  },
                  {
                    key: 'target',
                    header: t('performance.skp.target'),
                    render: ({ indicator }) => indicator.targetLabel,
                  },
                ]}
                rows={rows.flatMap((rhk) => rhk.indicators.map((indicator, k) => ({ rhk, indicator, k })))}
                rowKey={({ indicator }) => indicator.id}
              />
            )}
          </section>
        );
      })}
      <BehaviourSection skp={skp} />
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('performance.skp.lampiran')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const).map((k) => (
            <Card withBorder key={k}>
              <Text fw={600} size="sm">
                {t(`performance.skp.${k}`)}
              </Text>
              {skp.lampiran[k].length === 0 ? (
                <Text size="sm">—</Text>
              ) : (
                <List size="sm">
                  {skp.lampiran[k].map((line, i) => (
                    <List.Item key={i}>{line}</List.Item>
                  ))}
                </List>
              )}
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}

/** The seven BerAKHLAK values; the direct superior writes the ekspektasi khusus until the SKP is approved. */
function BehaviourSection({ skp }: { skp: Skp }) {
  const { t } = useTranslation();
  const canWrite = skp.can.ekspektasi;
  const save = useSaveEkspektasi(skp.id);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(skp.behaviour.map((b) => [b.code, b.ekspektasi])),
  );
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {t('performance.skp.behaviour')}
      </Title>
      <Stack gap="xs">
        {skp.behaviour.map((b) => (
          <Card withBorder key={b.code} padding="sm">
            <Text fw={600}>{b.label}</Text>
            <List size="xs" c="dimmed">
              {b.guides.map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
            {canWrite ? (
              <Textarea
                mt="xs"
                label={t('performance.skp.ekspektasi')}
                value={values[b.code] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, [b.code]: value }));
                }}
                autosize
              />
            ) : (
              <Text size="sm" mt="xs">
                {t('performance.skp.ekspektasi')}: {b.ekspektasi || '—'}
              </Text>
            )}
          </Card>
        ))}
        {canWrite && (
          <Group>
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  Object.entries(values).map(([code, text]) => ({ code, text })),
                  {
                    onSuccess: () => notify(t('performance.skp.ekspektasiSaved')),
                    onError: (e) => notify(e.message, 'error'),
                  },
                )
              }
            >
              {t('performance.skp.saveEkspektasi')}
            </Button>
          </Group>
        )}
      </Stack>
    </section>
  );
}

export const SkpDetailPage = withIdParam(SkpDetailView);
