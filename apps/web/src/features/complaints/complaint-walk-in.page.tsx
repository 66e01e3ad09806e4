import type { ComplaintCreated, StaffComplaintChannel } from '@sim/contracts';
import { isOneOf, STAFF_COMPLAINT_CHANNELS } from '@sim/contracts/values';
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { ComplaintIntakeForm, ComplaintReceipt, toComplaintInput } from '../portal/complaints-form.page';
import { usePublicComplaintOptions, useRecordWalkIn } from './use-complaints';

/** The desk records a complaint brought in person or by phone; the citizen gets the ticket and tracking link. */
export function ComplaintWalkInPage() {
  const { t } = useTranslation();
  const options = usePublicComplaintOptions();
  const record = useRecordWalkIn();
  const [channel, setChannel] = useState<StaffComplaintChannel>('WALK_IN');
  const [created, setCreated] = useState<ComplaintCreated | null>(null);

  return (
    <>
      <PageHeader title={t('complaints.queue.newWalkIn')} />
      {created ? (
        <ComplaintReceipt created={created} />
      ) : options.isPending ? (
        <LoadingState lines={6} />
      ) : options.isError ? (
        <ErrorState error={options.error} onRetry={() => void options.refetch()} />
      ) : (
        <Stack maw={640}>
          <Text size="sm">
            {t('complaints.channels.WALK_IN')} / {t('complaints.channels.PHONE')}
          </Text>
          <SegmentedControl
            value={channel}
            onChange={(v) => isOneOf(STAFF_COMPLAINT_CHANNELS, v) && setChannel(v)}
            data={[
              { value: 'WALK_IN', label: t('complaints.channels.WALK_IN') },
              { value: 'PHONE', label: t('complaints.channels.PHONE') },
            ]}
          />
          <ComplaintIntakeForm
            options={options.data}
            allowFiles={false}
            pending={record.isPending}
            error={record.error}
            onSubmit={(values) => {
              const { website: _unused, ...input } = toComplaintInput(values);
              record.mutate({ ...input, channel }, { onSuccess: setCreated });
            }}
          />
        </Stack>
      )}
    </>
  );
}
