import { QueryRunner, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Engine-neutral column builders for migrations. The types come from the connected
 * driver's own mapping (what TypeORM gives entity columns on that engine), so one
 * migration file is exact on SQLite and PostgreSQL, and the drift test stays empty.
 */
export function tableKit(queryRunner: QueryRunner) {
  const driver = queryRunner.connection.driver;
  const dateType = driver.normalizeType({ type: Date });
  const boolType = driver.normalizeType({ type: Boolean });
  const m = driver.mappedDataTypes;
  return {
    id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: name === 'id' }),
    ref: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isNullable: nullable }),
    varchar: (name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...options,
    }),
    text: (name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...options }),
    bool: (name: string, defaultValue: boolean): TableColumnOptions => ({
      name,
      type: boolType,
      default: driver.options.type === 'postgres' ? String(defaultValue) : defaultValue ? 1 : 0,
    }),
    date: (name: string, nullable = false): TableColumnOptions => ({ name, type: dateType, isNullable: nullable }),
    createdAt: (name = 'created_at'): TableColumnOptions => ({
      name,
      type: m.createDate as string,
      default: m.createDateDefault,
      precision: m.createDatePrecision,
    }),
    updatedAt: (name = 'updated_at'): TableColumnOptions => ({
      name,
      type: m.updateDate as string,
      default: m.updateDateDefault,
      precision: m.updateDatePrecision,
    }),
    deletedAt: (name = 'deleted_at'): TableColumnOptions => ({
      name,
      type: m.deleteDate as string,
      isNullable: m.deleteDateNullable,
      precision: m.deleteDatePrecision,
    }),
    fk: (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL', onUpdate?: 'CASCADE'): TableForeignKey =>
      new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate }),
    index: (columns: string[], unique = false): TableIndex => new TableIndex({ columnNames: columns, isUnique: unique }),
  };
}
