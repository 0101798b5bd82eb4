# Briefing bot image: built with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t briefing-bot .
#   docker run --rm -it -v briefing-data:/data briefing-bot
# Settings come from environment variables (TELEGRAM_BOT_TOKEN, SLACK_BOT_TOKEN, BRIEFING_DB_URL, ...)
# and from /app/config/briefing.yml, which can be replaced with a mounted file.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
# config/articles/nato-russia.txt is the app's bundled sample, packed into the jar by app/pom.xml.
COPY config/ config/
COPY bot-core/ bot-core/
COPY adapters/ adapters/
COPY app/ app/
COPY benchmarks/ benchmarks/
COPY loadtest/ loadtest/
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app briefing \
    && mkdir -p /data && chown briefing /data
WORKDIR /app
COPY --from=build /src/app/target/briefing.jar /app/briefing.jar
COPY --from=build /src/app/target/lib/ /app/lib/
COPY config/ /app/config/
COPY app/src/main/docker/healthcheck.sh /app/healthcheck.sh
USER briefing
# The embedded H2 database lives on the volume; set BRIEFING_DB_URL to use PostgreSQL instead.
ENV BRIEFING_DB_URL=jdbc:h2:file:/data/briefing
VOLUME /data
# Admin port: GET /healthz (live), /readyz (database up, platforms connected, not stopping) and
# /metrics (Prometheus), and the operator pages (playground, status), which need
# BRIEFING_ADMIN_TOKEN here: without a token they answer only on loopback, and requests through
# Docker's bridge are not. Logs go to stderr; BRIEFING_LOG_FORMAT=json for a log collector.
ENV BRIEFING_ADMIN_PORT=8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["/app/healthcheck.sh"]
# Telegram webhook (TELEGRAM_WEBHOOK_PORT) and Slack HTTP mode (SLACK_HTTP_PORT), when used.
EXPOSE 8081 8443 3000
# 384 MB of heap holds 10,000 articles in under 512 MB of RSS; raise -Xmx for a larger corpus.
# On SIGTERM (docker stop) the bot stops taking messages, drains its send queues, lets running
# digests finish and closes the database: give it 60 s (docker stop -t 60, stop_grace_period).
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx384m", "-jar", "/app/briefing.jar"]
CMD ["run", "--config", "/app/config/briefing.yml"]
