import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GroupRoleValue } from '../../groups/dto/group.type';
import { SchoolType } from '../../schools/dto/school.type';

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => [GroupRoleValue])
  roles!: GroupRoleValue[];

  @Field(() => SchoolType)
  school!: SchoolType;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;
}

/** What the holder of an invitation link may see before accepting it. */
@ObjectType('InvitationPreview')
export class InvitationPreviewType {
  @Field()
  email!: string;

  @Field()
  groupName!: string;

  @Field({ description: "The group's address, for /groepen/<slug>" })
  groupSlug!: string;

  @Field()
  schoolName!: string;

  @Field({ description: 'Whether the invitee already has an account (then no password is asked)' })
  accountExists!: boolean;

  @Field()
  expiresAt!: Date;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  groupId!: string;

  @Field()
  email!: string;

  @Field(() => ID, { description: 'The school the invitee takes part for' })
  schoolId!: string;

  @Field(() => [GroupRoleValue])
  roles!: GroupRoleValue[];
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  token!: string;

  @Field({ nullable: true, description: 'Required when the invitee has no account yet' })
  name?: string;

  @Field({ nullable: true, description: 'Required when the invitee has no account yet' })
  password?: string;
}
