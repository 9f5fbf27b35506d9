import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ViewerType } from '../../users/dto/user.type';

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@ObjectType('AuthPayload', {
  description: 'A new session. The refresh token travels only as an httpOnly cookie.',
})
export class AuthPayloadType {
  @Field({ description: 'Send as "Authorization: Bearer <accessToken>"' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => ViewerType)
  user!: ViewerType;
}
