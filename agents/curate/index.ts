export { curateShopping } from './shopping';
export { curateMusic } from './music';
export { classifyRequest } from './request-shape';
export type { CurateOptions, CurationResult, PlaylistResult, ProgressEvent, Pick, MusicPick, SiteReport, Decision } from './types';
