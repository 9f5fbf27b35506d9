import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupsModule } from '../groups/groups.module';
import { GroupInvitationsResolver } from './group-invitations.resolver';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { Mailer } from './mailer';

@Module({
  imports: [AuthModule, GroupsModule],
  providers: [Mailer, InvitationsService, InvitationsResolver, GroupInvitationsResolver],
  exports: [Mailer],
})
export class InvitationsModule {}
