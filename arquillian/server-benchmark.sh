#!/usr/bin/env bash
# The server benchmark: a WildFly from this build, wrk on the same machine, a redis-server for the Redis store, and a
# Tencent stub that stops answering. Needs Debian's wrk and redis-server (apt-get install wrk redis-server).
# Takes about 10 minutes; prints its figures and writes them to arquillian/target/server-benchmark.txt.
# Options are Maven properties, e.g. -Dbench.rounds=3 -Dbench.round.seconds=5 -Dbench.warmup.seconds=10
set -euo pipefail
for tool in wrk redis-server; do
    command -v "$tool" > /dev/null || { echo "$tool is not installed: apt-get install $tool" >&2; exit 1; }
done
cd "$(dirname "$0")/.."
mvn -B -pl arquillian -am verify -Pserver-benchmarks -Dskip.payara -Dskip.liberty -Dskip.cluster \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat arquillian/target/server-benchmark.txt
