#!/bin/bash
# The same measurements on the project's newer training data (with the 6 added topic
# intents), copied to data_new/nlu: LR C-by-CV for MiniLM fp32/int8 and blind runs.
set -u
export OMP_NUM_THREADS=1 TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1
export TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false RASA_MAX_CACHE_SIZE=0 PYTHONPATH=.
for v in D1_minilm_logreg D3_minilm_int8_logreg A_sparse_diet; do
  echo "=== $v newdata $(date +%T)"
  nice -n 19 venv/bin/python bench/nlu_variants/run_variant.py bench/nlu_variants/configs/$v.yml \
    --nlu data_new/nlu --tag _newdata --skip-cv > bench/nlu_variants/out/${v}_newdata.log 2>&1
  grep -a "^${v}_newdata:" bench/nlu_variants/out/${v}_newdata.log
  if [ $v = D1_minilm_logreg ]; then
    echo "=== LR CV newdata $(date +%T)"
    NLU_DIR=data_new/nlu TAG=_newdata nice -n 19 venv/bin/python bench/nlu_variants/embed_cache.py fp32 int8 2>&1 | grep -E "^(fp32|int8) "
  fi
done
echo "=== done $(date +%T)"
