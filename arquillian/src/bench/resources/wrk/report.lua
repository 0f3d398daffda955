-- Prints one line the benchmark parses: counts, latency percentiles in microseconds, and every kind of failure
-- (non2xx: answers with a status of 400 or more, as wrk counts them).
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "WRK requests=%d duration_us=%d non2xx=%d connect=%d read=%d write=%d timeout=%d mean_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
      summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
      latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
