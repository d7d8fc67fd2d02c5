# Build: docker build -t mynacard-api .
# Run (embedded PostgreSQL, data kept in the volume):  docker run -p 8080:8080 -v mynacard-data:/data mynacard-api
# Run against your PostgreSQL: add -e MYNACARD_DB_HOST=... -e MYNACARD_DB_NAME=... -e MYNACARD_DB_USER=... -e MYNACARD_DB_PASSWORD=...
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY data data
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
# The service and its embedded database run as an unprivileged user; /data keeps the database.
RUN useradd --system --create-home --uid 1001 mynacard && mkdir /data && chown mynacard /data
USER 1001
WORKDIR /app
COPY --from=build --chown=1001 /src/target/quarkus-app/ /app/
ENV MYNACARD_EMBEDDED_DATA_DIR=/data/postgres \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-Xmx256m -XX:+UseG1GC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -Xss512k -XX:MaxDirectMemorySize=64m"
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar \"$@\"", "--"]
