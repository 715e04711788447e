"""nd.sparse.add/subtract/multiply/divide with numbers, arrays of one shape, broadcast shapes and refused operands."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


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
