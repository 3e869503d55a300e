import { defineConfig } from 'prisma/config';

// DATABASE_URL is read with process.env rather than env(): env() throws when the
// variable is unset, which breaks `prisma generate` during a fresh `npm install`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
