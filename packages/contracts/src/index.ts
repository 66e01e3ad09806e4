export * from './common';
export * from './auth';
export * from './org';
export * from './audit';
export * from './surveys';
export * from './performance';
export * from './complaints';
export * from './complaint-messages';
