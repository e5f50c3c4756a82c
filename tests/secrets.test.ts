/** Config reads secrets from the environment and refuses development defaults in production. */
import { DEV_SECRET_PREFIX, secret, secretList } from '../src/secrets';
import adminConfig from '../config/admin';
import serverConfig from '../config/server';

const envOf = (values: Record<string, string>) => (key: string) => values[key];

describe('secrets', () => {
  const original = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = original;
  });

  it('falls back to a development value outside production', () => {
    process.env.NODE_ENV = 'development';
    expect(secret(envOf({}), 'ADMIN_JWT_SECRET')).toMatch(new RegExp(`^${DEV_SECRET_PREFIX}`));
    expect(secret(envOf({ ADMIN_JWT_SECRET: 's3cr3t' }), 'ADMIN_JWT_SECRET')).toBe('s3cr3t');
  });

  it('refuses a missing secret, the development default or the .env.example placeholder in production', () => {
    process.env.NODE_ENV = 'production';
    expect(() => secret(envOf({}), 'ADMIN_JWT_SECRET')).toThrow(/ADMIN_JWT_SECRET must be set .* missing/);
    expect(() =>
      secret(envOf({ ADMIN_JWT_SECRET: `${DEV_SECRET_PREFIX}-admin_jwt_secret` }), 'ADMIN_JWT_SECRET'),
    ).toThrow(/development default/);
    expect(() => secretList(envOf({ APP_KEYS: `real-key-1,${DEV_SECRET_PREFIX}-2` }), 'APP_KEYS')).toThrow(/APP_KEYS/);
    expect(secretList(envOf({ APP_KEYS: 'k1, k2' }), 'APP_KEYS')).toEqual(['k1', 'k2']);
  });

  it('stops the portal configuration in production while secrets are development defaults', () => {
    process.env.NODE_ENV = 'production';
    const env = Object.assign(
      (key: string, fallback?: string) => (({ HOST: '0.0.0.0' }) as Record<string, string>)[key] ?? fallback,
      {
        int: (_key: string, fallback: number) => fallback,
      },
    );
    expect(() => adminConfig({ env } as never)).toThrow(/ADMIN_JWT_SECRET must be set/);
    expect(() => serverConfig({ env } as never)).toThrow(/APP_KEYS must be set/);
    process.env.NODE_ENV = 'development';
    expect(adminConfig({ env } as never).auth?.secret).toMatch(/^dev-only-change-me/);
  });
});
