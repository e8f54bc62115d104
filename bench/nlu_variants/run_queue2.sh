#!/bin/bash
# After convert_minilm.py: static table, LR C by CV, encoder cost, then the variants given.
set -u
export OMP_NUM_THREADS=1 TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1
export TF_CPP_MIN_LOG_LEVEL=2 RASA_TELEMETRY_ENABLED=false RASA_MAX_CACHE_SIZE=0 PYTHONPATH=.
if [ ! -f onnx/minilm_static.npy ]; then
  echo "=== distil $(date +%T)"
  nice -n 19 venv/bin/python bench/nlu_variants/distil_static.py 2>&1 | tail -1
fi
echo "=== logreg C by CV $(date +%T)"
nice -n 19 venv/bin/python bench/nlu_variants/embed_cache.py fp32 int8 static 2>&1 | grep -E "^(fp32|int8|static) "
echo "=== encode_cost $(date +%T)"
nice -n 19 venv/bin/python bench/nlu_variants/encode_cost.py 2>&1 | grep -v -i warn | tail -12
bash bench/nlu_variants/run_variants.sh "$@"
