#!/usr/bin/env bash
# wait-for.sh URL SECONDS NAME: poll URL until it answers, or fail after SECONDS.
set -u
url=$1; limit=${2:-60}; name=${3:-$1}
for _ in $(seq 1 "$limit"); do
  if curl -fsS -o /dev/null "$url" 2>/dev/null; then exit 0; fi
  sleep 1
done
echo "error: the $name did not answer at $url within ${limit}s" >&2
exit 1
