import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { GroupRole } from '@samenwijs/authz';
import { newId } from '../src/database/columns';
import { AuthService } from '../src/modules/auth/auth.service';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { GroupEntity } from '../src/modules/groups/group.entity';
import { MembershipEntity, roleString } from '../src/modules/groups/membership.entity';
import { LearningModuleEntity } from '../src/modules/learning-modules/learning-module.entity';
import { SchoolEntity } from '../src/modules/schools/school.entity';
import { UserEntity } from '../src/modules/users/user.entity';

export const DEFAULT_PASSWORD = 'factory-password-42';

let counter = 0;
const next = () => ++counter;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A BRIN code nobody else in this process has used: two digits, two letters. */
export function uniqueBrin(): string {
  const n = next() + Math.floor(Math.random() * 1000) * 676;
  return `${String(Math.floor(n / 676) % 100).padStart(2, '0')}${LETTERS[Math.floor(n / 26) % 26]}${LETTERS[n % 26]}`;
}

/** Typed builders for the schools, users, groups and modules a test needs. */
export class Factories {
  private readonly dataSource: DataSource;
  private static passwordHash?: Promise<string>;

  constructor(private readonly app: NestExpressApplication) {
    this.dataSource = app.get(DataSource);
  }

  async school(overrides: Partial<Pick<SchoolEntity, 'name' | 'brin'>> = {}): Promise<SchoolEntity> {
    const n = next();
    return this.dataSource.getRepository(SchoolEntity).save({ id: newId(), name: `School ${n}`, brin: uniqueBrin(), ...overrides });
  }

  async user(overrides: { email?: string; name?: string; isAdmin?: boolean; schools?: SchoolEntity[]; password?: string } = {}): Promise<UserEntity> {
    const n = next();
    const passwordHash = overrides.password
      ? await this.app.get(PasswordHasher).hash(overrides.password)
      : await (Factories.passwordHash ??= this.app.get(PasswordHasher).hash(DEFAULT_PASSWORD));
    return this.dataSource.getRepository(UserEntity).save({
      id: newId(),
      email: overrides.email ?? `docent${n}-${newId().slice(0, 6)}@school.test`,
      name: overrides.name ?? `Docent ${n}`,
      passwordHash,
      isAdmin: overrides.isAdmin ?? false,
      schools: overrides.schools ?? [],
    });
  }

  async group(overrides: Partial<Pick<GroupEntity, 'name' | 'slug' | 'sector' | 'description'>> = {}): Promise<GroupEntity> {
    const n = next();
    return this.dataSource.getRepository(GroupEntity).save({
      id: newId(),
      name: `Groep ${n}`,
      slug: `groep-${n}-${newId().slice(0, 6)}`,
      sector: 'Zorg en welzijn',
      description: '',
      ...overrides,
    });
  }

  async member(group: GroupEntity, user: UserEntity, roles: GroupRole[], school?: SchoolEntity): Promise<MembershipEntity> {
    return this.dataSource.getRepository(MembershipEntity).save({
      id: newId(),
      groupId: group.id,
      userId: user.id,
      schoolId: school?.id ?? user.schools?.[0]?.id ?? null,
      roles: roleString(roles),
    });
  }

  async module(group: GroupEntity, creator: UserEntity | null, overrides: Partial<Pick<LearningModuleEntity, 'title' | 'description' | 'deletedAt'>> = {}): Promise<LearningModuleEntity> {
    const n = next();
    const modules = this.dataSource.getRepository(LearningModuleEntity);
    return modules.save(modules.create({
      id: newId(),
      groupId: group.id,
      creatorId: creator?.id ?? null,
      title: `Module ${n}`,
      description: '',
      language: 'nl',
      status: 'draft',
      ...overrides,
    }));
  }

  /** An access token for the user, without going through the sign-in throttle. */
  async token(user: UserEntity): Promise<string> {
    return (await this.app.get(AuthService).startSession(user)).accessToken;
  }
}
