"""Legacy linalg operators refuse non-square, too-small and empty inputs in each operator's own MXNet words, and alpha 0 gives BLAS's zeros."""
import mxnet as mx
import numpy as np

nd = mx.nd


def show(label, f):
    try:
        r = f()
        for a in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, a.shape, a.asnumpy().ravel().tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        text = text[text.rfind("MXNetError: ") + 12:] if "MXNetError: " in text else text
        print(label, "MXNetError", text.split(" failed")[0] + " failed" if "inferring shapes" in text
              else text.split("\n")[0])


def arr(*shape):
    return nd.array(np.arange(np.prod(shape)).reshape(shape) % 5 - 2.0)


tri = nd.array([[2.0, 0, 0], [1, 3, 0], [-1, 2, 4]])
for name in ["potrf", "potri", "sumlogdiag", "extractdiag", "extracttrian", "inverse", "det", "slogdet"]:
    for shape in [(2, 3), (3,), (2, 3, 2)]:
        show("%s %s" % (name, shape), lambda: getattr(nd, "linalg_" + name)(arr(*shape)))
for name in ["trsm", "trmm"]:
    show(name + " (2, 3)", lambda: getattr(nd, "linalg_" + name)(arr(2, 3), arr(3, 3)))
    show(name + " (3,)", lambda: getattr(nd, "linalg_" + name)(arr(3), arr(3, 3)))
    show(name + " alpha 0", lambda: getattr(nd, "linalg_" + name)(tri, arr(3, 2), alpha=0))
for shape in [(3, 2), (3,)]:
    show("gelqf %s" % (shape,), lambda: nd.linalg_gelqf(arr(*shape)))
for n in [2, 4, 5, 7, 8, 9]:
    show("maketrian %d" % n, lambda: nd.linalg_maketrian(arr(n)))
show("gemm2 alpha 0", lambda: nd.linalg_gemm2(arr(2, 3), arr(3, 2), alpha=0))
show("gemm alpha 0", lambda: nd.linalg_gemm(arr(2, 3), arr(3, 2), arr(2, 2), alpha=0))
show("gemm2 vectors", lambda: nd.linalg_gemm2(arr(3), arr(3)))
show("syrk vector", lambda: nd.linalg_syrk(arr(3)))
empty = lambda *shape: nd.array(np.ones(shape))     # noqa: E731
show("gemm2 empty rows", lambda: nd.linalg_gemm2(empty(0, 3), arr(3, 2)))
show("gemm2 empty inner", lambda: nd.linalg_gemm2(empty(2, 0), empty(0, 2)))
show("syrk empty", lambda: nd.linalg_syrk(empty(0, 3)))
show("makediag empty", lambda: nd.linalg_makediag(empty(0)))
show("trmm empty", lambda: nd.linalg_trmm(tri, empty(3, 0)))
show("potrf empty", lambda: nd.linalg_potrf(empty(0, 3, 3)))
for alpha in [0]:
    a, b = tri.copy(), arr(3, 2)
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        y = nd.linalg_trsm(a, b, alpha=alpha, lower=True)
    y.backward(arr(3, 2))
    print("trsm grad alpha", alpha, a.grad.asnumpy().round(5).tolist(), b.grad.asnumpy().round(5).tolist())
