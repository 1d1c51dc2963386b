/**
 * Files of every database module whose choice.ts declares `credentials`: a required secret config
 * value, and its copy in each region. Generator only, not copied into projects.
 */
export const credentialFiles = ["src/secrets.ts", "src/database/shared/secret.ts", "test/database/shared/secret.test.ts"] as const;
