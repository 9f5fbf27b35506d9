export * from './module-json';
export * from './registry-types';
