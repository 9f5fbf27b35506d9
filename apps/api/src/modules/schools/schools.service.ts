import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { Actor } from '@samenwijs/authz';
import { cleanText, LIMITS, normalizeBrin } from '@samenwijs/accounts';
import { badInput } from '@samenwijs/core';
import { PolicyService } from '../../common/policy.service';
import { newId } from '../../database/columns';
import { SchoolEntity } from './school.entity';

@Injectable()
export class SchoolsService {
  private readonly schools: Repository<SchoolEntity>;

  constructor(
    dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {
    this.schools = dataSource.getRepository(SchoolEntity);
  }

  async list(actor: Actor | null): Promise<SchoolEntity[]> {
    this.policy.authorize(actor, 'school.list', { kind: 'platform' });
    return this.schools.find({ order: { name: 'ASC' } });
  }

  async create(actor: Actor | null, input: { name: string; brin: string }): Promise<SchoolEntity> {
    this.policy.authorize(actor, 'school.create', { kind: 'platform' });
    const name = cleanText(input.name, 'input.name', LIMITS.schoolName);
    const brin = normalizeBrin(input.brin, 'input.brin');
    if (await this.schools.existsBy({ brin })) throw badInput('input.brin', `a school with BRIN ${brin} already exists`);
    const school = this.schools.create({ id: newId(), name, brin });
    return this.schools.save(school);
  }

  async byIds(ids: string[]): Promise<Map<string, SchoolEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.schools.findBy({ id: In([...new Set(ids)]) });
    return new Map(rows.map((s) => [s.id, s]));
  }
}
