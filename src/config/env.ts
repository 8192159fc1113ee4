// Configuration parsed once from the environment; nothing else reads process.env.
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  /** File holding the field-encryption key; kept outside the database. */
  KEY_FILE: z.string().optional(),
  /** 'aes' (AES-256-GCM, default) or 'sm4' (SM4-GCM where a deployment asks for 国密). */
  FIELD_CIPHER: z.enum(['aes', 'sm4']).default('aes'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Secure cookies need HTTPS; on by default in production. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_PEOPLE: z.coerce.number().int().min(0).default(20000),
  DEMO_SEED: z.coerce.number().int().default(2012),
});

export type Env = z.infer<typeof envSchema> & { keyFile: string };

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const res = envSchema.safeParse(source);
  if (!res.success) {
    const lines = res.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = res.data;
  return { ...env, keyFile: env.KEY_FILE ?? `${env.DATA_DIR}/secret.key` };
}
