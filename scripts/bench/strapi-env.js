/**
 * The benches' Strapi children's environment: production mode with throw-away secrets for the run (the same for
 * every child), the run's database, no rate limit; the parent's own database and address settings left out.
 */
'use strict';
const crypto = require('crypto');

const secret = () => crypto.randomBytes(24).toString('base64');

function benchStrapiEnv(database, { scale, publicUrl }) {
  const env = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATABASE_FILENAME', 'PORT', 'HOST']) delete env[key];
  return {
    env,
    strapiEnv: {
      ...env,
      ...database.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      JWT_SECRET: secret(),
      PUBLIC_URL: publicUrl,
      PUBLIC_API_RATE_LIMIT: '0',
      BENCH_SCALE: String(scale),
    },
  };
}

module.exports = { benchStrapiEnv };
