"""Image record iterators given a valid dtype they cannot fill fail in MXNet's words, at creation."""
import os
import re

import mxnet as mx

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "image", "data")
REC, DET = os.path.join(DATA, "small.rec"), os.path.join(DATA, "det.rec")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        message = str(e).strip().split("\n")[-1].replace("MXNetError: ", "")
        print(label, "raised", type(e).__name__, re.sub(r"\[[\d:]+\] \S+:\d+: ", "", message))


for dtype in ["float32", "uint8", "int8", "float16", "float64", "int32", "int64", None]:
    attempt(f"ImageRecordIter {dtype}", lambda: mx.io.ImageRecordIter(
        path_imgrec=REC, data_shape=(3, 8, 8), batch_size=1, dtype=dtype).next().data[0].dtype)
    attempt(f"ImageDetRecordIter {dtype}", lambda: mx.io.ImageDetRecordIter(
        path_imgrec=DET, data_shape=(3, 8, 8), batch_size=1, dtype=dtype).next().data[0].dtype)
