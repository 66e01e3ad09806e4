import type { Role } from '@sim/contracts';
import { Outlet } from 'react-router';
import { ForbiddenState } from '../../components/error-state';
import { hasAnyRole, useMe } from './use-session';

/** Shows the child routes only to users holding one of `roles`. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useMe();
  return hasAnyRole(me, roles) ? <Outlet /> : <ForbiddenState />;
}
