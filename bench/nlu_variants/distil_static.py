"""Build step for the static variant: one vector per wordpiece, distilled from the encoder.

Each vocabulary entry is run alone through the fp32 ONNX encoder as "[CLS] piece [SEP]"
and its mean-pooled output kept (the Model2Vec idea, without PCA or frequency
weighting). A sentence is then the mean of its pieces' vectors: no network at run time.

    PYTHONPATH=. nice -n 19 venv/bin/python bench/nlu_variants/distil_static.py
writes onnx/minilm_static.npy (30522 x 384 float32, ~47 MB; float16 would halve it).
"""

import time

import numpy as np
import onnxruntime as ort

CLS, SEP, VOCAB = 101, 102, 30522
opts = ort.SessionOptions()
opts.intra_op_num_threads = 1
sess = ort.InferenceSession("onnx/minilm_fp32.onnx", opts, providers=["CPUExecutionProvider"])
table = np.zeros((VOCAB, 384), np.float32)
t0 = time.process_time()
for start in range(0, VOCAB, 1024):
    ids = np.arange(start, min(start + 1024, VOCAB), dtype=np.int32)
    batch = np.stack([np.full_like(ids, CLS), ids, np.full_like(ids, SEP)], axis=1)
    table[ids] = sess.run(
        None,
        {
            "input_ids": batch,
            "attention_mask": np.ones_like(batch),
            "token_type_ids": np.zeros_like(batch),
        },
    )[0]
np.save("onnx/minilm_static.npy", table)
print(f"static table {table.shape} in {time.process_time() - t0:.1f}s CPU")
