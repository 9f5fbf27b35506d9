import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthModule } from '../modules/auth/auth.module';
import { LearningModulesModule } from '../modules/learning-modules/learning-modules.module';
import { CollabServer } from './collab.server';
import { DOCUMENT_STORE } from './document-store';
import { DocumentService } from './document.service';
import { ModuleContentResolver } from './module-content.resolver';
import { ModuleContentService } from './module-content.service';
import { ModuleContentSync } from './module-content-sync';
import { REDIS_RELAY, RedisRelay } from './redis-relay';
import { ModuleVersionsResolver, VersionsResolver } from './versions.resolver';
import { VersionsService } from './versions.service';
import { SqlDocumentStore } from './sql-document-store';

@Module({
  imports: [AuthModule, LearningModulesModule],
  providers: [
    { provide: DOCUMENT_STORE, useFactory: (dataSource: DataSource) => new SqlDocumentStore(dataSource), inject: [DataSource] },
    {
      // Several instances share live documents through Redis when REDIS_URL is set.
      provide: REDIS_RELAY,
      useFactory: (config: AppConfig) => (config.redisUrl ? new RedisRelay(config.redisUrl) : undefined),
      inject: [APP_CONFIG],
    },
    DocumentService,
    CollabServer,
    ModuleContentService,
    ModuleContentSync,
    ModuleContentResolver,
    VersionsService,
    VersionsResolver,
    ModuleVersionsResolver,
  ],
  exports: [DocumentService, DOCUMENT_STORE, ModuleContentService, VersionsService],
})
export class CollaborationModule {}
