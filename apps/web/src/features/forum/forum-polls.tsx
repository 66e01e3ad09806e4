import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { ForumPoll, ForumPollOption } from '@sim/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, wibLocalToIso } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { DataTable, type Column } from '../../components/data-table';
import { ErrorState } from '../../components/error-state';
import { FormError } from '../../components/form-error';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { useCreatePoll, usePolls, usePollVoters, useVote, type PollParent } from './use-forum';

// Polls of a thread or a policy (issue 13 "polls with results"): who may create one and who may vote is the
// server's answer (`canCreate` from the page, `canVote` per poll); results are open to every reader as a bar chart
// with the same figures in a table. For anonymous voting no voter name is ever asked for or shown: the voters list
// exists only for polls whose voting is open, and the server refuses it otherwise.

const OPTIONS_MIN = 2;
const OPTIONS_MAX = 10;

/** The polls of one thread or policy, and (when allowed) the form to create one. */
export function PollsSection({ parent, canCreate }: { parent: PollParent; canCreate: boolean }) {
  const { t } = useTranslation();
  const polls = usePolls(parent);
  const [creating, setCreating] = useState(false);
  const items = polls.data?.items ?? [];
  // Nothing to show and nothing to do here: the page stays as it was.
  if (polls.isSuccess && items.length === 0 && !canCreate) return null;
  return (
    <section aria-labelledby="forum-polls-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="forum-polls-title">
          {t('forum.poll.title')}
        </Title>
        {canCreate && !creating && (
          <Button variant="light" onClick={() => setCreating(true)}>
            {t('forum.poll.new')}
          </Button>
        )}
      </Group>
      <Stack>
        {creating && <PollForm parent={parent} onDone={() => setCreating(false)} />}
        {polls.isPending ? (
          <LoadingState lines={2} />
        ) : polls.isError ? (
          <ErrorState error={polls.error} onRetry={() => void polls.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('forum.poll.none')}
          </Text>
        ) : (
          items.map((poll) => <PollCard key={poll.id} poll={poll} />)
        )}
      </Stack>
    </section>
  );
}

export function PollCard({ poll }: { poll: ForumPoll }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `poll-${poll.id}-question`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {poll.question}
        </Title>
        <Group gap="xs">
          <StatusBadge tone={poll.isOpen ? 'positive' : 'neutral'}>
            {poll.isOpen ? t('forum.poll.open') : t('forum.poll.closed')}
          </StatusBadge>
          <Text size="sm" c="dimmed">
            {t(`forum.poll.kinds.${poll.kind}`)}
            {poll.closesAt
              ? ` · ${t(poll.isOpen ? 'forum.poll.closesAt' : 'forum.poll.closedAt', {
                  date: formatDateTime(poll.closesAt, language),
                })}`
              : ''}
          </Text>
        </Group>
        {poll.isAnonymousVoting && (
          <Text size="sm" c="dimmed">
            {t('forum.poll.anonymousNote')}
          </Text>
        )}
        {poll.canVote && <VoteForm poll={poll} />}
        {!poll.canVote && poll.myChoice.length > 0 && (
          <Text size="sm">
            {t('forum.poll.myChoice', {
              options: poll.options
                .filter((o) => poll.myChoice.includes(o.id))
                .map((o) => o.label)
                .join(', '),
            })}
          </Text>
        )}
        <PollResults poll={poll} />
        {poll.canListVoters && !poll.isAnonymousVoting && poll.voterCount > 0 && <Voters poll={poll} />}
      </Stack>
    </Card>
  );
}

