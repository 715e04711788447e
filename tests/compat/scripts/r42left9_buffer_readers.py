"""The node a gradient buffer of another shape or dtype is refused in: MXNet's sum of a variable's gradients leaves out zeros_like gradients (comparisons, isnan, round, argmax, BlockGrad, nodes only zeros reach), naming the one left, the first zero node (node_<n>_in<i>_backward for several inputs) or sum_grad."""
import re

import mxnet as mx


def words(e):
    text = str(e).split("\n")[-1] if "Traceback" in str(e) else str(e)
    return re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text).strip()


def run(name, f, shape=(2, 2), dtype="float64", which=0):
    x = mx.nd.array([1., 2, 3, 4]).reshape((2, 2))
    y = mx.nd.array([1., 0, 3, 5]).reshape((2, 2))
    bufs = [mx.nd.zeros(shape, dtype=dtype), mx.nd.zeros((2, 2))]
    mx.autograd.mark_variables([x, y], bufs if which == 0 else bufs[::-1])
    try:
        with mx.autograd.record():
            z = f(x, y)
        z.backward()
        print(name, shape, dtype, which, "ok")
    except mx.base.MXNetError as e:
        print(name, shape, dtype, which, words(e))


N = mx.nd.NDArray.as_np_ndarray
cases = {
    "contrib.isnan": lambda x, y: mx.nd.contrib.isnan(x),
    "contrib.isinf": lambda x, y: mx.nd.contrib.isinf(x),
    "contrib.isfinite": lambda x, y: mx.nd.contrib.isfinite(x),
    "np.isnan": lambda x, y: mx.np.isnan(N(x)).as_nd_ndarray(),
    "np.isfinite": lambda x, y: mx.np.isfinite(N(x)).as_nd_ndarray(),
    "np.around": lambda x, y: mx.np.around(N(x)).as_nd_ndarray(),
    "np.argmax": lambda x, y: mx.np.argmax(N(x), axis=0).as_nd_ndarray(),
    "np.zeros_like": lambda x, y: mx.np.zeros_like(N(x)).as_nd_ndarray(),
    "np x>2": lambda x, y: (N(x) > 2).as_nd_ndarray(),
    "np x==y": lambda x, y: (N(x) == N(y)).as_nd_ndarray(),
    "np sign": lambda x, y: mx.np.sign(N(x)).as_nd_ndarray(),
    "x>2": lambda x, y: x > 2,
    "2<x": lambda x, y: 2 < x,
    "x==x": lambda x, y: x == x,
    "x==y": lambda x, y: x == y,
    "logical_and": lambda x, y: mx.nd.logical_and(x, y),
    "x*x": lambda x, y: x * x,
    "round(x)+x": lambda x, y: mx.nd.round(x) + x,
    "floor(x)*ceil(x)": lambda x, y: mx.nd.floor(x) * mx.nd.ceil(x),
    "ceil(x)*floor(x)": lambda x, y: mx.nd.ceil(x) * mx.nd.floor(x),
    "(x>2)+(x<1)+(x==3)": lambda x, y: (x > 2) + (x < 1) + (x == 3),
    "sin(x)*(x>1)": lambda x, y: mx.nd.sin(x) * (x > 1),
    "sin(x)*(x>1)*exp(x)": lambda x, y: mx.nd.sin(x) * (x > 1) * mx.nd.exp(x),
    "(x>3)+(x==x)": lambda x, y: (x > 3) + (x == x),
    "equal(x>3,x)": lambda x, y: mx.nd.broadcast_equal(x > 3, x),
    "exp(x)+floor(sin(x))": lambda x, y: mx.nd.exp(x) + mx.nd.floor(mx.nd.sin(x)),
    "floor(sin(x))": lambda x, y: mx.nd.floor(mx.nd.sin(x)),
    "floor(sin(x)*x)": lambda x, y: mx.nd.floor(mx.nd.sin(x) * x),
    "exp(x)+BlockGrad(sin(x))": lambda x, y: mx.nd.exp(x) + mx.nd.BlockGrad(mx.nd.sin(x)),
    "exp(x)+argmax": lambda x, y: mx.nd.exp(x) + mx.nd.argmax(x, axis=0).reshape((1, 2)),
    "exp(x)+topk mask": lambda x, y: mx.nd.exp(x) + mx.nd.topk(x, ret_typ="mask"),
    "exp(x)+shape_array": lambda x, y: mx.nd.exp(x) + mx.nd.shape_array(x).astype("float32").reshape((1, 2)),
    "exp(x)+sign(x)": lambda x, y: mx.nd.exp(x) + mx.nd.sign(x),
    "exp(x)+argmax_channel": lambda x, y: mx.nd.exp(x) + mx.nd.argmax_channel(x).reshape((2, 1)),
}
for name, f in cases.items():
    for shape, dtype in [((2, 2), "float64"), ((4,), "float32"), ((2, 2), "float16")]:
        run(name, f, shape, dtype)
for name in ["x==y", "logical_and", "np x==y"]:
    run(name, cases[name], which=1)
