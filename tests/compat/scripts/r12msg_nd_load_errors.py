"""nd.load and nd.load_frombuffer of cut, foreign and missing files fail at the read MXNet's checks name."""
import os
import re
import tempfile

import mxnet as mx


def essential(error):
    """The message's last line, without a C++ traceback or repeated type name."""
    return re.sub(r"^MXNetError: ", "", str(error).strip().split("\n")[-1])


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, essential(e))


folder = tempfile.mkdtemp()
path = os.path.join(folder, "cut.params")
mx.nd.save(path, {"a": mx.nd.array([1, 2, 3]), "bb": mx.nd.array([[1, 2]], dtype="int32")})
raw = open(path, "rb").read()
for cut in range(0, len(raw), 3):
    with open(path, "wb") as f:
        f.write(raw[:cut])
    attempt(f"file cut at {cut}", lambda: mx.nd.load(path))
    attempt(f"buffer cut at {cut}", lambda: mx.nd.load_frombuffer(raw[:cut]))
for label, data in [("json", b'{"a": 1}'), ("text", b"these are not arrays at all"), ("zeros", bytes(24))]:
    with open(path, "wb") as f:
        f.write(data)
    attempt(label, lambda: mx.nd.load(path))
    attempt(label + " buffer", lambda: mx.nd.load_frombuffer(data))
attempt("directory", lambda: mx.nd.load(folder))
attempt("int name", lambda: mx.nd.load(3))
attempt("kvstore nccl", lambda: mx.kv.create("nccl"))
attempt("kvstore Local_NCCL", lambda: mx.kv.create("Local_NCCL"))
import shutil
shutil.rmtree(folder)
