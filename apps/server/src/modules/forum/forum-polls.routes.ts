import {
  forumPoll,
  forumPollInput,
  forumPollList,
  forumPollListQuery,
  forumPollVoters,
  forumVoteInput,
  idParam,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as polls from './forum-polls.service';

const tags = ['forum'];

/** Forum polls: create, read with results, vote (and change the vote until closing), voters of open ballots. */
export async function forumPollRoutes(app: AppInstance) {
  const { ctx } = app;

  app.post(
    '/api/v1/forum/polls',
    {
      schema: {
        tags,
        summary: 'Buat jajak pendapat pada topik diskusi atau kebijakan',
        body: forumPollInput,
        response: { 201: forumPoll },
      },
    },
    async (req, reply) => reply.status(201).send(await polls.createPoll(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/forum/polls',
    {
      schema: {
        tags,
        summary: 'Jajak pendapat sebuah topik diskusi atau kebijakan, dengan hasilnya',
        querystring: forumPollListQuery,
        response: { 200: forumPollList },
      },
    },
    async (req) => polls.listPolls(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/forum/polls/:id',
    {
      schema: { tags, summary: 'Jajak pendapat dan hasilnya', params: idParam, response: { 200: forumPoll } },
    },
    async (req) => polls.getPoll(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/forum/polls/:id/vote',
    {
      schema: {
        tags,
        summary: 'Beri atau ubah suara (sampai jajak pendapat ditutup)',
        params: idParam,
        body: forumVoteInput,
        response: { 200: forumPoll },
      },
    },
    async (req) => polls.vote(ctx, req.actor!, req.params.id, req.body.optionIds),
  );

  app.get(
    '/api/v1/forum/polls/:id/voters',
    {
      schema: {
        tags,
        summary: 'Siapa memilih apa (hanya jajak pendapat yang tidak anonim)',
        params: idParam,
        response: { 200: forumPollVoters },
      },
    },
    async (req) => polls.listVoters(ctx, req.actor!, req.params.id),
  );
}