/** One choice (radio) or several (checkboxes); the last ballot replaces the earlier one until the poll closes. */
function VoteForm({ poll }: { poll: ForumPoll }) {
  const { t } = useTranslation();
  const vote = useVote();
  const [chosen, setChosen] = useState<string[]>(poll.myChoice.map(String));
  const voted = poll.myChoice.length > 0;
  const label = t(poll.kind === 'SINGLE' ? 'forum.poll.chooseOne' : 'forum.poll.chooseMany');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        vote.mutate({ id: poll.id, optionIds: chosen.map(Number) });
      }}
    >
      <Stack gap="xs">
        {poll.kind === 'SINGLE' ? (
          <Radio.Group label={label} value={chosen[0] ?? null} onChange={(v) => setChosen([v])}>
            <Stack gap={6} mt={6}>
              {poll.options.map((o) => (
                <Radio key={o.id} value={String(o.id)} label={o.label} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Checkbox.Group label={label} value={chosen} onChange={setChosen}>
            <Stack gap={6} mt={6}>
              {poll.options.map((o) => (
                <Checkbox key={o.id} value={String(o.id)} label={o.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <FormError error={vote.error} />
        <Group>
          <Button type="submit" size="sm" loading={vote.isPending} disabled={chosen.length === 0}>
            {voted ? t('forum.poll.changeVote') : t('forum.poll.vote')}
          </Button>
          {voted && (
            <Text size="sm" c="dimmed">
              {t('forum.poll.voted')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

const percentOf = (o: ForumPollOption) => o.percentTenths / 10;

function PollResults({ poll }: { poll: ForumPoll }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = (o: ForumPollOption) =>
    `${formatNumber(percentOf(o), language, { maximumFractionDigits: 1 })}%`;
  const columns: Column<ForumPollOption>[] = [
    { key: 'option', header: t('forum.poll.option'), rowHeader: true, render: (o) => o.label },
    {
      key: 'count',
      header: t('forum.poll.votes'),
      align: 'right',
      render: (o) => formatNumber(o.count, language),
    },
    { key: 'pct', header: t('forum.poll.percent'), align: 'right', render: percent },
  ];
  const series = t('forum.poll.percent');
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('forum.poll.results', { count: poll.voterCount })}
      </Text>
      {poll.voterCount > 0 && (
        // The picture for those who would rather look; the table below holds the same figures to read.
        <BarChart
          h={poll.options.length * 34 + 48}
          orientation="vertical"
          data={poll.options.map((o) => ({ option: o.label, [series]: percentOf(o) }))}
          dataKey="option"
          series={[{ name: series, color: 'blue.7' }]}
          xAxisProps={{ domain: [0, 100] }}
          yAxisProps={{
            width: 120,
            tickFormatter: (name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name),
          }}
          valueFormatter={(v) => `${formatNumber(v, language, { maximumFractionDigits: 1 })}%`}
          // recharts makes the chart keyboard-focusable by default; a picture hidden from assistive technology must
          // not take the focus (the table holds the same figures).
          barChartProps={{ accessibilityLayer: false }}
          aria-hidden
        />
      )}
      <DataTable
        caption={t('forum.poll.resultsCaption', { question: poll.question })}
        columns={columns}
        rows={poll.options}
        rowKey={(o) => o.id}
        minWidth={300}
      />
      {poll.kind === 'MULTIPLE' && (
        <Text size="xs" c="dimmed">
          {t('forum.poll.multipleNote')}
        </Text>
      )}
    </Stack>
  );
}

/** Who chose what, for a poll whose voting is not anonymous; read only when asked for. */
function Voters({ poll }: { poll: ForumPoll }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const voters = usePollVoters(poll.id, open);
  return (
    <Stack gap="xs">
      <Group>
        <Button size="compact-sm" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('forum.poll.hideVoters') : t('forum.poll.showVoters')}
        </Button>
      </Group>
      {open &&
        (voters.isPending ? (
          <LoadingState lines={2} />
        ) : voters.isError ? (
          <ErrorState error={voters.error} />
        ) : (
          <List size="sm" spacing={4}>
            {voters.data.items.map((item) => (
              <List.Item key={item.optionId}>
                <Text span fw={600} size="sm">
                  {poll.options.find((o) => o.id === item.optionId)?.label}:
                </Text>{' '}
                {item.voters.length > 0 ? item.voters.join(', ') : '—'}
              </List.Item>
            ))}
          </List>
        ))}
    </Stack>
  );
}

/** A new poll: question, one or several choices, anonymous voting, a closing time (WIB) and 2–10 options. */
function PollForm({ parent, onDone }: { parent: PollParent; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreatePoll();
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'SINGLE' | 'MULTIPLE'>('SINGLE');
  const [anonymous, setAnonymous] = useState(false);
  const [closesAt, setClosesAt] = useState('');
  const [options, setOptions] = useState<string[]>(['', '']);
  const setOption = (i: number, value: string) => setOptions((os) => os.map((o, j) => (j === i ? value : o)));
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              ...parent,
              question,
              kind,
              isAnonymousVoting: anonymous,
              closesAt: wibLocalToIso(closesAt) || null,
              options: options.map((o) => o.trim()).filter((o) => o !== ''),
            },
            { onSuccess: onDone },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('forum.poll.question')}
            required
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="poll-kind-label">
              {t('forum.poll.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="poll-kind-label"
              value={kind}
              onChange={(v) => setKind(v === 'MULTIPLE' ? 'MULTIPLE' : 'SINGLE')}
              data={[
                { value: 'SINGLE', label: t('forum.poll.kinds.SINGLE') },
                { value: 'MULTIPLE', label: t('forum.poll.kinds.MULTIPLE') },
              ]}
            />
          </Stack>
          <Stack gap={6}>
            {options.map((o, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('forum.poll.optionN', { n: i + 1 })}
                  required={i < OPTIONS_MIN}
                  value={o}
                  onChange={(e) => setOption(i, e.currentTarget.value)}
                />
                {options.length > OPTIONS_MIN && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('forum.poll.removeOption', { n: i + 1 })}
                    onClick={() => setOptions((os) => os.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            {options.length < OPTIONS_MAX && (
              <Group>
                <Button size="compact-sm" variant="subtle" onClick={() => setOptions((os) => [...os, ''])}>
                  {t('forum.poll.addOption')}
                </Button>
              </Group>
            )}
          </Stack>
          <Checkbox
            label={t('forum.poll.anonymous')}
            description={t('forum.poll.anonymousHint')}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
          />
          <TextInput
            type="datetime-local"
            label={t('forum.poll.closesAtField')}
            description={t('forum.poll.closesAtHint')}
            value={closesAt}
            onChange={(e) => setClosesAt(e.currentTarget.value)}
          />
          <FormError error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('forum.poll.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
