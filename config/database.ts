import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite (embedded, the default for `npm run demo` and tests) unless DATABASE_URL
 * points at PostgreSQL, e.g. postgres://postgres@127.0.0.1:5432/se_planning.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const url = env('DATABASE_URL');
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(`DATABASE_URL must be a postgres:// URL (got "${url.split(':')[0]}:…")`);
    }
    const timeout = env.int('DATABASE_CONNECTION_TIMEOUT', 5000);
    return {
      connection: {
        client: 'postgres',
        // knex's pg connection accepts a connection string; Strapi's type only lists the object form.
        // connectionTimeoutMillis: a new connection to an address that does not answer gives up after the same
        // time (pg waits forever by default), for the pool and the public cache's listener alike
        connection: {
          connectionString: url,
          ssl: env.bool('DATABASE_SSL', false),
          connectionTimeoutMillis: timeout,
        } as never,
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        // how long a request waits for a connection before it is answered 503 (src/middlewares/database-unavailable.ts);
        // knex's default, a minute, would hold every request that long while the database is away
        acquireConnectionTimeout: timeout,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
