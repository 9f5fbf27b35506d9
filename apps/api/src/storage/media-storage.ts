import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '../config/config';

export interface StorageHealth {
  status: 'ok' | 'error';
  driver: 'local' | 's3';
  detail?: string;
}

/**
 * Where media assets live: a folder under DATA_DIR by default, MinIO or any S3-compatible
 * store when S3_* is configured. Uploads arrive with the media library; for now this port
 * prepares the store at start and reports its health.
 */
export interface MediaStorage {
  prepare(): Promise<void>;
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}

export class LocalMediaStorage implements MediaStorage {
  constructor(private readonly dir: string) {}

  async prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  async health(): Promise<StorageHealth> {
    try {
      await access(this.dir, constants.R_OK | constants.W_OK);
      return { status: 'ok', driver: 'local' };
    } catch {
      return { status: 'error', driver: 'local', detail: 'media folder is not writable' };
    }
  }

  async close(): Promise<void> {}
}

export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: Extract<AppConfig['storage'], { kind: 's3' }>) {
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKey, secretAccessKey: options.secretKey },
    });
  }

  async prepare(): Promise<void> {}

  async health(): Promise<StorageHealth> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }), { abortSignal: AbortSignal.timeout(3000) });
      return { status: 'ok', driver: 's3' };
    } catch (error) {
      return { status: 'error', driver: 's3', detail: `bucket ${this.options.bucket} is not reachable (${(error as Error).name})` };
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

export function createMediaStorage(config: AppConfig): MediaStorage {
  return config.storage.kind === 's3' ? new S3MediaStorage(config.storage) : new LocalMediaStorage(config.storage.dir);
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');
