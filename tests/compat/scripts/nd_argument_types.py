"""Which arguments the legacy mx.nd operators and functions take: NDArrays only for the operators
(a number, list, numpy array, None or mx.np array is refused, each in its own way); numbers too for the
Python functions nd.add, nd.maximum, nd.power, ..."""
import numpy as onp
import mxnet as mx

nd = mx.nd


def show(label, fn, message=True):
    try:
        r = fn()
        if isinstance(r, (list, tuple)):
            r = r[0]
        if isinstance(r, nd.NDArray):
            print(f"{label}: {type(r).__name__} {r.shape} {r.dtype.__name__} {r.asnumpy().ravel().tolist()}")
        else:
            print(f"{label}: {type(r).__name__} {r!r}")
    except Exception as e:  # noqa: BLE001  (the class, and MXNet's assertion texts, are what is compared)
        text = str(e)
        keep = message and (isinstance(e, AssertionError)
                            or text.startswith("type <class") and "NDArray" not in text)
        print(f"{label}: {type(e).__name__}" + (f": {text}" if keep else ""))


x1 = nd.array([1., -1.])
x = nd.array([[1., -1.], [2., 3.]])
values = {"float": 1.0, "int": 2, "bool": True, "np.float32": onp.float32(1.5), "list": [1., -1.],
          "tuple": (1., -1.), "numpy": onp.array([1., -1.], dtype="float32"), "mx.np": mx.np.array([1., -1.]),
          "None": None, "str": "a"}

for name in ("relu", "exp", "negative", "sum", "argmax", "softmax", "transpose", "Flatten", "zeros_like",
             "sort", "BlockGrad", "stop_gradient", "shape_array", "norm"):
    for kind in ("float", "list", "numpy", "mx.np", "None"):
        show(f"nd.{name}({kind})", lambda: getattr(nd, name)(values[kind]))
    show(f"nd.{name}(data=numpy)", lambda: getattr(nd, name)(data=values["numpy"]))

for name in ("broadcast_add", "broadcast_maximum", "broadcast_equal", "broadcast_logical_and", "broadcast_power",
             "elemwise_mul", "dot", "broadcast_like", "take", "pick",
             "add", "subtract", "multiply", "divide", "true_divide", "modulo", "power", "maximum", "minimum",
             "equal", "not_equal", "greater", "greater_equal", "lesser", "lesser_equal",
             "logical_and", "logical_or", "logical_xor"):
    for kind in values:
        show(f"nd.{name}(x1, {kind})", lambda: getattr(nd, name)(x1, values[kind]))
        show(f"nd.{name}({kind}, x1)", lambda: getattr(nd, name)(values[kind], x1))
    show(f"nd.{name}(3, 2)", lambda: getattr(nd, name)(3, 2))
    show(f"nd.{name}(2.5, 2)", lambda: getattr(nd, name)(2.5, 2))
    show(f"nd.{name}(0, True)", lambda: getattr(nd, name)(0, True))

i32 = nd.array([5, 7], dtype="int32")
for name in ("add", "subtract", "multiply", "divide", "modulo", "power", "maximum", "minimum", "greater"):
    show(f"nd.{name}(int32, 2.7)", lambda: getattr(nd, name)(i32, 2.7))
    show(f"nd.{name}(2.7, int32)", lambda: getattr(nd, name)(2.7, i32))

