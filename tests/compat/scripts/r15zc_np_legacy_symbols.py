"""Legacy symbol functions (sym.contrib, linalg, image, random, _internal) given np symbols under npx.set_np()."""
import mxnet as mx


def attempt(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__, out.name)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).splitlines()[0][:120])


mx.npx.set_np()
try:
    for kind in ("np", "legacy"):
        x = mx.sym.var("x")
        x = x.as_np_ndarray() if kind == "np" else x
        attempt(kind + " contrib.SyncBatchNorm", lambda: mx.sym.contrib.SyncBatchNorm(x, x, x, x, x, key="k"))
        attempt(kind + " contrib.box_nms", lambda: mx.sym.contrib.box_nms(x))
        attempt(kind + " contrib.BilinearResize2D", lambda: mx.sym.contrib.BilinearResize2D(x, height=2, width=2))
        attempt(kind + " contrib.DeformableConvolution",
                lambda: mx.sym.contrib.DeformableConvolution(x, x, x, kernel=(1, 1), num_filter=1))
        attempt(kind + " linalg.gemm2", lambda: mx.sym.linalg.gemm2(x, x))
        attempt(kind + " linalg.potrf", lambda: mx.sym.linalg.potrf(x))
        attempt(kind + " image.to_tensor", lambda: mx.sym.image.to_tensor(x))
        attempt(kind + " image.resize", lambda: mx.sym.image.resize(x, size=2))
        attempt(kind + " random.uniform", lambda: mx.sym.random.uniform(x, x))
        attempt(kind + " random.normal", lambda: mx.sym.random.normal(loc=x, scale=x))
        attempt(kind + " _internal._plus", lambda: mx.sym._internal._plus(x, x))
        attempt(kind + " Activation", lambda: mx.sym.Activation(x, act_type="relu"))
    from mxnet.gluon.contrib import nn as cnn
    attempt("SyncBatchNorm layer, np symbol", lambda: cnn.SyncBatchNorm(in_channels=2)(mx.sym.var("x").as_np_ndarray()))
    attempt("PixelShuffle2D layer, np symbol", lambda: cnn.PixelShuffle2D(2)(mx.sym.var("x").as_np_ndarray()))
finally:
    mx.npx.reset_np()
