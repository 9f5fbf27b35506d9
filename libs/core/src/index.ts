export * from './errors';
export * from './cursor';
