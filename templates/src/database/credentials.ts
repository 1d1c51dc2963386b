/**
 * Files of every database module that keeps credentials: a required secret config value, and its copy
 * in each region. Listed by those modules' choice.ts; generator only, not copied into projects.
 */
export const credentialFiles = ["src/secrets.ts", "src/database/shared/secret.ts", "test/database/shared/secret.test.ts"] as const;
