#!/bin/sh
# The image's ./spoor: the same JVM flags as ./spoor and the Maven tests (pom.xml spoor.jvm.flags), then
# SPOOR_JAVA_OPTS, then the command (serve, user add, purpose add, ingest, status, …).
exec java --enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED -XX:+UseG1GC \
  ${SPOOR_JAVA_OPTS:-} -jar /opt/spoor/spoor.jar "$@"
