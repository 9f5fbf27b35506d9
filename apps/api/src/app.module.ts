import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/config';
import { PolicyService } from './common/policy.service';
import { openDatabase } from './database/data-source';
import { graphqlOptions } from './graphql/graphql-options';
import { AuthResolver } from './modules/auth/auth.resolver';
import { AuthService } from './modules/auth/auth.service';
import { LoginThrottle } from './modules/auth/login-throttle';
import { PasswordHasher } from './modules/auth/password-hasher';
import { SessionCookie } from './modules/auth/session-cookie';
import { TokenService } from './modules/auth/token.service';
import { GroupsResolver } from './modules/groups/groups.resolver';
import { GroupsService } from './modules/groups/groups.service';
import { HealthController } from './modules/health/health.controller';
import { InvitationsResolver } from './modules/invitations/invitations.resolver';
import { InvitationsService } from './modules/invitations/invitations.service';
import { Mailer } from './modules/invitations/mailer';
import { LearningModulesResolver } from './modules/learning-modules/learning-modules.resolver';
import { LearningModulesService } from './modules/learning-modules/learning-modules.service';
import { SchoolsResolver } from './modules/schools/schools.resolver';
import { SchoolsService } from './modules/schools/schools.service';
import { MeResolver } from './modules/users/me.resolver';
import { createMediaStorage, MEDIA_STORAGE } from './storage/media-storage';

/**
 * One module for now: the features are small and share the data source. Each feature keeps
 * its own folder (resolver, service, entity, dto) so it can become its own Nest module when
 * it grows.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) })],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: DataSource,
          useFactory: () => openDatabase(config),
        },
        {
          provide: MEDIA_STORAGE,
          useFactory: async () => {
            const storage = createMediaStorage(config);
            await storage.prepare();
            return storage;
          },
        },
        PolicyService,
        PasswordHasher,
        TokenService,
        LoginThrottle,
        AuthService,
        SessionCookie,
        Mailer,
        SchoolsService,
        GroupsService,
        InvitationsService,
        LearningModulesService,
        AuthResolver,
        MeResolver,
        SchoolsResolver,
        GroupsResolver,
        InvitationsResolver,
        LearningModulesResolver,
      ],
    };
  }
}
