export * from './common';
export * from './auth';
export * from './capabilities';
export * from './org';
export * from './audit';
export * from './surveys';
export * from './performance';
export * from './complaints';
