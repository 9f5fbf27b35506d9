import { Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LearningModuleType } from '../modules/learning-modules/dto/learning-module.type';
import { ModuleContentService } from './module-content.service';

@ObjectType('ModulePage', { description: 'A page of a module, as it is now (live edits included).' })
export class ModulePageType {
  @Field(() => ID, { description: 'The page id (Xerte linkID)' })
  id!: string;

  @Field({ description: 'The page type, e.g. text, mcq, chapter' })
  type!: string;

  @Field({ description: 'The title as plain text' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The chapter holding this page' })
  chapterId!: string | null;

  @Field()
  hidden!: boolean;
}

/** Module.pages: read through the document store, authorised with the module itself. */
@Resolver(() => LearningModuleType)
export class ModuleContentResolver {
  constructor(private readonly content: ModuleContentService) {}

  @ResolveField(() => [ModulePageType], { description: 'Pages in order; reflects live edits' })
  async pages(@Parent() module: LearningModuleType): Promise<ModulePageType[]> {
    return (await this.content.pages(module.id)).map((p) =>
      Object.assign(new ModulePageType(), { id: p.id, type: p.type, title: p.title, chapterId: p.chapterId, hidden: p.hidden }),
    );
  }
}
