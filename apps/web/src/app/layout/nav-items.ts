import type { Role } from '@sim/contracts';
import type { ParseKeys } from 'i18next';
import { MANAGER_ROLES, VIEWER_ROLES } from '../auth/use-session';

export type NavItem = {
  to: string;
  label: ParseKeys;
  description: ParseKeys;
  /** Roles that may open the page; absent means every signed-in user. */
  roles?: readonly Role[];
};

/** Every page in the navigation; the home page and the navbar show only those the user's roles allow. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'home.shortcuts.home' },
  { to: '/org', label: 'nav.org', description: 'home.shortcuts.org', roles: VIEWER_ROLES },
  { to: '/employees', label: 'nav.employees', description: 'home.shortcuts.employees', roles: VIEWER_ROLES },
  {
    to: '/employees/import',
    label: 'nav.import',
    description: 'home.shortcuts.import',
    roles: MANAGER_ROLES,
  },
  { to: '/users', label: 'nav.users', description: 'home.shortcuts.users', roles: MANAGER_ROLES },
  { to: '/audit', label: 'nav.audit', description: 'home.shortcuts.audit', roles: VIEWER_ROLES },
  { to: '/skm', label: 'skm.nav.surveys', description: 'skm.nav.surveysHint' },
  {
    to: '/complaints',
    label: 'complaints.nav.queue',
    description: 'complaints.nav.queueHint',
    roles: ['PEGAWAI', 'PETUGAS_PENGADUAN', 'PIMPINAN', 'TIM_PENGAWAS'],
  },
  {
    to: '/complaints/stats',
    label: 'complaints.nav.stats',
    description: 'complaints.nav.statsHint',
    roles: ['PEGAWAI', 'PETUGAS_PENGADUAN', 'PIMPINAN'],
  },
  {
    to: '/complaints/settings',
    label: 'complaints.settings.nav',
    description: 'complaints.settings.navHint',
    roles: MANAGER_ROLES,
  },
  { to: '/kinerja', label: 'performance.nav.skp', description: 'performance.nav.skpHint' },
  { to: '/kinerja/kaskade', label: 'performance.nav.cascade', description: 'performance.nav.cascadeHint' },
  {
    to: '/kinerja/kalibrasi',
    label: 'performance.nav.calibration',
    description: 'performance.nav.calibrationHint',
    roles: VIEWER_ROLES,
  },
  { to: '/profile', label: 'nav.profile', description: 'home.shortcuts.profile' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
