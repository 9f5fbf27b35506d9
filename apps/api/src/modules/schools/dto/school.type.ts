import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { SchoolEntity } from '../school.entity';

@ObjectType('School')
export class SchoolType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'BRIN code, e.g. 25LX' })
  brin!: string;

  static from(entity: SchoolEntity): SchoolType {
    return Object.assign(new SchoolType(), { id: entity.id, name: entity.name, brin: entity.brin });
  }
}

@InputType()
export class CreateSchoolInput {
  @Field()
  name!: string;

  @Field({ description: 'BRIN code: two digits and two letters' })
  brin!: string;
}
