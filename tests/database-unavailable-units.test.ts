/**
 * Which errors say "the database cannot be reached now" (answered 503, src/middlewares/database-unavailable.ts),
 * on errors the drivers really give, and which stay what they are (a wrong query, a refusal of the request).
 */
import knex from 'knex';
import { Client } from 'pg';
import createError from 'http-errors';
import { errors } from '@strapi/utils';
import databaseConfig from '../config/database';
import { isDatabaseUnavailable } from '../src/edge/database-unavailable';

async function thrown(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('database unavailable', () => {
  it('recognises a refused connection (pg, nothing listening at the address)', async () => {
    const client = new Client({ host: '127.0.0.1', port: 1, user: 'x', database: 'x', connectionTimeoutMillis: 2000 });
    const error = await thrown(() => client.connect());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises the pool finding no connection in time (knex)', async () => {
    const db = knex({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 200,
    });
    try {
      const error = await thrown(() =>
        db.transaction(async () => {
          // the pool's only connection is this transaction's: a query outside it waits, then gives up
          await db.raw('select 1');
        }),
      );
      expect((error as Error).name).toBe('KnexTimeoutError');
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await db.destroy();
    }
  });

  it('recognises PostgreSQL ending or refusing connections, also wrapped', () => {
    const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(isDatabaseUnavailable(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('55000', 'database "x" is not currently accepting connections'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('08006', 'connection failure'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('a query failed', { cause: pgError('57P03', 'the database system is starting up') }),
      ),
    ).toBe(true);
  });

  it('leaves every other error alone', async () => {
    const db = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    try {
      await db.raw('create table t (id integer primary key)');
      await db('t').insert({ id: 1 });
      expect(isDatabaseUnavailable(await thrown(() => db('t').insert({ id: 1 })))).toBe(false);
      expect(isDatabaseUnavailable(await thrown(() => db.raw('select * from missing')))).toBe(false);
    } finally {
      await db.destroy();
    }
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(isDatabaseUnavailable(pgError)).toBe(false);
    expect(isDatabaseUnavailable(new errors.ValidationError('Nederīgs lauks'))).toBe(false);
    expect(isDatabaseUnavailable(createError(409, 'Kamēr jūs labojāt…'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it('waits 5 s for a connection by default on PostgreSQL, as DATABASE_CONNECTION_TIMEOUT says otherwise', () => {
    const envOf = (vars: Record<string, string>) => {
      const env = ((name: string, fallback?: unknown) => vars[name] ?? fallback) as any;
      env.int = (name: string, fallback: number) => (name in vars ? Number(vars[name]) : fallback);
      env.bool = (name: string, fallback: boolean) => (name in vars ? vars[name] === 'true' : fallback);
      return env;
    };
    const settings = (vars: Record<string, string>) =>
      databaseConfig({ env: envOf({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', ...vars }) } as never)
        .connection as any;
    expect(settings({}).acquireConnectionTimeout).toBe(5000);
    expect(settings({}).connection.connectionTimeoutMillis).toBe(5000);
    expect(settings({ DATABASE_CONNECTION_TIMEOUT: '2000' }).acquireConnectionTimeout).toBe(2000);
  });
});
