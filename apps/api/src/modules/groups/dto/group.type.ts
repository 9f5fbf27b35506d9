import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GroupRole } from '@samenwijs/authz';
import { SchoolType } from '../../schools/dto/school.type';
import { UserType } from '../../users/dto/user.type';
import { GroupEntity } from '../group.entity';

export enum GroupRoleValue {
  AUTHOR = 'author',
  REVIEWER = 'reviewer',
  COORDINATOR = 'coordinator',
}
registerEnumType(GroupRoleValue, {
  name: 'GroupRole',
  description: 'A role in a development group; a member may hold several.',
});

export const toRoleValues = (roles: GroupRole[]): GroupRoleValue[] => roles.map((r) => r as GroupRoleValue);

@ObjectType('Group', { description: 'A cross-school development group (ontwikkelgroep).' })
export class GroupType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'e.g. "Zorg en welzijn"' })
  sector!: string;

  @Field()
  description!: string;

  @Field()
  createdAt!: Date;

  static from(entity: GroupEntity): GroupType {
    return Object.assign(new GroupType(), {
      id: entity.id,
      name: entity.name,
      slug: entity.slug,
      sector: entity.sector,
      description: entity.description,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('Member')
export class MemberType {
  @Field(() => ID, { description: 'The membership id' })
  id!: string;

  @Field(() => UserType)
  user!: UserType;

  @Field(() => SchoolType, { nullable: true, description: 'The school this member takes part for' })
  school!: SchoolType | null;

  @Field(() => [GroupRoleValue])
  roles!: GroupRoleValue[];

  @Field()
  joinedAt!: Date;
}

@ObjectType('SchoolMembers')
export class SchoolMembersType {
  @Field(() => SchoolType, { nullable: true, description: 'null for members without a school' })
  school!: SchoolType | null;

  @Field(() => [MemberType])
  members!: MemberType[];
}

@InputType()
export class CreateGroupInput {
  @Field()
  name!: string;

  @Field()
  sector!: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ nullable: true, description: 'Derived from the name when left out' })
  slug?: string;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  id!: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  sector?: string;

  @Field({ nullable: true })
  description?: string;
}

@InputType()
export class SetMemberRolesInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => [GroupRoleValue])
  roles!: GroupRoleValue[];
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => ID)
  userId!: string;
}

