# Build: docker build -t mynacard-api .
# Run (embedded PostgreSQL, data kept in the volume):  docker run -p 8080:8080 -v mynacard-data:/data mynacard-api
# Run against your PostgreSQL: add -e MYNACARD_DB_HOST=... -e MYNACARD_DB_NAME=... -e MYNACARD_DB_USER=... -e MYNACARD_DB_PASSWORD=...
# With PostgreSQL 16 beside it: docker compose up (compose.yaml).
#
# The base images are pinned to a release of Temurin 17 on Ubuntu 22.04; pin them to a digest too where
# your registry is reachable (docker buildx imagetools inspect <image>). Both are arguments so that a
# mirror or an equivalent image can stand in (.ci/checks/container-image.sh builds with a local one).
ARG BUILD_IMAGE=eclipse-temurin:17.0.15_6-jdk-jammy
ARG RUNTIME_IMAGE=eclipse-temurin:17.0.15_6-jre-jammy

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# The dependency layer: Maven, the dependencies and the plugins are downloaded again only when the POM
# changes (Quarkus' build-time artifacts come with the package step; go-offline asks for dev-mode ones).
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins
COPY openapi.yaml ./
COPY src src
COPY data data
RUN ./mvnw -B -Dmaven.test.skip=true package

FROM ${RUNTIME_IMAGE}
# The service and its embedded database run as an unprivileged user; /data keeps the database.
RUN useradd --system --create-home --uid 1001 mynacard && mkdir /data && chown mynacard /data
USER 1001
WORKDIR /app
# The libraries first: a change of code alone replaces only the small layers after them.
COPY --from=build --chown=1001 /src/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=1001 /src/target/quarkus-app/*.jar /app/
COPY --from=build --chown=1001 /src/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=1001 /src/target/quarkus-app/quarkus/ /app/quarkus/
# The JVM settings (docs/decisions/0005-jvm-settings.md); JAVA_OPTS adds to them or overrides one.
COPY --chown=1001 src/main/jvm/jvm.options /app/jvm.options
ENV MYNACARD_EMBEDDED_DATA_DIR=/data/postgres \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS=""
VOLUME /data
EXPOSE 8080
# Healthy once the figures are served from memory (readiness); bash alone, no curl needed in the image.
# The first start imports the bundled dataset into the embedded database: give it a minute.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# SIGTERM reaches java (exec): it drains in-flight requests, then stops the embedded database.
STOPSIGNAL SIGTERM
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $JAVA_OPTS -jar /app/quarkus-run.jar \"$@\"", "--"]
