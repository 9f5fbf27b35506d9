import { DataSource } from 'typeorm';
import { GroupRole } from '@samenwijs/authz';
import { newId } from '../database/columns';
import { GroupEntity } from '../modules/groups/group.entity';
import { MembershipEntity, roleString } from '../modules/groups/membership.entity';
import { LearningModuleEntity } from '../modules/learning-modules/learning-module.entity';
import { SchoolEntity } from '../modules/schools/school.entity';
import { UserEntity } from '../modules/users/user.entity';

export const DEMO_SCHOOLS = [
  { key: 'A', name: 'ROC De Brug', brin: '25LX' },
  { key: 'B', name: 'Vakcollege Rivierenland', brin: '27QY' },
  { key: 'C', name: 'Noorderpoort Demo College', brin: '30RR' },
] as const;

type SchoolKey = (typeof DEMO_SCHOOLS)[number]['key'];
type GroupKey = 'zorg' | 'schoonheid';

export const DEMO_ACCOUNTS: { email: string; name: string; who: string; school?: SchoolKey; admin?: boolean; roles?: Partial<Record<GroupKey, GroupRole[]>> }[] = [
  { email: 'admin@samenwijs.test', name: 'Anna Admin', who: 'platform administrator', admin: true },
  { email: 'coordinator@samenwijs.test', name: 'Carla Coördinator', who: 'coordinator of Zorgtechnologie, school A', school: 'A', roles: { zorg: ['coordinator'], schoonheid: ['coordinator'] } },
  { email: 'auteur.a@samenwijs.test', name: 'Ahmed Auteur', who: 'author in Zorgtechnologie, school A', school: 'A', roles: { zorg: ['author'] } },
  { email: 'auteur.b@samenwijs.test', name: 'Bregje Auteur', who: 'author in Zorgtechnologie, school B', school: 'B', roles: { zorg: ['author'], schoonheid: ['author'] } },
  { email: 'reviewer.a@samenwijs.test', name: 'Rik Reviewer', who: 'reviewer in Zorgtechnologie, school A', school: 'A', roles: { zorg: ['reviewer'] } },
  { email: 'reviewer.b@samenwijs.test', name: 'Roos Reviewer', who: 'reviewer in Zorgtechnologie, school B', school: 'B', roles: { zorg: ['reviewer'], schoonheid: ['reviewer'] } },
  { email: 'buitenstaander@samenwijs.test', name: 'Bas Buitenstaander', who: 'signed-in teacher of school B in no group', school: 'B' },
  { email: 'docent.c@samenwijs.test', name: 'Chantal Docent', who: 'author in Schoonheidsverzorging, school C', school: 'C', roles: { schoonheid: ['author'] } },
];

const GROUPS: Record<GroupKey, { name: string; slug: string; sector: string; description: string }> = {
  zorg: {
    name: 'Zorgtechnologie',
    slug: 'zorgtechnologie',
    sector: 'Zorg en welzijn',
    description: 'Docenten van verschillende roc’s maken samen open lesmateriaal over technologie in de zorg: tilliften, domotica, e-health en zorgrobots.',
  },
  schoonheid: {
    name: 'Schoonheidsverzorging',
    slug: 'schoonheidsverzorging',
    sector: 'Uiterlijke verzorging',
    description: 'Open lesmateriaal voor de opleiding schoonheidsspecialist: huidanalyse, hygiëne en klantgesprekken.',
  },
};

const MODULES: { group: GroupKey; author: string; title: string; description: string }[] = [
  { group: 'zorg', author: 'auteur.a@samenwijs.test', title: 'Veilig werken met de tillift', description: 'Van risico-inschatting tot transfer: een tillift veilig inzetten bij cliënten.' },
  { group: 'zorg', author: 'auteur.b@samenwijs.test', title: 'Domotica in de thuiszorg', description: 'Sensoren, alarmering en slimme verlichting: wat past bij welke cliënt?' },
  { group: 'zorg', author: 'auteur.a@samenwijs.test', title: 'Beeldbellen met cliënten', description: 'Een goed e-health-gesprek voorbereiden, voeren en vastleggen.' },
  { group: 'schoonheid', author: 'docent.c@samenwijs.test', title: 'Huidanalyse: de basis', description: 'Huidtypen en huidcondities herkennen en beschrijven.' },
];

/** Seeds the contract's demo world into an empty database. Returns false when not empty. */
export async function seedDemo(
  dataSource: DataSource,
  hashPassword: (password: string) => Promise<string>,
  demoPassword: string,
  writeContent?: (moduleId: string, title: string) => Promise<void>,
): Promise<boolean> {
  if ((await dataSource.getRepository(UserEntity).count()) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  const created: { id: string; title: string }[] = [];
  await dataSource.transaction(async (tx) => {
    const schools = new Map<SchoolKey, SchoolEntity>();
    for (const s of DEMO_SCHOOLS) schools.set(s.key, await tx.save(tx.create(SchoolEntity, { id: newId(), name: s.name, brin: s.brin })));
    const groups = new Map<GroupKey, GroupEntity>();
    for (const [key, g] of Object.entries(GROUPS) as [GroupKey, (typeof GROUPS)[GroupKey]][]) {
      groups.set(key, await tx.save(tx.create(GroupEntity, { id: newId(), ...g })));
    }
    const users = new Map<string, UserEntity>();
    for (const account of DEMO_ACCOUNTS) {
      const school = account.school ? schools.get(account.school)! : undefined;
      const user = await tx.save(
        tx.create(UserEntity, {
          id: newId(),
          email: account.email,
          name: account.name,
          passwordHash,
          isAdmin: !!account.admin,
          schools: school ? [school] : [],
        }),
      );
      users.set(account.email, user);
      for (const [groupKey, roles] of Object.entries(account.roles ?? {}) as [GroupKey, GroupRole[]][]) {
        await tx.insert(MembershipEntity, {
          id: newId(),
          groupId: groups.get(groupKey)!.id,
          userId: user.id,
          schoolId: school?.id ?? null,
          roles: roleString(roles),
        });
      }
    }
    for (const m of MODULES) {
      const saved = await tx.save(
        tx.create(LearningModuleEntity, {
          id: newId(),
          groupId: groups.get(m.group)!.id,
          creatorId: users.get(m.author)!.id,
          title: m.title,
          description: m.description,
          language: 'nl',
          status: 'draft',
        }),
      );
      created.push({ id: saved.id, title: saved.title });
    }
  });
  for (const m of created) await writeContent?.(m.id, m.title);
  return true;
}
