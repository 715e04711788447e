"""What a failed linalg.potrf leaves in its output once its error was raised: the input copied, earlier matrices factored (their other triangle as copied), the failed one up to its non-positive pivot (kept), later ones as copied; lower and upper, vectors, out= and recorded."""
import mxnet as mx
import numpy as np


def show(label, r):
    try:
        r.asnumpy()
        print(label, "no error")
    except mx.base.MXNetError as e:
        print(label, "raised:", str(e).strip().split("\n")[-1][:80])
    print("   left:", r.shape, np.round(r.asnumpy(), 5).tolist())


cases = [[[1., 2], [2, 1]], [[4., 2, 1], [2, 1, 3], [1, 3, 5]], [[4., 2, 1], [2, 5, 3], [1, 3, -5]], [[-1., 2], [2, 1]],
         [[[4., 2], [2, 5]], [[1., 2], [2, 1]]], [[[1., 2], [2, 1]], [[4., 2], [2, 5]]], [[4., 7, 1], [2, 1, 3], [1, 3, 5]],
         [-1.], [[-1.]], [[[2., 1], [1, 2]], [[1, 3], [3, 1]]]]
for A in cases:
    for lower in (True, False):
        for dtype in ("float32", "float64"):
            show(f"potrf {np.shape(A)} lower={lower} {dtype}", mx.nd.linalg.potrf(mx.nd.array(A, dtype=dtype), lower=lower))
out = mx.nd.ones((1, 3, 3)) * 9
mx.nd.linalg.potrf(mx.nd.array([[[4., 2, 1], [2, 1, 3], [1, 3, 5]]]), out=out)
show("out=", out)
a = mx.nd.array([[4., 1], [2, -1]])
a.attach_grad()
with mx.autograd.record():
    low = mx.nd.linalg.potrf(a)
low.backward()
show("recorded, its gradient", a.grad)
show("recorded", low)
mx.nd.waitall()
