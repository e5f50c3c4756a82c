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
    return {
      connection: {
        client: 'postgres',
        // knex's pg connection accepts a connection string; Strapi's type only lists the object form.
        connection: { connectionString: url, ssl: env.bool('DATABASE_SSL', false) } as never,
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
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
