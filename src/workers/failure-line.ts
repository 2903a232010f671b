import { errorMessage } from '../errors.js';

/** `veille: [stage] item: reason`, unless the error already names its stage and item. */
export function failureLine(stage: string, item: string, error: unknown): string {
  const message = errorMessage(error);
  return message.startsWith('[') ? `veille: ${message}` : `veille: [${stage}] ${item}: ${message}`;
}
