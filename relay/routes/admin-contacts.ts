/** The contact directory over the admin API: CSV import, and one contact by phone. */
import type { FastifyInstance } from 'fastify';
import { CsvError, parseContactsCsv } from '../contacts/csv.ts';
import { phoneKey } from '../contacts/phone-key.ts';
import type { RelayDeps } from '../deps.ts';

/** A CRM export of 100,000+ contacts is a few MB; the rest of the relay keeps its 64 KB limit. */
const CSV_LIMIT = 64 * 1024 * 1024;

const contactSchema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 300 },
    company: { type: 'string', maxLength: 300 },
    responsible: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
} as const;

interface ContactBody {
  name: string;
  company?: string;
  responsible?: string;
}

export async function adminContactRoutes(app: FastifyInstance, deps: RelayDeps): Promise<void> {
  const { contacts } = deps.store;
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: CSV_LIMIT }, (_request, body, done) => done(null, body));

  app.post<{ Querystring: { replace?: boolean }; Body: string }>(
    '/contacts',
    { bodyLimit: CSV_LIMIT, schema: { querystring: { type: 'object', properties: { replace: { type: 'boolean' } } } } },
    async (request, reply) => {
      if (typeof request.body !== 'string') return reply.code(415).send({ error: 'unsupported-media-type', message: 'send text/csv' });
      try {
        const parsed = parseContactsCsv(request.body, deps.config.region);
        const imported = await contacts.importMany(parsed.contacts, { replace: request.query.replace === true });
        return { imported, skipped: parsed.errors.length, errors: parsed.errors.slice(0, 50), total: await contacts.count() };
      } catch (e) {
        if (e instanceof CsvError) return reply.code(400).send({ error: 'bad-csv', message: e.message });
        throw e;
      }
    },
  );

  app.get<{ Params: { phone: string } }>('/contacts/:phone', async (request, reply) => {
    const phone = phoneKey(request.params.phone, deps.config.region);
    const contact = phone ? await contacts.get(phone) : undefined;
    return contact ?? reply.code(404).send({ error: 'not-found', message: 'no such contact' });
  });

  app.put<{ Params: { phone: string }; Body: ContactBody }>('/contacts/:phone', { schema: { body: contactSchema } }, async (request, reply) => {
    const phone = phoneKey(request.params.phone, deps.config.region);
    if (!phone) return reply.code(400).send({ error: 'bad-params', message: 'not a phone number' });
    const { name, company, responsible } = request.body;
    const contact = { phone, name: name.trim(), ...(company?.trim() ? { company: company.trim() } : {}), ...(responsible?.trim() ? { responsible: responsible.trim() } : {}) };
    await contacts.put(contact);
    return contact;
  });

  app.delete<{ Params: { phone: string } }>('/contacts/:phone', async (request, reply) => {
    const phone = phoneKey(request.params.phone, deps.config.region);
    const deleted = phone ? await contacts.delete(phone) : false;
    return deleted ? reply.code(204).send() : reply.code(404).send({ error: 'not-found', message: 'no such contact' });
  });
}
