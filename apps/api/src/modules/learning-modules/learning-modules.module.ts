import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GroupModulesResolver } from './group-modules.resolver';
import { LearningModulesResolver } from './learning-modules.resolver';
import { LearningModulesService } from './learning-modules.service';

@Module({
  imports: [AuthModule],
  providers: [LearningModulesService, LearningModulesResolver, GroupModulesResolver],
  exports: [LearningModulesService],
})
export class LearningModulesModule {}
