import { z } from 'zod';

/** A list in a query string: `a,b` or repeated `k=a&k=b`. */
export const csvList = z.preprocess(
  (v) => (v === undefined || v === '' ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter(Boolean)),
  z.array(z.string()).optional(),
);
export const optionalBool = z.preprocess((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === true), z.boolean().optional());
export const optionalInt = z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), z.number().int().optional());
