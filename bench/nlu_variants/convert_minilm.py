"""Build step: MiniLM (safetensors from the pinned wheel) -> ONNX fp32 and dynamic int8.

Run with the conversion packages first on the path (they need protobuf 3.20.x, which
the Rasa venv must not get):

    PYTHONPATH=/work/nlu-exp/convert-pkgs nice -n 19 venv/bin/python \
        bench/nlu_variants/convert_minilm.py minilm onnx

The ONNX graph takes input_ids / attention_mask / token_type_ids (int32, dynamic batch
and length) and returns the mean-pooled (attention-masked) sentence embedding, 384 wide,
not yet L2-normalised (the featurizer normalises).
"""

import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np
import tensorflow as tf


def main(model_dir: str, out_dir: str) -> None:
    from transformers import TFAutoModel

    os.makedirs(out_dir, exist_ok=True)
    model = TFAutoModel.from_pretrained(model_dir)  # reads model.safetensors, no hub

    spec = [
        tf.TensorSpec((None, None), tf.int32, name="input_ids"),
        tf.TensorSpec((None, None), tf.int32, name="attention_mask"),
        tf.TensorSpec((None, None), tf.int32, name="token_type_ids"),
    ]

    @tf.function(input_signature=spec)
    def encode(input_ids, attention_mask, token_type_ids):
        hidden = model(
            input_ids=input_ids,
            attention_mask=attention_mask,
            token_type_ids=token_type_ids,
            training=False,
        ).last_hidden_state
        mask = tf.cast(attention_mask, hidden.dtype)[:, :, None]
        summed = tf.reduce_sum(hidden * mask, axis=1)
        count = tf.maximum(tf.reduce_sum(mask, axis=1), 1e-9)
        return tf.identity(summed / count, name="sentence_embedding")

    import tf2onnx

    fp32 = os.path.join(out_dir, "minilm_fp32.onnx")
    t0 = time.time()
    tf2onnx.convert.from_function(encode, input_signature=spec, opset=13, output_path=fp32)
    print(f"fp32 written in {time.time() - t0:.1f}s", os.path.getsize(fp32))

    from onnxruntime.quantization import QuantType, quantize_dynamic

    int8 = os.path.join(out_dir, "minilm_int8.onnx")
    quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8)
    print("int8 written", os.path.getsize(int8))

    # Check: ONNX fp32 equals TensorFlow on a sentence.
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
    enc = tok.encode("can I look at the picture")
    feed = {
        "input_ids": np.array([enc.ids], np.int32),
        "attention_mask": np.array([enc.attention_mask], np.int32),
        "token_type_ids": np.array([enc.type_ids], np.int32),
    }
    ref = encode(**{k: tf.constant(v) for k, v in feed.items()}).numpy()[0]
    for path in (fp32, int8):
        sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
        out = sess.run(None, feed)[0][0]
        cos = float(out @ ref / np.linalg.norm(out) / np.linalg.norm(ref))
        print(
            os.path.basename(path),
            "cosine vs TF",
            round(cos, 4),
            "inputs",
            [i.name for i in sess.get_inputs()],
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
