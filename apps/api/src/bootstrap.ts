import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { MEDIA_STORAGE, MediaStorage } from './storage/media-storage';

/** Paths the API owns; everything else under GET is the web app. */
const API_PATHS = /^\/(graphql|api|collab|oai|m)(\/|$)/;

/** Builds the whole application on one HTTP server: web app, GraphQL and REST. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const logLevels: LogLevel[] = config.logLevel === 'silent' ? [] : ['warn', 'error'];
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logLevels,
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'upgrade-insecure-requests': config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  // A 100 kB title must reach validation and be refused by name, not cut off by the parser.
  app.useBodyParser('json', { limit: '1mb' });
  serveWebApp(app, config);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const index = join(config.webDir, 'index.html');
  if (!existsSync(index)) {
    if (config.logLevel !== 'silent') new Logger('Web').warn(`No web app build at ${config.webDir}; run "npm run build"`);
    return;
  }
  app.useStaticAssets(config.webDir, { index: false, maxAge: '1h', immutable: false });
  // Client-side routes (/inloggen, /groepen/…) all load the single-page app.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

export async function closeApp(app: NestExpressApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const storage = app.get<MediaStorage>(MEDIA_STORAGE);
  await app.close();
  await storage.close();
  if (dataSource.isInitialized) await dataSource.destroy();
}
