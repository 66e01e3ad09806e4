import { Alert } from '@mantine/core';
import { useDescribeError } from '../app/errors';

/** A form's non-field error (field errors go on their inputs). */
export function FormError({ error }: { error: unknown }) {
  const describe = useDescribeError();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {describe(error)}
    </Alert>
  );
}
