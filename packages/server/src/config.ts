import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  MOTCUA_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** demo: seeds the demo district on an empty database at start; production: never. */
  MOTCUA_MODE: z.enum(['demo', 'production']).default('demo'),
  /** When set, every mutating API request must carry `Authorization: Bearer <token>` (until accounts land). */
  MOTCUA_API_TOKEN: z.string().min(16).optional(),
  /** Secure flag of the session cookie: auto = when the request came over HTTPS (trustProxy honoured). */
  MOTCUA_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Base URL citizens reach the app at (QR code on Mẫu 01 → /cong-dan/tra-cuu); default http://localhost:PORT. */
  MOTCUA_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});
export type Config = z.infer<typeof Env>;

/** Reads and validates the environment once; exits with every problem listed when invalid. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return { ...parsed.data, MOTCUA_PUBLIC_URL: (parsed.data.MOTCUA_PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, '') };
}
