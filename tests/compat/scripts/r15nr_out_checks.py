"""out= arrays refused in the order MXNet's imperative call checks them: the output count, then each op's shape
and type inference (take, Pad and LeakyReLU check types before their out= shape), in each op's words."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        shown = [o.asnumpy().tolist() for o in r] if isinstance(r, list) else r.asnumpy().tolist()
        print(label, "->", shown)
    except Exception as e:
        print(label, "->", words(e))


x = nd.array([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])
for shape in [(2, 3), (3,), (3, 2)]:
    for dtype in ["float32", "int32", "float64"]:
        tag = f"{shape} {dtype}"
        attempt(f"take {tag}", lambda: nd.take(x, nd.array([0, 1]), out=nd.zeros(shape, dtype=dtype)))
        attempt(f"concat {tag}", lambda: nd.concat(x[0:1], x[1:2], dim=0, out=nd.zeros(shape, dtype=dtype)))
        attempt(f"stack {tag}", lambda: nd.stack(x[0], x[1], out=nd.zeros(shape, dtype=dtype)))
        attempt(f"cast {tag}", lambda: nd.cast(x, dtype="int32", out=nd.zeros(shape, dtype=dtype)))
        attempt(f"amp_cast {tag}", lambda: nd.amp_cast(x, dtype="float16", out=nd.zeros(shape, dtype=dtype)))
        attempt(f"LeakyReLU {tag}", lambda: nd.LeakyReLU(x, out=nd.zeros(shape, dtype=dtype)))
        attempt(f"SwapAxis {tag}", lambda: nd.SwapAxis(x, out=nd.zeros(shape, dtype=dtype)))
        attempt(f"add_n {tag}", lambda: nd.add_n(x, x, out=nd.zeros(shape, dtype=dtype)))
        attempt(f"split {tag}", lambda: nd.split(x, num_outputs=2, axis=0, out=nd.zeros(shape, dtype=dtype)))
        attempt(f"split 3 ways {tag}", lambda: nd.split(x, num_outputs=3, out=nd.zeros(shape, dtype=dtype)))
attempt("split two outs", lambda: nd.split(x, num_outputs=2, axis=0, out=[nd.zeros((1, 3)), nd.zeros((1, 3))]))
attempt("split three outs", lambda: nd.split(x, num_outputs=2, axis=0, out=[nd.zeros((1, 3))] * 3))
for dtype in ["bool"]:
    attempt(f"exp {dtype}", lambda: nd.exp(x, out=nd.zeros((2, 3), dtype=dtype)))
    attempt(f"take {dtype}", lambda: nd.take(x, nd.array([0]), out=nd.zeros((1, 3), dtype=dtype)))
    attempt(f"cast to {dtype}", lambda: nd.cast(x, dtype=dtype, out=nd.zeros((2, 3))))
    attempt(f"concat {dtype}", lambda: nd.concat(x, x, out=nd.zeros((2, 6), dtype=dtype)))
    attempt(f"one_hot {dtype}", lambda: nd.one_hot(nd.array([0, 1]), 3, out=nd.zeros((2, 3), dtype=dtype)))
attempt("Pad int32", lambda: nd.Pad(nd.ones((1, 1, 2, 2)), mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1),
                                    out=nd.zeros((3,), dtype="int32")))
