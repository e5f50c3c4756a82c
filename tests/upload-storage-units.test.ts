/** The S3_* variables (src/upload-storage.ts): what a bucket needs, and the address its files are served from. */
import { s3MediaOrigin, s3Storage, uploadMediaPolicy, uploadPluginConfig } from '../src/upload-storage';

const env = (values: Record<string, string>) => (name: string) => values[name];
const bucket = {
  S3_BUCKET: 'portals',
  S3_REGION: 'eu-north-1',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('upload storage', () => {
  it('is the local disk without S3_BUCKET: no upload entry, no CSP change', () => {
    expect(s3Storage(env({ S3_REGION: 'eu-north-1' }))).toBeUndefined();
    expect(uploadPluginConfig(env({}))).toEqual({});
    expect(uploadMediaPolicy(env({ S3_BUCKET: '  ' }))).toEqual({});
  });

  it('names the variables a bucket still needs', () => {
    expect(() => s3Storage(env({ S3_BUCKET: 'portals', S3_REGION: 'eu-north-1' }))).toThrow(
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY must be set too',
    );
    expect(() => s3Storage(env({ ...bucket, S3_ENDPOINT: 'minio:9000' }))).toThrow(
      'S3_ENDPOINT: "minio:9000" is not http(s)',
    );
  });

  it('configures the provider in its 5.x shape, the prefix without slashes', () => {
    const config = uploadPluginConfig(
      env({ ...bucket, S3_ENDPOINT: 'https://s3.example.lv/', S3_FORCE_PATH_STYLE: 'true', S3_PREFIX: '/media/' }),
    );
    expect(config).toEqual({
      upload: {
        config: {
          provider: 'aws-s3',
          providerOptions: {
            baseUrl: undefined,
            rootPath: 'media',
            s3Options: {
              credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
              region: 'eu-north-1',
              endpoint: 'https://s3.example.lv',
              forcePathStyle: true,
              params: { Bucket: 'portals' },
            },
          },
        },
      },
    });
  });

  it('allows the address the files are served from: base URL, endpoint (path or host style), else AWS', () => {
    const origin = (values: Record<string, string>) => s3MediaOrigin(s3Storage(env({ ...bucket, ...values }))!);
    expect(origin({ S3_BASE_URL: 'https://cdn.example.lv/media', S3_ENDPOINT: 'https://s3.example.lv' })).toBe(
      'https://cdn.example.lv',
    );
    expect(origin({ S3_ENDPOINT: 'https://s3.example.lv:9000', S3_FORCE_PATH_STYLE: 'true' })).toBe(
      'https://s3.example.lv:9000',
    );
    expect(origin({ S3_ENDPOINT: 'https://s3.example.lv' })).toBe('https://portals.s3.example.lv');
    expect(origin({})).toBe('https://portals.s3.eu-north-1.amazonaws.com');
  });
});
