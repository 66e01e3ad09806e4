import type { AttachmentPhase } from '@sim/contracts';
import { Button, FileInput, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../app/notify';
import { FormError } from '../../components/form-error';
import { complaintKeys, uploadResolutionPhoto } from './use-complaints';

/** The assignee's photos of the work, before and after; they show on the citizen's tracking page too. */
export function ResolutionPhotosPanel({ complaintId }: { complaintId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<AttachmentPhase>('SEBELUM');
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => uploadResolutionPhoto(complaintId, phase, f),
    onSuccess: async () => {
      setFile(null);
      notify(t('complaints.media.uploaded'));
      await queryClient.invalidateQueries({ queryKey: complaintKeys.detail(complaintId) });
    },
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} fz="h5" mb="xs">
        {t('complaints.media.resolutionPhotos')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('complaints.media.resolutionHint')}
        </Text>
        <div>
          <Text size="sm" fw={500} id="photo-phase-label" mb={4}>
            {t('complaints.media.phase')}
          </Text>
          <SegmentedControl
            aria-labelledby="photo-phase-label"
            value={phase}
            onChange={(v) => setPhase(v as AttachmentPhase)}
            data={[
              { value: 'SEBELUM', label: t('complaints.media.phases.SEBELUM') },
              { value: 'SESUDAH', label: t('complaints.media.phases.SESUDAH') },
            ]}
          />
        </div>
        <FileInput
          label={t('complaints.media.file')}
          accept="image/jpeg,image/png"
          value={file}
          onChange={setFile}
          clearable
        />
        <FormError error={upload.error} />
        <Button
          variant="light"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file)}
        >
          {t('complaints.media.upload')}
        </Button>
      </Stack>
    </Paper>
  );
}
