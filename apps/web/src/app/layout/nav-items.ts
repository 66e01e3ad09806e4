import type { Screen } from '@sim/contracts';
import type { ParseKeys } from 'i18next';

export type NavItem = {
  to: string;
  label: ParseKeys;
  description: ParseKeys;
  /** The screen the server must allow (capabilities of /auth/me); absent means every signed-in user. */
  screen?: Screen;
};

/** Every page in the navigation; the home page and the navbar show only those the server lets the user open. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home', description: 'home.shortcuts.home' },
  { to: '/org', label: 'nav.org', description: 'home.shortcuts.org', screen: 'org' },
  { to: '/employees', label: 'nav.employees', description: 'home.shortcuts.employees', screen: 'employees' },
  {
    to: '/employees/import',
    label: 'nav.import',
    description: 'home.shortcuts.import',
    screen: 'employeesBulkImport',
  },
  { to: '/users', label: 'nav.users', description: 'home.shortcuts.users', screen: 'users' },
  { to: '/audit', label: 'nav.audit', description: 'home.shortcuts.audit', screen: 'audit' },
  { to: '/skm', label: 'skm.nav.surveys', description: 'skm.nav.surveysHint', screen: 'skm' },
  {
    to: '/complaints',
    label: 'complaints.nav.queue',
    description: 'complaints.nav.queueHint',
    screen: 'complaints',
  },
  {
    to: '/complaints/stats',
    label: 'complaints.nav.stats',
    description: 'complaints.nav.statsHint',
    screen: 'complaintStats',
  },
  {
    to: '/complaints/settings',
    label: 'complaints.settings.nav',
    description: 'complaints.settings.navHint',
    screen: 'complaintSettings',
  },
  {
    to: '/kinerja',
    label: 'performance.nav.skp',
    description: 'performance.nav.skpHint',
    screen: 'performance',
  },
  {
    to: '/kinerja/kaskade',
    label: 'performance.nav.cascade',
    description: 'performance.nav.cascadeHint',
    screen: 'performanceCascade',
  },
  {
    to: '/kinerja/kalibrasi',
    label: 'performance.nav.calibration',
    description: 'performance.nav.calibrationHint',
    screen: 'performanceCalibration',
  },
  { to: '/forum', label: 'forum.nav.forum', description: 'forum.nav.forumHint', screen: 'forum' },
  { to: '/profile', label: 'nav.profile', description: 'home.shortcuts.profile' },
];

export function navItemsFor(screens: readonly Screen[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.screen || screens.includes(item.screen));
}
