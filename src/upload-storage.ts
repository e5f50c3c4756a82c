/**
 * Where the Media Library keeps its files: `public/uploads` on the local disk by default, an S3-compatible bucket
 * when S3_BUCKET is set (@strapi/provider-upload-aws-s3). Read by config/plugins.ts (the upload provider) and
 * config/middlewares.ts (the admin's CSP must let images and media load from the bucket's address).
 *
 * With a bucket, S3_ENDPOINT (any S3-compatible service; unset for AWS itself), S3_REGION, S3_ACCESS_KEY_ID and
 * S3_SECRET_ACCESS_KEY are required (a missing one stops the start naming it); S3_FORCE_PATH_STYLE=true for services
 * that address buckets by path (MinIO, most non-AWS ones); S3_BASE_URL when the files are served from another address
 * (a CDN, a custom domain); S3_PREFIX puts every object under a folder of the bucket.
 */
type Env = (name: string) => string | undefined;

export type S3Storage = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  baseUrl?: string;
  prefix?: string;
};

const REQUIRED = ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

const given = (env: Env, name: string) => {
  const value = (env(name) ?? '').trim();
  return value === '' ? undefined : value;
};

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}: "${value}" is not an absolute URL (e.g. https://s3.example.lv)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name}: "${value}" is not http(s)`);
  return value.replace(/\/+$/, '');
}

/** The bucket's settings, or undefined for the local disk (no S3_BUCKET). */
export function s3Storage(env: Env): S3Storage | undefined {
  const bucket = given(env, 'S3_BUCKET');
  if (!bucket) return undefined;
  const missing = REQUIRED.filter((name) => !given(env, name));
  if (missing.length > 0) {
    throw new Error(`S3_BUCKET is set, so uploads go to a bucket: ${missing.join(', ')} must be set too`);
  }
  const endpoint = given(env, 'S3_ENDPOINT');
  const baseUrl = given(env, 'S3_BASE_URL');
  const prefix = given(env, 'S3_PREFIX')?.replace(/^\/+|\/+$/g, '');
  return {
    bucket,
    region: given(env, 'S3_REGION') as string,
    endpoint: endpoint && httpUrl('S3_ENDPOINT', endpoint),
    accessKeyId: given(env, 'S3_ACCESS_KEY_ID') as string,
    secretAccessKey: given(env, 'S3_SECRET_ACCESS_KEY') as string,
    forcePathStyle: /^(true|1|yes)$/i.test(given(env, 'S3_FORCE_PATH_STYLE') ?? ''),
    baseUrl: baseUrl && httpUrl('S3_BASE_URL', baseUrl),
    prefix: prefix || undefined,
  };
}

/** The upload plugin's configuration for a bucket (the provider's 5.x shape). */
export function s3UploadConfig(s3: S3Storage) {
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: s3.baseUrl,
      rootPath: s3.prefix,
      s3Options: {
        credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
        region: s3.region,
        ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
        forcePathStyle: s3.forcePathStyle,
        params: { Bucket: s3.bucket },
      },
    },
  };
}

/** config/plugins.ts's `upload` entry: none for the local disk (Strapi's default), the bucket's provider otherwise. */
export function uploadPluginConfig(env: Env) {
  const s3 = s3Storage(env);
  return s3 ? { upload: { config: s3UploadConfig(s3) } } : {};
}

/**
 * The origin the files' URLs start with, for the admin's CSP: the base URL's, else the endpoint's (the bucket as a
 * subdomain unless path style), else AWS's own address of the bucket.
 */
export function s3MediaOrigin(s3: S3Storage): string {
  if (s3.baseUrl) return new URL(s3.baseUrl).origin;
  if (s3.endpoint) {
    const url = new URL(s3.endpoint);
    return s3.forcePathStyle ? url.origin : `${url.protocol}//${s3.bucket}.${url.host}`;
  }
  return `https://${s3.bucket}.s3.${s3.region}.amazonaws.com`;
}

/**
 * strapi::security's CSP for a bucket: Strapi's own image and media sources (CSP_DEFAULTS of @strapi/utils) plus the
 * bucket's origin, so the admin's Media Library shows its files; nothing for the local disk (Strapi's defaults).
 */
export function uploadMediaPolicy(env: Env) {
  const s3 = s3Storage(env);
  if (!s3) return {};
  const bucket = s3MediaOrigin(s3);
  return {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', bucket],
        'media-src': ["'self'", 'data:', 'blob:', bucket],
      },
    },
  };
}
