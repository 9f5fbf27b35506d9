import { Args, Context, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { ModuleDiff } from '@samenwijs/module-model';
import { GqlContext } from '../common/request-context';
import { AuthService } from '../modules/auth/auth.service';
import { LearningModuleType } from '../modules/learning-modules/dto/learning-module.type';
import { UserType } from '../modules/users/dto/user.type';
import { UserEntity } from '../modules/users/user.entity';
import { ModulePageType } from './module-content.resolver';
import { VersionMeta } from './version-store';
import { VersionsService } from './versions.service';

export enum VersionKindValue {
  MANUAL = 'manual',
  REVIEW = 'review',
}
registerEnumType(VersionKindValue, { name: 'VersionKind', description: 'Saved by hand, or when the module was submitted for review' });

export enum TextChangeOp {
  EQUAL = 'equal',
  INSERT = 'insert',
  DELETE = 'delete',
}
registerEnumType(TextChangeOp, { name: 'TextChangeOp' });

@ObjectType('ModuleVersion')
export class ModuleVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  moduleId!: string;

  @Field()
  name!: string;

  @Field(() => VersionKindValue)
  kind!: VersionKindValue;

  @Field()
  createdAt!: Date;

  createdById!: string | null;

  static from(meta: VersionMeta): ModuleVersionType {
    return Object.assign(new ModuleVersionType(), {
      id: meta.id,
      moduleId: meta.docId,
      name: meta.name,
      kind: meta.kind as VersionKindValue,
      createdAt: meta.createdAt,
      createdById: meta.createdBy,
    });
  }
}

@ObjectType('ModuleVersionContent', { description: 'A version as learners would see it' })
export class ModuleVersionContentType {
  @Field(() => ModuleVersionType)
  version!: ModuleVersionType;

  @Field(() => [ModulePageType])
  pages!: ModulePageType[];

  @Field({ description: 'Accessible HTML rendering of the whole module (no scripts)' })
  html!: string;
}

@ObjectType('DiffPage')
export class DiffPageType {
  @Field(() => ID)
  id!: string;

  @Field()
  type!: string;

  @Field()
  title!: string;
}

@ObjectType('MovedPage')
export class MovedPageType extends DiffPageType {
  @Field(() => Int)
  fromIndex!: number;

  @Field(() => Int)
  toIndex!: number;
}

@ObjectType('TextChange')
export class TextChangeType {
  @Field(() => TextChangeOp)
  op!: TextChangeOp;

  @Field()
  text!: string;
}

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field()
  field!: string;

  @Field(() => [TextChangeType])
  text!: TextChangeType[];
}

@ObjectType('ChangedPage')
export class ChangedPageType extends DiffPageType {
  @Field(() => [FieldChangeType])
  fields!: FieldChangeType[];

  @Field(() => Int)
  subItemsAdded!: number;

  @Field(() => Int)
  subItemsRemoved!: number;

  @Field(() => Int)
  subItemsChanged!: number;
}

@ObjectType('ModuleDiff')
export class ModuleDiffType {
  @Field(() => [DiffPageType])
  added!: DiffPageType[];

  @Field(() => [DiffPageType])
  removed!: DiffPageType[];

  @Field(() => [MovedPageType])
  moved!: MovedPageType[];

  @Field(() => [ChangedPageType])
  changed!: ChangedPageType[];
}

@InputType()
export class SaveModuleVersionInput {
  @Field(() => ID)
  moduleId!: string;

  @Field()
  name!: string;
}

const toDiff = (diff: ModuleDiff): ModuleDiffType =>
  Object.assign(new ModuleDiffType(), {
    added: diff.added,
    removed: diff.removed,
    moved: diff.moved,
    changed: diff.changed.map((c) => ({
      id: c.id,
      type: c.type,
      title: c.title,
      fields: c.fields.map((f) => ({ field: f.field, text: f.text.map((t) => ({ op: t.op as TextChangeOp, text: t.text })) })),
      subItemsAdded: c.subItems.added,
      subItemsRemoved: c.subItems.removed,
      subItemsChanged: c.subItems.changed,
    })),
  });

@Resolver(() => ModuleVersionType)
export class VersionsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly versions: VersionsService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => ModuleVersionContentType, { description: 'One version, rendered read-only' })
  async moduleVersion(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<ModuleVersionContentType> {
    const content = await this.versions.content(await this.auth.actorOf(ctx.req), id);
    return Object.assign(new ModuleVersionContentType(), {
      version: ModuleVersionType.from(content.meta),
      pages: content.pages.map((p) => ({ id: p.id, type: p.type, title: p.title, chapterId: p.chapterId, hidden: p.hidden })),
      html: content.html,
    });
  }

  @Query(() => ModuleDiffType, { description: 'What changed from one version to another, or to now when `to` is left out' })
  async compareModuleVersions(
    @Context() ctx: GqlContext,
    @Args('from', { type: () => ID }) from: string,
    @Args('to', { type: () => ID, nullable: true }) to?: string,
  ): Promise<ModuleDiffType> {
    return toDiff(await this.versions.compare(await this.auth.actorOf(ctx.req), from, to));
  }

  @Mutation(() => ModuleVersionType, { description: 'Authors save the current state as a named version' })
  async saveModuleVersion(@Context() ctx: GqlContext, @Args('input') input: SaveModuleVersionInput): Promise<ModuleVersionType> {
    return ModuleVersionType.from(await this.versions.save(await this.auth.actorOf(ctx.req), input));
  }

  @Mutation(() => ModuleVersionType, { description: 'Authors restore a version as a new change on top of the history' })
  async restoreModuleVersion(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<ModuleVersionType> {
    return ModuleVersionType.from(await this.versions.restore(await this.auth.actorOf(ctx.req), id));
  }

  @ResolveField(() => UserType, { nullable: true })
  async createdBy(@Parent() version: ModuleVersionType): Promise<UserType | null> {
    if (!version.createdById) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: version.createdById });
    return user ? UserType.from(user) : null;
  }
}

/** Module.versions, newest first. */
@Resolver(() => LearningModuleType)
export class ModuleVersionsResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly versionsService: VersionsService,
  ) {}

  @ResolveField(() => [ModuleVersionType], { description: 'Named versions, newest first' })
  async versions(@Context() ctx: GqlContext, @Parent() module: LearningModuleType): Promise<ModuleVersionType[]> {
    return (await this.versionsService.list(await this.auth.actorOf(ctx.req), module.id)).map(ModuleVersionType.from);
  }
}