d, w, b = nd.ones((2, 3)), nd.ones((4, 3)), nd.zeros((4,))
cd, cw, cb = nd.ones((1, 1, 3, 3)), nd.ones((1, 1, 2, 2)), nd.zeros((1,))
cases = {
    "nd.where(numpy, x1, x1)": lambda: nd.where(values["numpy"], x1, x1),
    "nd.where(x1, 1.0, x1)": lambda: nd.where(x1, 1.0, x1),
    "nd.clip(numpy, 0, 1)": lambda: nd.clip(values["numpy"], 0, 1),
    "nd.reshape(numpy, shape=(2, 1))": lambda: nd.reshape(values["numpy"], shape=(2, 1)),
    "nd.cast(numpy, dtype=int32)": lambda: nd.cast(values["numpy"], dtype="int32"),
    "nd.slice_axis(numpy)": lambda: nd.slice_axis(values["numpy"], axis=0, begin=0, end=1),
    "nd.split(numpy)": lambda: nd.split(values["numpy"], num_outputs=2),
    "nd.concat(x1, numpy)": lambda: nd.concat(x1, values["numpy"]),
    "nd.concat(x1, 1.0)": lambda: nd.concat(x1, 1.0),
    "nd.concat(x1, mx.np)": lambda: nd.concat(x1, values["mx.np"]),
    "nd.stack(x1, numpy)": lambda: nd.stack(x1, values["numpy"]),
    "nd.add_n(x1, numpy)": lambda: nd.add_n(x1, values["numpy"]),
    "FullyConnected(numpy data)": lambda: nd.FullyConnected(d.asnumpy(), w, b, num_hidden=4),
    "FullyConnected(numpy weight)": lambda: nd.FullyConnected(d, w.asnumpy(), b, num_hidden=4),
    "FullyConnected(bias=numpy)": lambda: nd.FullyConnected(d, w, b.asnumpy(), num_hidden=4),
    "FullyConnected(bias=1.0)": lambda: nd.FullyConnected(d, w, 1.0, num_hidden=4),
    "FullyConnected(data=numpy)": lambda: nd.FullyConnected(data=d.asnumpy(), weight=w, bias=b, num_hidden=4),
    "FullyConnected(mx.np data)": lambda: nd.FullyConnected(d.as_np_ndarray(), w, b, num_hidden=4),
    "FullyConnected(no_bias)": lambda: nd.FullyConnected(d, w, None, num_hidden=4, no_bias=True),
    "Convolution(numpy data)": lambda: nd.Convolution(cd.asnumpy(), cw, cb, kernel=(2, 2), num_filter=1),
    "Convolution(numpy weight)": lambda: nd.Convolution(cd, cw.asnumpy(), cb, kernel=(2, 2), num_filter=1),
    "Pooling(numpy)": lambda: nd.Pooling(cd.asnumpy(), kernel=(2, 2)),
    "Activation(numpy)": lambda: nd.Activation(values["numpy"], act_type="relu"),
    "Activation(1.0)": lambda: nd.Activation(1.0, act_type="relu"),
    "Dropout(numpy)": lambda: nd.Dropout(values["numpy"]),
    "softmax(length=numpy)": lambda: nd.softmax(x, length=onp.array([1, 2])),
    "BatchNorm(numpy gamma)": lambda: nd.BatchNorm(x, onp.ones(2), nd.zeros(2), nd.zeros(2), nd.ones(2)),
    "LayerNorm(numpy)": lambda: nd.LayerNorm(values["numpy"], nd.ones(2), nd.zeros(2)),
    "Embedding(numpy)": lambda: nd.Embedding(onp.array([0, 1]), nd.ones((3, 2)), input_dim=3, output_dim=2),
    "SoftmaxOutput(x, numpy)": lambda: nd.SoftmaxOutput(x, onp.array([0, 1.])),
    "SequenceMask(numpy length)": lambda: nd.SequenceMask(x, onp.array([1., 2.]), use_sequence_length=True),
    "gather_nd(x, numpy)": lambda: nd.gather_nd(x, onp.array([[0], [1]])),
    "linalg.gemm2(x, numpy)": lambda: nd.linalg.gemm2(x, onp.ones((2, 2), dtype="float32")),
    "contrib.box_nms(numpy)": lambda: nd.contrib.box_nms(onp.ones((1, 6))),
    "sample_uniform(numpy)": lambda: nd.sample_uniform(onp.zeros(2), onp.ones(2)),
    "sgd_update(numpy weight)": lambda: nd.sgd_update(onp.ones(2), x1, lr=0.1),
    "sgd_update(numpy grad)": lambda: nd.sgd_update(x1.copy(), onp.ones(2, dtype="float32"), lr=0.1),
    "relu(x1, out=mx.np)": lambda: nd.relu(x1, out=mx.np.zeros(2)),
    "x.take(numpy)": lambda: x.take(onp.array([0])),
    "x.take(list)": lambda: x.take([0]),
    "x.pick(numpy)": lambda: x.pick(onp.array([0, 1.])),
    "x.softmax(1)": lambda: x.softmax(1),
    "x.take(nd)": lambda: x.take(nd.array([1])),
    "x1 + 1": lambda: x1 + 1,
    "2 ** x1": lambda: 2 ** x1,
    "x1 + mx.np": lambda: x1 + values["mx.np"],
}
for label, fn in cases.items():
    show(label, fn)

