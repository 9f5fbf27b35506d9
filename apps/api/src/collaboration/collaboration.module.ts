import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../modules/auth/auth.module';
import { LearningModulesModule } from '../modules/learning-modules/learning-modules.module';
import { CollabServer } from './collab.server';
import { DOCUMENT_STORE } from './document-store';
import { DocumentService } from './document.service';
import { SqlDocumentStore } from './sql-document-store';

@Module({
  imports: [AuthModule, LearningModulesModule],
  providers: [
    { provide: DOCUMENT_STORE, useFactory: (dataSource: DataSource) => new SqlDocumentStore(dataSource), inject: [DataSource] },
    DocumentService,
    CollabServer,
  ],
  exports: [DocumentService, DOCUMENT_STORE],
})
export class CollaborationModule {}
