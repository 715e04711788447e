"""nd.sparse.add/subtract/multiply/divide with numbers, arrays of one shape, broadcast shapes and refused operands."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def show(x):
    """An array's class, storage, shape, dtype and values (or the error its first read raises)."""
    if not isinstance(x, nd.NDArray):
        return repr(x)
    head = f"{type(x).__name__} {x.stype} {x.shape} {np.dtype(x.dtype).name}"
    try:
        return f"{head} {x.asnumpy().tolist()}"
    except Exception as e:
        return f"{head} read -> {words(e)}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))
sp = nd.sparse
A = np.array([[0, 2, 0], [4, 0, 8]], dtype=np.float32)
csr, rsp, dns = nd.array(A).tostype("csr"), nd.array(A).tostype("row_sparse"), nd.array(A)
for name in ["add", "subtract", "multiply", "divide"]:
    fn = getattr(sp, name)
    for label, x in [("csr", csr), ("rsp", rsp), ("dns", dns)]:
        attempt(f"{name}({label}, 2)", lambda: fn(x, 2))
        attempt(f"{name}(2, {label})", lambda: fn(2, x))
        attempt(f"{name}(np.float32(4), {label})", lambda: fn(np.float32(4), x))
        attempt(f"{name}({label}, same)", lambda: fn(x, x))
        attempt(f"{name}({label}, row)", lambda: fn(x, nd.array([[1, 2, 4]])))
        attempt(f"{name}({label}, col)", lambda: fn(x, nd.array([[2], [4]])))
    attempt(f"{name}(3, 5)", lambda: fn(3, 5))
    attempt(f"{name}(numpy, csr)", lambda: fn(np.ones((2, 3)), csr))
    attempt(f"{name}(csr, numpy)", lambda: fn(csr, np.ones((2, 3))))
    attempt(f"{name}(csr, list)", lambda: fn(csr, [1, 2, 3]))
    attempt(f"{name}(csr, None)", lambda: fn(csr, None))
