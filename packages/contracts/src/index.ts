export * from './common';
export * from './auth';
export * from './org';
export * from './audit';
