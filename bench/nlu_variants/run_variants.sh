#!/bin/bash
# Runs the variants one after another, single-threaded and niced (2-core shared machine).
# Usage (from the experiment root): bash bench/nlu_variants/run_all.sh VARIANT...
set -u
export OMP_NUM_THREADS=1 TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1
export TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false RASA_MAX_CACHE_SIZE=0
export PYTHONPATH=.
PY=${PY:-venv/bin/python}
mkdir -p bench/nlu_variants/out
# A variant may carry a flag after a colon: D1_minilm_logreg:--skip-cv
for spec in "$@"; do
  v=${spec%%:*}; flag=""; [[ $spec == *:* ]] && flag=${spec#*:}
  echo "=== $v $flag $(date +%T)"
  nice -n 19 $PY bench/nlu_variants/run_variant.py bench/nlu_variants/configs/$v.yml $flag \
     > bench/nlu_variants/out/$v.log 2>&1
  grep -E "^$v:|fold " bench/nlu_variants/out/$v.log
done
echo "=== done $(date +%T)"
