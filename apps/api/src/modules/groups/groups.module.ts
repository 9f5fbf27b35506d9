import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeResolver } from '../users/me.resolver';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

@Module({
  imports: [AuthModule],
  providers: [GroupsService, GroupsResolver, MeResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
