import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoType } from '../../../common/dto/page-info.type';
import { LearningModuleEntity } from '../learning-module.entity';

export enum ModuleStatusValue {
  DRAFT = 'draft',
}
registerEnumType(ModuleStatusValue, { name: 'ModuleStatus' });

@ObjectType('Module', { description: 'A learning module, owned by a development group.' })
export class LearningModuleType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'Language tag, e.g. nl' })
  language!: string;

  @Field(() => ModuleStatusValue)
  status!: ModuleStatusValue;

  @Field(() => ID)
  groupId!: string;

  creatorId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while the module is deleted (restorable)' })
  deletedAt!: Date | null;

  static from(entity: LearningModuleEntity): LearningModuleType {
    return Object.assign(new LearningModuleType(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      language: entity.language,
      status: entity.status as ModuleStatusValue,
      groupId: entity.groupId,
      creatorId: entity.creatorId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      deletedAt: entity.deletedAt,
    });
  }
}

@ObjectType('ModuleEdge')
export class ModuleEdgeType {
  @Field()
  cursor!: string;

  @Field(() => LearningModuleType)
  node!: LearningModuleType;
}

@ObjectType('ModuleConnection')
export class ModuleConnectionType {
  @Field(() => [ModuleEdgeType])
  edges!: ModuleEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class CreateModuleInput {
  @Field(() => ID)
  groupId!: string;

  @Field()
  title!: string;

  @Field({ nullable: true })
  description?: string;

  @Field({ nullable: true, description: 'Language tag; nl when left out' })
  language?: string;
}

@InputType()
export class RenameModuleInput {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;
}
