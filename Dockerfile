# Briefing bot image: built with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t briefing-bot .
#   docker run --rm -it -v briefing-data:/data briefing-bot
# Settings come from environment variables (tokens later: TELEGRAM_BOT_TOKEN, SLACK_BOT_TOKEN, ...)
# and from /app/config/briefing.yml, which can be replaced with a mounted file.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bot-core/ bot-core/
COPY adapters/ adapters/
COPY app/ app/
COPY benchmarks/ benchmarks/
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app briefing \
    && mkdir -p /data && chown briefing /data
WORKDIR /app
COPY --from=build /src/app/target/briefing.jar /app/briefing.jar
COPY --from=build /src/app/target/lib/ /app/lib/
COPY config/ /app/config/
USER briefing
# /data will hold the H2 database once storage lands (issue 3).
VOLUME /data
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "/app/briefing.jar"]
CMD ["run", "--config", "/app/config/briefing.yml"]
