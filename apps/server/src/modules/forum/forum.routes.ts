import {
  forumDocument,
  forumDocumentParams,
  forumMentions,
  forumMyReveals,
  forumParticipation,
  forumPeople,
  forumPeopleQuery,
  forumPolicy,
  forumPolicyCloseBody,
  forumPolicyInput,
  forumPolicyListQuery,
  forumPolicyParams,
  forumPolicySummary,
  forumPost,
  forumPostEdit,
  forumPostInput,
  forumPostParams,
  forumReactionParams,
  forumReadConfirmation,
  forumRevealBody,
  forumRevealResult,
  forumSearchQuery,
  forumSearchResult,
  forumThread,
  forumThreadInput,
  forumThreadListQuery,
  forumThreadParams,
  forumThreadSummary,
  paged,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition, readSingleFile } from '../../lib/http';
import * as policies from './forum-policies.service';
import * as posts from './forum-posts.service';
import * as search from './forum-search.service';

const tags = ['forum'];

/** The policy forum (issue 13): policies, threads, posts, reactions, reveals, mentions, search. Signed-in users only. */
export async function forumRoutes(app: AppInstance) {
  const { ctx } = app;

  // ---------------------------------------------------------------- policies

  app.get(
    '/api/v1/forum/policies',
    {
      schema: {
        tags,
        summary: 'Daftar kebijakan yang dapat dilihat (sesuai sasaran)',
        querystring: forumPolicyListQuery,
        response: { 200: paged(forumPolicySummary) },
      },
    },
    async (req) => policies.listPolicies(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/forum/policies',
    {
      schema: {
        tags,
        summary: 'Susun kebijakan baru (draf)',
        body: forumPolicyInput,
        response: { 201: forumPolicy },
      },
    },
    async (req, reply) => reply.status(201).send(await policies.createPolicy(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/forum/policies/:id',
    {
      schema: {
        tags,
        summary: 'Rincian kebijakan: isi, dokumen, tanggapan resmi, konfirmasi membaca',
        params: forumPolicyParams,
        response: { 200: forumPolicy },
      },
    },
    async (req) => policies.getPolicy(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/forum/policies/:id',
    {
      schema: {
        tags,
        summary: 'Ubah kebijakan (draf atau masa konsultasi)',
        params: forumPolicyParams,
        body: forumPolicyInput,
        response: { 200: forumPolicy },
      },
    },
    async (req) => policies.updatePolicy(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/forum/policies/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publikasikan kebijakan dan buka masa konsultasi',
        params: forumPolicyParams,
        response: { 200: forumPolicy },
      },
    },
    async (req) => policies.publishPolicy(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/forum/policies/:id/close',
    {
      schema: {
        tags,
        summary: 'Tutup masa konsultasi (dengan ringkasan perubahan)',
        params: forumPolicyParams,
        body: forumPolicyCloseBody,
        response: { 200: forumPolicy },
      },
    },
    async (req) => policies.closePolicy(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/forum/policies/:id/documents',
    {
      schema: {
        tags,
        summary: 'Unggah dokumen kebijakan (PDF, multipart isian "file")',
        consumes: ['multipart/form-data'],
        params: forumPolicyParams,
        response: { 201: forumDocument },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await policies.addDocument(ctx, req.actor!, req.params.id, await readSingleFile(req))),
  );

  app.get(
    '/api/v1/forum/policies/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Unduh dokumen kebijakan',
        params: forumDocumentParams,
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const file = await policies.getDocument(ctx, req.actor!, req.params.id, req.params.documentId);
      // Always a download: a PDF can carry script, and the name is the uploader's text.
      return reply
        .type(file.mime)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.post(
    '/api/v1/forum/policies/:id/read',
    {
      schema: {
        tags,
        summary: 'Konfirmasi "saya sudah membaca" kebijakan ini',
        params: forumPolicyParams,
        response: { 200: forumReadConfirmation },
      },
    },
    async (req) => policies.confirmRead(ctx, req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/forum/policies/:id/participation',
    {
      schema: {
        tags,
        summary: 'Partisipasi membaca per unit (jumlah dan persentase, tanpa nama)',
        params: forumPolicyParams,
        response: { 200: forumParticipation },
      },
    },
    async (req) => policies.getParticipation(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- threads and posts

  app.get(
    '/api/v1/forum/threads',
    {
      schema: {
        tags,
        summary: 'Daftar diskusi sebuah kebijakan, atau diskusi umum',
        querystring: forumThreadListQuery,
        response: { 200: paged(forumThreadSummary) },
      },
    },
    async (req) => posts.listThreads(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/forum/threads',
    {
      schema: { tags, summary: 'Buka diskusi baru', body: forumThreadInput, response: { 201: forumThread } },
    },
    async (req, reply) => reply.status(201).send(await posts.createThread(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/forum/threads/:id',
    {
      schema: {
        tags,
        summary: 'Diskusi dengan tanggapannya',
        params: forumThreadParams,
        response: { 200: forumThread },
      },
    },
    async (req) => posts.getThread(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/forum/threads/:id/posts',
    {
      schema: {
        tags,
        summary: 'Kirim tanggapan (boleh mengutip dan anonim)',
        params: forumThreadParams,
        body: forumPostInput,
        response: { 201: forumPost },
      },
    },
    async (req, reply) => reply.status(201).send(await posts.reply(ctx, req.actor!, req.params.id, req.body)),
  );

  app.patch(
    '/api/v1/forum/posts/:id',
    {
      schema: {
        tags,
        summary: 'Ubah tanggapan sendiri (riwayat disimpan)',
        params: forumPostParams,
        body: forumPostEdit,
        response: { 200: forumPost },
      },
    },
    async (req) => posts.editPost(ctx, req.actor!, req.params.id, req.body),
  );

  app.put(
    '/api/v1/forum/posts/:id/reactions/:kind',
    {
      schema: { tags, summary: 'Beri reaksi', params: forumReactionParams, response: { 200: forumPost } },
    },
    async (req) => posts.setReaction(ctx, req.actor!, req.params.id, req.params.kind, true),
  );

  app.delete(
    '/api/v1/forum/posts/:id/reactions/:kind',
    {
      schema: { tags, summary: 'Tarik reaksi', params: forumReactionParams, response: { 200: forumPost } },
    },
    async (req) => posts.setReaction(ctx, req.actor!, req.params.id, req.params.kind, false),
  );

  app.post(
    '/api/v1/forum/posts/:id/reveal',
    {
      schema: {
        tags,
        summary: 'Buka identitas penulis anonim (moderator, dengan alasan yang dicatat)',
        params: forumPostParams,
        body: forumRevealBody,
        response: { 200: forumRevealResult },
      },
    },
    async (req) => posts.revealAuthor(ctx, req.actor!, req.params.id, req.body.reason),
  );

  // ---------------------------------------------------------------- for me, people, search

  app.get(
    '/api/v1/forum/me/mentions',
    { schema: { tags, summary: 'Sebutan untuk saya', response: { 200: forumMentions } } },
    async (req) => posts.listMyMentions(ctx, req.actor!),
  );

  app.get(
    '/api/v1/forum/me/reveals',
    {
      schema: {
        tags,
        summary: 'Identitas saya yang dibuka moderator (siapa, kapan, alasan)',
        response: { 200: forumMyReveals },
      },
    },
    async (req) => posts.listMyReveals(ctx, req.actor!),
  );

  app.get(
    '/api/v1/forum/people',
    {
      schema: {
        tags,
        summary: 'Cari rekan untuk disebut (@NIP/nama pengguna)',
        querystring: forumPeopleQuery,
        response: { 200: forumPeople },
      },
    },
    async (req) => posts.findPeople(ctx, req.actor!, req.query.q),
  );

  app.get(
    '/api/v1/forum/search',
    {
      schema: {
        tags,
        summary: 'Cari kebijakan, diskusi dan tanggapan',
        querystring: forumSearchQuery,
        response: { 200: forumSearchResult },
      },
    },
    async (req) => search.searchForum(ctx, req.actor!, req.query.q),
  );
}
