export * from './db';
export * from './export-erase';
export * from './profile';
export * from './profile-form';
export * from './runs';
export * from './settings';
export * from './sites';
export * from './storage-errors';
export type * from './types';
