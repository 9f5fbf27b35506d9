import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { MEDIA_STORAGE, MediaStorage } from '../../storage/media-storage';

type Check = { status: 'ok' | 'error' | 'disabled'; [detail: string]: unknown };

@Controller('api/health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `{"status":"ok"}` with the state of each dependency; 503 when one is down. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [database, storage, redis] = await Promise.all([this.database(), this.storage.health(), this.redis()]);
    const ok = [database, storage, redis].every((c) => c.status !== 'error');
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'error', database, storage, redis });
  }

  private async database(): Promise<Check> {
    const engine = this.config.database.kind;
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', engine };
    } catch {
      return { status: 'error', engine };
    }
  }

  private async redis(): Promise<Check> {
    if (!this.config.redisUrl) return { status: 'disabled' };
    const client = new Redis(this.config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, enableOfflineQueue: false });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return { status: 'ok' };
    } catch {
      return { status: 'error' };
    } finally {
      client.disconnect();
    }
  }
}
