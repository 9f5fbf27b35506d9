import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CollaborationModule } from './collaboration/collaboration.module';
import { AppConfig } from './config/config';
import { CoreModule } from './common/core.module';
import { graphqlOptions } from './graphql/graphql-options';
import { AuthModule } from './modules/auth/auth.module';
import { GroupsModule } from './modules/groups/groups.module';
import { HealthModule } from './modules/health/health.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { LearningModulesModule } from './modules/learning-modules/learning-modules.module';
import { SchoolsModule } from './modules/schools/schools.module';

/** The application: the core (config, database, storage, policy), GraphQL, and one module per feature. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        AuthModule,
        SchoolsModule,
        GroupsModule,
        InvitationsModule,
        LearningModulesModule,
        HealthModule,
        CollaborationModule,
      ],
    };
  }
}
