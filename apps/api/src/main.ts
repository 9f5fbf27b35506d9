import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { closeApp, createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { ModuleContentService } from './collaboration/module-content.service';
import { PasswordHasher } from './modules/auth/password-hasher';
import { emptyModule, tilliftModule } from './seed/demo-content';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo-seed';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  if (config.seedDemo) {
    const hasher = app.get(PasswordHasher);
    const content = app.get(ModuleContentService);
    const seeded = await seedDemo(app.get(DataSource), (p) => hasher.hash(p), config.demoPassword, async (id, title) => {
      // The tillift module with pages; the others as empty modules with their title.
      await content.initialise(id, title === 'Veilig werken met de tillift' ? tilliftModule() : emptyModule(title));
    });
    if (seeded) console.log('Demo data seeded into the empty database.');
  }
  await app.listen(config.port, '0.0.0.0');
  const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  console.log(`\nSamenwijs runs at ${config.publicUrl}  (database: ${db}; media: ${config.storage.kind === 'local' ? config.storage.dir : 'S3'})`);
  if (config.seedDemo) {
    console.log(`\nDemo accounts (password: ${config.demoPassword}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(32)} ${a.who}`);
  }
  const stop = async (signal: string) => {
    console.log(`\n${signal}: shutting down`);
    await closeApp(app);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
