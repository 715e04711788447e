"""MXNet's once-per-process advice on stderr when softmax (log_softmax, softmin) or norm reduce float16 data,
read back from the process's stderr."""
# recorded on AVX2

import mxnet as mx

from _stderr import stderr_of


def logged(call):
    """What ``call`` writes on the process's stderr (file descriptor 2), each line without its time."""
    def run():
        call()
        mx.nd.waitall()
    res, lines = stderr_of(run)
    if isinstance(res, mx.base.MXNetError):
        print("   raises", str(res).splitlines()[-1][:90])
    elif isinstance(res, Exception):
        raise res
    return [line for line in lines if line.strip()]


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
