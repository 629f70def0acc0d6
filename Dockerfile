# Careleaf: production image. Used by docker-compose.yml; see README "Docker".
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The PDF worker bundle (dist/pdf-worker) and the Next.js build.
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 3000
# Applies committed migrations, seeds what is missing, then serves the build (scripts/next-server.mjs: `next start` behind our own HTTP server).
CMD ["npx", "tsx", "scripts/portal.ts", "start"]
