import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { openDatabase } from '../database/data-source';
import { createMediaStorage, MEDIA_STORAGE } from '../storage/media-storage';
import { AccessEvents } from './access-events';
import { ModuleEvents } from './module-events';
import { PolicyService } from './policy.service';

/** What every feature needs: configuration, the database, media storage and the policy. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useFactory: () => openDatabase(config) },
        {
          provide: MEDIA_STORAGE,
          useFactory: async () => {
            const storage = createMediaStorage(config);
            await storage.prepare();
            return storage;
          },
        },
        PolicyService,
        AccessEvents,
        ModuleEvents,
      ],
      exports: [APP_CONFIG, DataSource, MEDIA_STORAGE, PolicyService, AccessEvents, ModuleEvents],
    };
  }
}
