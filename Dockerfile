# Model Guide: multi-stage build. The final image holds production dependencies, dist/ and knowledge/ only.
# test/app/production-layout.test.ts replays these steps by hand (there is no Docker engine in CI):
# keep every instruction one that test understands (FROM, WORKDIR, ENV, COPY, RUN, USER, EXPOSE, HEALTHCHECK, CMD).

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --prefer-offline
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
RUN npm run build
# An empty folder for the owners' report, copied below as the node user's: a volume mounted on it keeps that owner.
RUN mkdir -p data

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --prefer-offline
COPY --from=build /app/dist ./dist
# The default knowledge; mount your own over it: -v "$PWD/knowledge:/app/knowledge:ro"
COPY knowledge ./knowledge
# The owners' report (report.sqlite) when Redis is not configured; keep it with -v model-guide-data:/app/data
COPY --from=build --chown=node:node /app/data ./data
# The image's unprivileged user (uid 1000), from the node base image.
USER node
ENV PORT=3000 KNOWLEDGE_DIR=/app/knowledge DATA_DIR=/app/data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/app/healthcheck.js"]
CMD ["node", "dist/main.js"]
