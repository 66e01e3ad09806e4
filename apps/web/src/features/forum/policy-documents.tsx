import { Anchor, Button, Card, FileButton, Group, List, Text, Title } from '@mantine/core';
import type { ForumPolicy } from '@sim/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import { useLanguage } from '../../app/i18n';
import { FormError } from '../../components/form-error';
import { documentUrl, useUploadDocument } from './use-forum';

/** The policy's documents; whoever manages the policy uploads more (PDF). Also on the edit form. */
export function PolicyDocuments({ policy: p }: { policy: ForumPolicy }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const upload = useUploadDocument(p.id);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('forum.policy.documents')}
      </Title>
      {p.documents.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('forum.policy.noDocuments')}
        </Text>
      ) : (
        <List>
          {p.documents.map((d) => (
            <List.Item key={d.id}>
              <Anchor href={documentUrl(p.id, d.id)}>{d.fileName}</Anchor>{' '}
              <Text span size="xs" c="dimmed">
                ({formatNumber(Math.ceil(d.size / 1024), language)} KB)
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {p.can.manage && p.status !== 'CLOSED' && (
        <Group mt="sm">
          <FileButton accept="application/pdf" onChange={(f) => f && upload.mutate(f)}>
            {(props) => (
              <Button variant="light" loading={upload.isPending} {...props}>
                {t('forum.policy.upload')}
              </Button>
            )}
          </FileButton>
          <FormError error={upload.error} />
        </Group>
      )}
    </Card>
  );
}
