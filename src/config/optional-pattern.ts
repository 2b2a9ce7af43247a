import * as z from 'zod';

/** A text field that may stay empty, and otherwise must match `pattern`. */
export const optionalPattern = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((value) => value === '' || pattern.test(value), message);
