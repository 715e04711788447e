"""linalg operators on float16 under autograd: the forward and the backward fail as MXNet's kernels (MXNetError
when read), not with numpy's TypeError."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

a0 = np.eye(3, dtype=np.float16) * 2 + 0.25
CASES = {"det": nd.linalg.det, "inverse": nd.linalg.inverse, "potrf": nd.linalg.potrf, "potri": nd.linalg.potri,
         "syrk": nd.linalg.syrk, "sumlogdiag": nd.linalg.sumlogdiag, "trmm": lambda a: nd.linalg.trmm(a, a),
         "trsm": lambda a: nd.linalg.trsm(a, a), "gemm2": lambda a: nd.linalg.gemm2(a, a),
         "gelqf": lambda a: nd.linalg.gelqf(a[0:2])[1], "slogdet": lambda a: nd.linalg.slogdet(a)[1],
         "extractdiag": nd.linalg.extractdiag, "makediag": lambda a: nd.linalg.makediag(a[0])}
for name, f in CASES.items():
    a = nd.array(a0, dtype="float16")
    a.attach_grad()
    try:
        with autograd.record():
            y = f(a)
        y.backward()
        print(name, a.grad.asnumpy().tolist())
    except Exception as e:
        print(name, "raises", type(e).__name__)
