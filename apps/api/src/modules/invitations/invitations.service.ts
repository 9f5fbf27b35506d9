import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { Actor, GroupRole } from '@samenwijs/authz';
import { assertAcceptablePassword, cleanText, LIMITS, normalizeEmail } from '@samenwijs/accounts';
import { badInput, conflict, notFound } from '@samenwijs/core';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { assertId } from '../../common/ids';
import { PolicyService } from '../../common/policy.service';
import { newId } from '../../database/columns';
import { AuthService, Session } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, TokenService } from '../auth/token.service';
import { toRoleValues } from '../groups/dto/group.type';
import { GroupsService } from '../groups/groups.service';
import { MembershipEntity, roleList, roleString } from '../groups/membership.entity';
import { SchoolType } from '../schools/dto/school.type';
import { SchoolEntity } from '../schools/school.entity';
import { UserEntity } from '../users/user.entity';
import { InvitationPreviewType, InvitationType } from './dto/invitation.type';
import { InvitationEntity } from './invitation.entity';
import { Mailer } from './mailer';

export const INVITATION_TTL_DAYS = 14;

@Injectable()
export class InvitationsService {
  private readonly invitations: Repository<InvitationEntity>;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly policy: PolicyService,
    private readonly groups: GroupsService,
    private readonly tokens: TokenService,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly mailer: Mailer,
  ) {
    this.invitations = dataSource.getRepository(InvitationEntity);
  }

  async invite(actor: Actor | null, input: { groupId: string; email: string; schoolId: string; roles: GroupRole[] }): Promise<InvitationType> {
    const group = await this.groups.get(actor, { id: assertId(input.groupId, 'input.groupId', 'Group') });
    this.policy.authorize(actor, 'group.invite', { kind: 'group', groupId: group.id });
    const email = normalizeEmail(input.email, 'input.email');
    if (input.roles.length === 0) throw badInput('input.roles', 'give at least one role');
    const schoolId = assertId(input.schoolId, 'input.schoolId', 'School');
    const school = await this.dataSource.getRepository(SchoolEntity).findOneBy({ id: schoolId });
    if (!school) throw notFound('School', 'input.schoolId');
    const existing = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (existing && (await this.dataSource.getRepository(MembershipEntity).existsBy({ groupId: group.id, userId: existing.id }))) {
      throw conflict(`${email} is already a member of this group`, 'input.email');
    }
    const { token, hash } = this.tokens.newOpaqueToken();
    const invitation = await this.dataSource.transaction(async (tx) => {
      // A new invitation replaces any earlier open one for the same address.
      await tx.update(InvitationEntity, { groupId: group.id, email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      return tx.save(
        tx.create(InvitationEntity, {
          id: newId(),
          groupId: group.id,
          email,
          schoolId,
          roles: roleString(input.roles),
          tokenHash: hash,
          invitedById: actor!.userId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
    });
    const link = `${this.config.publicUrl}/uitnodiging/${token}`;
    await this.mailer.send({
      to: email,
      subject: `Uitnodiging voor ontwikkelgroep ${group.name} op Samenwijs`,
      text: [
        `Je bent uitgenodigd om mee te werken in de ontwikkelgroep ${group.name} namens ${school.name}.`,
        `Open deze link om de uitnodiging aan te nemen (${INVITATION_TTL_DAYS} dagen geldig):`,
        link,
        '',
        `You have been invited to the development group ${group.name} on Samenwijs: ${link}`,
      ].join('\n'),
    });
    return this.toType(invitation, school);
  }

  async pending(actor: Actor | null, groupId: string): Promise<InvitationType[]> {
    this.policy.authorize(actor, 'group.invite', { kind: 'group', groupId });
    const rows = await this.invitations.find({
      where: { groupId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { school: true },
      order: { createdAt: 'DESC' },
    });
    return rows.map((row) => this.toType(row, row.school!));
  }

  async preview(token: string): Promise<InvitationPreviewType> {
    const invitation = await this.open(token);
    const accountExists = await this.dataSource.getRepository(UserEntity).existsBy({ email: invitation.email });
    return Object.assign(new InvitationPreviewType(), {
      email: invitation.email,
      groupName: invitation.group!.name,
      groupSlug: invitation.group!.slug,
      schoolName: invitation.school!.name,
      accountExists,
      expiresAt: invitation.expiresAt,
    });
  }

  /**
   * The link proves control of the mailbox: an existing account joins the group; a new
   * invitee sets their name and password. Either way the invitee is signed in.
   */
  async accept(input: { token: string; name?: string | null; password?: string | null }): Promise<Session> {
    const invitation = await this.open(input.token);
    const user = await this.dataSource.transaction(async (tx) => {
      let user = await tx.findOneBy(UserEntity, { email: invitation.email });
      if (!user) {
        if (!input.name) throw badInput('input.name', 'is required to create your account');
        if (!input.password) throw badInput('input.password', 'is required to create your account');
        const name = cleanText(input.name, 'input.name', LIMITS.name);
        assertAcceptablePassword(input.password, 'input.password', { email: invitation.email });
        user = await tx.save(
          tx.create(UserEntity, { id: newId(), email: invitation.email, name, passwordHash: await this.hasher.hash(input.password), isAdmin: false }),
        );
      }
      await this.groups.addMember(tx, invitation.groupId, user.id, invitation.schoolId, roleList(invitation.roles));
      const claimed = await tx.update(InvitationEntity, { id: invitation.id, acceptedAt: IsNull() }, { acceptedAt: new Date() });
      if (!claimed.affected) throw notFound('Invitation', 'input.token');
      return user;
    });
    return this.auth.startSession(user);
  }

  private async open(token: string): Promise<InvitationEntity> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) throw notFound('Invitation', 'token');
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) }, relations: { group: true, school: true } });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) {
      throw notFound('Invitation (it may have expired or been used already)', 'token');
    }
    return invitation;
  }

  private toType(row: InvitationEntity, school: SchoolEntity): InvitationType {
    return Object.assign(new InvitationType(), {
      id: row.id,
      email: row.email,
      roles: toRoleValues(roleList(row.roles)),
      school: SchoolType.from(school),
      expiresAt: row.expiresAt,
      acceptedAt: row.acceptedAt,
    });
  }
}

