import { z } from 'zod';
import { ROLES } from './values/index';

export const role = z.enum(ROLES);

export const loginBody = z.object({
  username: z.string().trim().min(1, 'Nama pengguna wajib diisi').max(100),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  employeeId: z.number().int().nullable(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof me>;
export const meBody = z.object({ user: me });
export type MeBody = z.infer<typeof meBody>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Kata sandi lama wajib diisi').max(200),
  newPassword: z.string().min(10, 'Kata sandi baru minimal 10 karakter').max(200),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const userSummary = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  employeeId: z.number().int().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const userListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: role.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const setRolesBody = z.object({ roles: z.array(role).max(ROLES.length) });
export type SetRolesBody = z.infer<typeof setRolesBody>;
export const resetPasswordResult = z.object({ temporaryPassword: z.string() });
export type ResetPasswordResult = z.infer<typeof resetPasswordResult>;
export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[a-zA-Z0-9._-]+$/, 'Hanya huruf, angka, titik, garis bawah, strip'),
  displayName: z.string().trim().min(1).max(200),
  roles: z.array(role).min(1),
});
export type CreateUserBody = z.infer<typeof createUserBody>;
