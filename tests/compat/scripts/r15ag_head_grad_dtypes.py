"""A head gradient of another dtype than its head: refused at once by elementwise backwards (naming their node),
by the other kernels when a gradient is read, in MXNet's words; grad() the same way; a Function gets it as given."""
import mxnet as mx
from mxnet import autograd, nd
from _words import words

OPS = {"x*2": lambda x: x * 2, "x*x": lambda x: x * x, "x+1": lambda x: x + 1, "1-x": lambda x: 1 - x,
       "x/3": lambda x: x / 3, "1/x": lambda x: 1 / x, "x**2": lambda x: x ** 2, "-x": nd.negative,
       "exp": nd.exp, "sin": nd.sin, "log": nd.log, "sqrt": nd.sqrt, "relu": nd.relu, "sigmoid": nd.sigmoid,
       "tanh": nd.tanh, "square": nd.square, "abs": nd.abs, "clip": lambda x: nd.clip(x, 0, 1),
       "flip": lambda x: nd.flip(x, axis=0), "softmax": nd.softmax, "log_softmax": nd.log_softmax,
       "transpose": nd.transpose, "dot": lambda x: nd.dot(x, x.T), "FC": lambda x: nd.FullyConnected(
           x, nd.ones((2, 3)), num_hidden=2, no_bias=True), "Activation": lambda x: nd.Activation(x, act_type="relu"),
       "concat": lambda x: nd.concat(x, x, dim=0), "max": lambda x: nd.max(x, axis=0),
       "slice_axis": lambda x: nd.slice_axis(x, axis=0, begin=0, end=1), "take": lambda x: nd.take(x, nd.array([0])),
       "sum": lambda x: nd.sum(x, axis=0), "reshape": lambda x: x.reshape((3, 2)), "x[1]": lambda x: x[1]}


def run(make, dtype, via):
    x = nd.array([[0.2, 0.4, 0.6], [0.8, 1.0, 1.2]])
    x.attach_grad()
    with autograd.record():
        y = make(x)
    head = nd.ones(y.shape, dtype=dtype)
    try:
        if via == "backward":
            y.backward(head)
            got = x.grad
        else:
            got = autograd.grad(y, [x], head)[0]
    except Exception as e:
        return "at once: " + words(e)
    try:
        return got.asnumpy().round(4).tolist()
    except Exception as e:
        return "when read: " + words(e)


for name, make in OPS.items():
    for dtype in ("float64", "float16", "int32"):
        print(name, dtype, run(make, dtype, "backward"))
    print(name, "grad", run(make, "float64", "grad"))


class Seen(autograd.Function):
    def forward(self, x):
        return x * 2

    def backward(self, dy):
        print("Function backward got", dy.dtype.__name__)
        return dy.astype("float32") * 2


x = nd.array([1.0, 2.0])
x.attach_grad()
with autograd.record():
    y = Seen()(x)
y.backward(nd.array([3, 4], dtype="int32"))
print("Function gradient", x.grad.asnumpy().tolist())
