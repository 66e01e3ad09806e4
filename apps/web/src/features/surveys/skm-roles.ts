import type { Role } from '@sim/contracts';

/** Who manages SKM surveys (mirror of the server policy; the server still decides). */
export const SKM_MANAGER_ROLES: readonly Role[] = ['ADMIN_KEPEGAWAIAN', 'PIMPINAN'];
