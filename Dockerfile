# Opastin server: one instance. Several instances share REDIS_URL and DATABASE_URL
# (README: "Running several instances"). Untested: no Docker engine runs where this was written.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
# The browser code is built once here, so the image starts without writing to /app.
RUN npm ci && npm run build:web && mkdir -p data && chown node:node data
USER node
ENV PORT=3978
EXPOSE 3978
CMD ["node", "--import", "tsx", "bot/index.ts"]
