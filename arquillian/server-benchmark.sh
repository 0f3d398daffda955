#!/usr/bin/env bash
# The server benchmark: a WildFly from this build, wrk on the same machine, a redis-server for the Redis store, and a
# Tencent stub that stops answering. Needs Debian's wrk and redis-tools (apt-get install wrk redis-tools).
# Takes about 10 minutes; prints its figures and writes them to arquillian/target/server-benchmark.txt.
# Options are Maven properties, e.g. -Dbench.rounds=3 -Dbench.round.seconds=5 -Dbench.warmup.seconds=10
set -euo pipefail
command -v wrk > /dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
command -v redis-cli > /dev/null || { echo "redis-tools is not installed: apt-get install redis-tools" >&2; exit 1; }
cd "$(dirname "$0")/.."
mvn -B -pl arquillian -am verify -Pserver-benchmarks -Dskip.payara -Dskip.liberty -Dskip.cluster \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat arquillian/target/server-benchmark.txt
