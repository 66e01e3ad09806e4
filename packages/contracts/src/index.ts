export * from './values/index';
export * from './common';
export * from './auth';
export * from './org';
export * from './audit';
export * from './surveys';
export * from './performance';
export * from './complaints';
