"""MXNet's once-per-process advice on stderr when softmax (log_softmax, softmin) or norm reduce float16 data,
read back from the process's stderr."""
# recorded on AVX2
import os
import re
import sys
import tempfile

import mxnet as mx


def logged(call):
    """What ``call`` writes on the process's stderr (file descriptor 2), each line without its time."""
    with tempfile.TemporaryFile() as f:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            call()
            mx.nd.waitall()
        except mx.base.MXNetError as e:
            print("   raises", str(e).splitlines()[-1][:90])
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        text = f.read().decode()
    return [re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", line) for line in text.splitlines() if line.strip()]


h = mx.nd.array([[1, 2, 3], [4, 5, 6]], dtype="float16")
CALLS = [
    ("softmax float32", lambda: mx.nd.softmax(h.astype("float32"))),
    ("norm float32", lambda: mx.nd.norm(h.astype("float32"))),
    ("norm ord=3", lambda: mx.nd.norm(h, ord=3)), ("np.linalg.norm", lambda: mx.np.linalg.norm(h.as_np_ndarray())),
    ("log_softmax", lambda: mx.nd.log_softmax(h)), ("softmax", lambda: mx.nd.softmax(h)),
    ("softmin", lambda: mx.nd.softmin(h)),
    ("npx.softmax", lambda: mx.npx.softmax(h.as_np_ndarray())), ("norm axis 1", lambda: mx.nd.norm(h, axis=1)),
    ("norm", lambda: mx.nd.norm(h)), ("sum", lambda: mx.nd.sum(h)),
]
for name, call in CALLS:
    print(name, logged(call))
