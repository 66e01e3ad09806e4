import type { ComplaintLookupBody, ComplaintLookupResult } from '@sim/contracts';
import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../app/api';
import { FormError } from '../../components/form-error';

type Errors = Partial<Record<keyof ComplaintLookupBody, string>>;

/**
 * `/pengaduan/lacak` without a code: the citizen finds the complaint with the ticket number and the phone number or
 * e-mail given at filing, and lands on the tracking page with a fresh link (also sent to the e-mail on file).
 */
export function TicketLookup({ onFound }: { onFound: (result: ComplaintLookupResult) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<ComplaintLookupBody>({ ticket: '', contact: '' });
  const [errors, setErrors] = useState<Errors>({});
  const lookup = useMutation({
    mutationFn: (body: ComplaintLookupBody) =>
      api.post<ComplaintLookupResult>('/public/complaints/lookup', body),
    onSuccess: (result) => {
      onFound(result);
      void navigate(`/pengaduan/lacak#${result.trackingSecret}`, { replace: true });
    },
    onError: (error) => {
      if (isApiError(error)) setErrors(error.fieldErrors() as Errors);
    },
  });
  const set = (key: keyof ComplaintLookupBody, value: string) => {
    setValues((old) => ({ ...old, [key]: value }));
    setErrors((old) => ({ ...old, [key]: undefined }));
    if (lookup.error) lookup.reset();
  };
  // One answer for a wrong ticket or a wrong contact (the server gives no hint which), in the page's language.
  const notFound = isApiError(lookup.error) && lookup.error.status === 404;
  return (
    <Paper withBorder p="md">
      <Title order={2} fz="h4" mb="xs">
        {t('complaints.lookup.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('complaints.lookup.intro')}
      </Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const next: Errors = {};
          if (!values.ticket.trim()) next.ticket = t('complaints.lookup.ticketRequired');
          if (!values.contact.trim()) next.contact = t('complaints.lookup.contactRequired');
          setErrors(next);
          if (Object.keys(next).length === 0) lookup.mutate(values);
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('complaints.lookup.ticket')}
            description={t('complaints.lookup.ticketHint')}
            value={values.ticket}
            onChange={(e) => set('ticket', e.currentTarget.value)}
            error={errors.ticket}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label={t('complaints.lookup.contact')}
            description={t('complaints.lookup.contactHint')}
            value={values.contact}
            onChange={(e) => set('contact', e.currentTarget.value)}
            error={errors.contact}
            autoComplete="on"
            inputMode="email"
          />
          {notFound ? (
            <Alert color="red" variant="light" role="alert" data-testid="lookup-not-found">
              {t('complaints.lookup.notFound')}
            </Alert>
          ) : !isApiError(lookup.error) || lookup.error.details.length === 0 ? (
            <FormError error={lookup.error} />
          ) : null}
          <Button type="submit" loading={lookup.isPending}>
            {t('complaints.lookup.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
