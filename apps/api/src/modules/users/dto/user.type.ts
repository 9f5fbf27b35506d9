import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserEntity } from '../user.entity';

/** Another person, as group members and module creators see them. */
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), { id: entity.id, name: entity.name, email: entity.email });
  }
}

/** The signed-in user. */
@ObjectType('Viewer')
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field()
  isAdmin!: boolean;

  static from(entity: UserEntity): ViewerType {
    return Object.assign(new ViewerType(), { id: entity.id, name: entity.name, email: entity.email, isAdmin: entity.isAdmin });
  }
}
