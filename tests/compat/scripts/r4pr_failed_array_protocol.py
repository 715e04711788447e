"""A result whose kernel failed (a Cholesky of a non-positive-definite matrix): its shape, length, iteration
and the ambiguity of its truth are known without reading it; reading it raises MXNetError."""
import mxnet as mx


def show(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__, repr(out).replace("\n", "|"))
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(label, "-> error", type(e).__name__)


def legacy():
    return mx.nd.linalg.potrf(mx.nd.array([[-1.0, 0], [0, -2.0]]))


def numpy_mode():
    return mx.np.linalg.cholesky(mx.np.array([[-1.0, 0], [0, -2.0]]))


for name, make in (("nd", legacy), ("np", numpy_mode)):
    if name == "np":
        mx.npx.set_np()
    show(f"{name} shape", lambda: make().shape)
    show(f"{name} size", lambda: make().size)
    show(f"{name} len", lambda: len(make()))
    show(f"{name} bool", lambda: bool(make()))
    show(f"{name} iter shapes", lambda: [x.shape for x in make()])
    show(f"{name} row shape", lambda: make()[0].shape)
    show(f"{name} repr", lambda: repr(make()))
    show(f"{name} str", lambda: str(make()))
    show(f"{name} asnumpy", lambda: make().asnumpy())
    show(f"{name} after", lambda: (mx.nd.ones((1,)) * 2).asnumpy().tolist())
