/**
 * The intent schema as JSON Schema (draft 2020-12), built from the same constants as types.ts, for
 * model prompts and constrained decoding; and a validator that checks model output against it.
 */
import { MUSIC_CATEGORIES, SHOPPING_CATEGORIES, type Intent, type IntentRole, type RequestKind } from './types';

const ROLES: readonly IntentRole[] = ['wanted', 'rejected', 'referential'];
const KINDS: readonly RequestKind[] = ['music', 'shopping', 'both', 'unknown'];

const common = {
  role: { enum: ROLES },
  text: { type: 'string', minLength: 1, description: 'the words as the user wrote them' },
  normalized: { type: 'string' },
};

export const intentJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ParsedRequest',
  type: 'object',
  required: ['kind', 'intents'],
  additionalProperties: false,
  properties: {
    kind: { enum: KINDS },
    intents: {
      type: 'array',
      items: {
        oneOf: [
          {
            type: 'object',
            required: ['domain', 'category', 'role', 'text'],
            additionalProperties: false,
            properties: {
              domain: { const: 'music' },
              category: { enum: MUSIC_CATEGORIES },
              ...common,
              years: {
                type: 'object', required: ['from', 'to'], additionalProperties: false,
                properties: { from: { type: 'integer' }, to: { type: 'integer' } },
              },
              entityKind: { enum: ['artist', 'song', 'album'] },
              byArtist: { type: 'string' },
            },
          },
          {
            type: 'object',
            required: ['domain', 'category', 'role', 'text'],
            additionalProperties: false,
            properties: {
              domain: { const: 'shopping' },
              category: { enum: SHOPPING_CATEGORIES },
              ...common,
              name: { type: 'string' },
              value: { type: 'string' },
              price: {
                type: 'object', additionalProperties: false,
                properties: { min: { type: 'number' }, max: { type: 'number' }, belowMax: { type: 'boolean' }, currency: { type: 'string' } },
              },
              number: { type: 'number' },
            },
          },
        ],
      },
    },
  },
} as const;
