import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { GroupEntity } from '../modules/groups/group.entity';
import { MembershipEntity } from '../modules/groups/membership.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { LearningModuleEntity } from '../modules/learning-modules/learning-module.entity';
import { SchoolEntity } from '../modules/schools/school.entity';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [
  UserEntity,
  SchoolEntity,
  GroupEntity,
  MembershipEntity,
  InvitationEntity,
  RefreshTokenEntity,
  LearningModuleEntity,
];