# nd.random's Python functions: numbers or NDArrays as distribution parameters, all of one kind
for label, fn in {
    "random.uniform(nd, 1.0)": lambda: nd.random.uniform(x1, 1.0),
    "random.uniform(1.0, nd)": lambda: nd.random.uniform(1.0, x1),
    "random.uniform(numpy, 1.0)": lambda: nd.random.uniform(onp.zeros(2), 1.0),
    "random.uniform(None, 1.0)": lambda: nd.random.uniform(None, 1.0),
    "random.normal(list, list)": lambda: nd.random.normal([0.], [1.]),
    "random.normal(mx.np, mx.np)": lambda: nd.random.normal(mx.np.zeros(2), mx.np.ones(2)),
    "random.gamma(nd, 1.0)": lambda: nd.random.gamma(x1, 1.0),
    "random.poisson(numpy)": lambda: nd.random.poisson(onp.ones(2)),
    "random.randint(numpy, 3)": lambda: nd.random.randint(onp.zeros(2), 3),
    "random.uniform(nd, nd) shape": lambda: nd.random.uniform(nd.zeros(2), nd.ones(2), shape=3) * 0,
}.items():
    show(label, fn, message=False)

# mx.sym: array inputs (by position or by name) must be Symbols; a None input becomes an automatic variable
a = mx.sym.var("a")


def show_symbol(label, fn):
    try:
        print(f"{label}: {fn().list_arguments()}")
    except Exception as e:  # noqa: BLE001
        text = str(e)
        print(f"{label}: {type(e).__name__}" + (f": {text}" if isinstance(e, AssertionError) else ""))


with mx.name.NameManager():
    for name in ("relu", "sum", "FullyConnected"):
        extra = {"num_hidden": 2} if name == "FullyConnected" else {}
        for kind in ("float", "list", "numpy", "None", "str"):
            show_symbol(f"sym.{name}({kind})", lambda: getattr(mx.sym, name)(values[kind], **extra))
        show_symbol(f"sym.{name}(data=numpy)", lambda: getattr(mx.sym, name)(data=values["numpy"], **extra))
    for name in ("broadcast_add", "dot", "where", "Concat"):
        for kind in ("float", "list", "numpy", "None", "str"):
            show_symbol(f"sym.{name}(a, {kind})", lambda: getattr(mx.sym, name)(a, values[kind]))
            show_symbol(f"sym.{name}({kind}, a)", lambda: getattr(mx.sym, name)(values[kind], a))
    show_symbol("sym.FullyConnected(a, weight=numpy)",
                lambda: mx.sym.FullyConnected(a, weight=onp.ones((2, 2)), num_hidden=2))
    show_symbol("sym.FullyConnected(a, None, None)", lambda: mx.sym.FullyConnected(a, None, None, num_hidden=2))
    show_symbol("sym.maximum(a, numpy)", lambda: mx.sym.maximum(a, values["numpy"]))
    show_symbol("sym.maximum(a, 1.0)", lambda: mx.sym.maximum(a, 1.0))
    show_symbol("a + list", lambda: a + [1.])
