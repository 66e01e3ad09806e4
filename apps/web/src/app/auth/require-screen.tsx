import type { Screen } from '@sim/contracts';
import { Outlet } from 'react-router';
import { ForbiddenState } from '../../components/error-state';
import { canOpen, useMe } from './use-session';

/** Shows the child routes only to users the server lets open `screen` (capabilities of /auth/me). */
export function RequireScreen({ screen }: { screen: Screen }) {
  return canOpen(useMe(), screen) ? <Outlet /> : <ForbiddenState />;
}
