# linalg operators on bad shapes, singular and batched inputs.
import numpy as np
import mxnet as mx
from mxnet import nd
A = nd.array([[4, 1], [2, 3]])
W = nd.array([[1, 2, 3], [4, 5, 6]])
for f in [lambda: nd.linalg.gelqf(W.T), lambda: nd.linalg.syevd(A), lambda: nd.linalg.inverse(W), lambda: nd.linalg.det(W), lambda: nd.linalg.potrf(W),
          lambda: nd.linalg.trsm(A, W.T), lambda: nd.linalg.gemm(A, W, W), lambda: nd.linalg.gemm2(nd.ones((2, 2, 3)), nd.ones((3, 3, 2))), lambda: nd.linalg.sumlogdiag(W),
          lambda: nd.linalg.extractdiag(nd.ones((3,))), lambda: nd.linalg.makediag(nd.ones((2, 2))), lambda: nd.linalg.maketrian(nd.ones((4,))), lambda: nd.linalg.extracttrian(W),
          lambda: nd.linalg.slogdet(nd.zeros((2, 2))), lambda: nd.linalg.det(nd.zeros((2, 2))), lambda: nd.linalg.inverse(nd.zeros((2, 2))), lambda: nd.linalg.potri(nd.array([[0, 0], [0, 1.]])),
          lambda: nd.linalg.syrk(nd.ones((2, 3, 4)), transpose=True), lambda: nd.linalg.gemm2(A, A, axis=-3), lambda: nd.linalg.gemm2(nd.ones((2, 3, 2)), nd.ones((3, 2, 2)), axis=0),
          lambda: nd.linalg.trmm(A, A, lower=False, rightside=True, transpose=True), lambda: nd.linalg.sumlogdiag(nd.array([[-1, 0], [0, 2]])), 
          lambda: nd.linalg.det(nd.ones((0, 0))) ]:
    try:
        r = f()
        r = r if isinstance(r, (list, tuple)) else [r]
        print([np.round(x.asnumpy(), 4).tolist() for x in r], [x.shape for x in r])
    except Exception as e: print("error", type(e).__name__)
