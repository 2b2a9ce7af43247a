import * as z from 'zod';
import { IDENTIFIER_MAX } from './aws-limits';

/** A text field that may stay empty, and otherwise must match `pattern` (and is never longer than `max`). */
export const optionalPattern = (pattern: RegExp, message: string, max: number = IDENTIFIER_MAX) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters`, abort: true })
    .default('')
    .refine((value) => value === '' || pattern.test(value), message);
