"""Integer data into float-only kernels (Activation, LeakyReLU, Pooling): the call returns, reading the result
(or a gradient) raises the kernel's type-switch error once."""
import mxnet as mx

nn = mx.gluon.nn


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


LAYERS = [("Activation", lambda: nn.Activation("sigmoid"), (2, 3)), ("LeakyReLU", lambda: nn.LeakyReLU(0.1), (2, 3)),
          ("ELU", lambda: nn.ELU(), (2, 3)), ("MaxPool1D", lambda: nn.MaxPool1D(), (1, 2, 4)),
          ("AvgPool2D", lambda: nn.AvgPool2D(), (1, 1, 4, 4)), ("GlobalMaxPool1D", lambda: nn.GlobalMaxPool1D(), (1, 2, 3))]
for name, make, shape in LAYERS:
    for dtype in ("int32", "uint8"):
        for hybridize in (False, True):
            net = make()
            if hybridize:
                net.hybridize()
            x = mx.nd.ones(shape, dtype=dtype)
            x.attach_grad()
            label = f"{name} {dtype} hybridized={hybridize}"
            with mx.autograd.record():
                y = net(x)
            print(label, "returns", y.shape, y.dtype)
            attempt("  backward", lambda: y.backward())
            attempt("  read output", lambda: y.asnumpy().tolist())
            attempt("  read gradient", lambda: x.grad.asnumpy().tolist())
            attempt("  waitall", mx.nd.waitall)

attempt("PReLU int32 data, float32 alpha", lambda: (lambda n: (n.initialize(), n(mx.nd.ones((2, 3), dtype="int32")))[1])(
    nn.PReLU()).shape)
attempt("nd.LeakyReLU int8", lambda: mx.nd.LeakyReLU(mx.nd.ones((2,), dtype="int8"), act_type="elu").asnumpy())
attempt("waitall", mx.nd.waitall)
