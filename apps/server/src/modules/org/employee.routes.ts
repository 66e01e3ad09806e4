import {
  deactivateBody,
  employee,
  employeeDetail,
  employeeExportQuery,
  employeeInput,
  employeeListQuery,
  employeePatch,
  idParam,
  importJob,
  importJobParam,
  paged,
  superiorQuery,
  superiorResult,
  transferBody,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binaryResponse, contentDisposition, readUpload } from '../../lib/http';
import { XLSX_CONTENT_TYPE } from '../../lib/table-export';
import * as employees from './employee.service';
import { exportEmployeesXlsx } from './org-export.service';
import {
  buildImportTemplateCsv,
  buildImportTemplateXlsx,
  getImportJob,
  startEmployeeImport,
} from './org-import.service';

export async function employeeRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/employees',
    {
      schema: {
        tags: ['employees'],
        summary: 'Daftar pegawai (cari nama/NIP, filter unit termasuk sub-unit, jenis, status)',
        querystring: employeeListQuery,
        response: { 200: paged(employee) },
      },
    },
    async (req) => employees.listEmployees(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/employees',
    {
      schema: {
        tags: ['employees'],
        summary: 'Tambah pegawai (beserta akun masuk dengan nama pengguna NIP)',
        body: employeeInput,
        response: { 201: employeeDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await employees.createEmployee(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/employees/export.xlsx',
    {
      schema: {
        tags: ['employees'],
        summary: 'Ekspor daftar pegawai ke XLSX (filter sama dengan daftar)',
        querystring: employeeExportQuery,
        response: { 200: binaryResponse(XLSX_CONTENT_TYPE, 'Berkas XLSX') },
      },
    },
    async (req, reply) => {
      const file = await exportEmployeesXlsx(ctx, req.actor!, req.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.get(
    '/api/v1/employees/import/template.csv',
    {
      schema: {
        tags: ['employees'],
        summary: 'Templat impor pegawai (CSV UTF-8)',
        response: { 200: binaryResponse('text/csv', 'Templat CSV') },
      },
    },
    async (req, reply) => {
      const file = buildImportTemplateCsv(req.actor!);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.body);
    },
  );

  app.get(
    '/api/v1/employees/import/template.xlsx',
    {
      schema: {
        tags: ['employees'],
        summary: 'Templat impor pegawai (XLSX, dengan petunjuk dan daftar jabatan)',
        response: { 200: binaryResponse(XLSX_CONTENT_TYPE, 'Templat XLSX') },
      },
    },
    async (req, reply) => {
      const file = await buildImportTemplateXlsx(ctx, req.actor!);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .send(file.body);
    },
  );

  app.post(
    '/api/v1/employees/import',
    {
      schema: {
        tags: ['employees'],
        summary: 'Impor pegawai dari CSV/XLSX (multipart: mode, file); diproses di latar belakang',
        consumes: ['multipart/form-data'],
        response: { 202: importJob },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await startEmployeeImport(ctx, req.actor!, () => readUpload(req))),
  );

  app.get(
    '/api/v1/employees/import/:jobId',
    {
      schema: {
        tags: ['employees'],
        summary: 'Kemajuan dan laporan impor',
        params: importJobParam,
        response: { 200: importJob },
      },
    },
    async (req) => getImportJob(ctx, req.actor!, req.params.jobId),
  );

  app.get(
    '/api/v1/employees/:id',
    {
      schema: {
        tags: ['employees'],
        summary: 'Detail pegawai dengan riwayat jabatan dan atasan',
        params: idParam,
        response: { 200: employeeDetail },
      },
    },
    async (req) => employees.getEmployee(ctx, req.actor!, req.params.id),
  );

  app.patch(
    '/api/v1/employees/:id',
    {
      schema: {
        tags: ['employees'],
        summary: 'Ubah data pegawai',
        params: idParam,
        body: employeePatch,
        response: { 200: employeeDetail },
      },
    },
    async (req) => employees.updateEmployee(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/employees/:id/deactivate',
    {
      schema: {
        tags: ['employees'],
        summary: 'Nonaktifkan pegawai (jabatan berakhir hari ini, akun dinonaktifkan)',
        params: idParam,
        body: deactivateBody,
        response: { 200: employeeDetail },
      },
    },
    async (req) => employees.deactivateEmployee(ctx, req.actor!, req.params.id, req.body.reason),
  );

  app.post(
    '/api/v1/employees/:id/activate',
    {
      schema: {
        tags: ['employees'],
        summary: 'Aktifkan kembali pegawai',
        params: idParam,
        response: { 200: employeeDetail },
      },
    },
    async (req) => employees.activateEmployee(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/employees/:id/transfer',
    {
      schema: {
        tags: ['employees'],
        summary: 'Mutasi/promosi: pindah jabatan mulai tanggal efektif (riwayat disimpan)',
        params: idParam,
        body: transferBody,
        response: { 200: employeeDetail },
      },
    },
    async (req) => employees.transferEmployee(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/employees/:id/superior',
    {
      schema: {
        tags: ['employees'],
        summary: 'Atasan pegawai pada suatu tanggal (naik ke jabatan terisi berikutnya bila kosong)',
        params: idParam,
        querystring: superiorQuery,
        response: { 200: superiorResult },
      },
    },
    async (req) => employees.getEmployeeSuperior(ctx, req.actor!, req.params.id, req.query.date),
  );
}
