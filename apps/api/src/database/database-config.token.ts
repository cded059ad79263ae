/** Injection token of the {@link DatabaseConfig} the connection was opened with. */
export const DATABASE_CONFIG = Symbol('DATABASE_CONFIG');
