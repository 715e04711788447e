"""The legacy output (loss) operators: SoftmaxOutput, the regression outputs, SVMOutput, MakeLoss,
softmax_cross_entropy, BlockGrad and smooth_l1 with random options, shapes and dtypes; their values, gradients (with
and without head gradients) and MXNet's words for what they refuse. float64 and float16 only: float32 softmax
kernels differ in the last bits by CPU ISA."""
import random
import re

import numpy as np
from mxnet import autograd, nd

r = random.Random(5)
rs = np.random.RandomState(5)


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)
    return f"{type(e).__name__}: {text}"


def values(x):
    a = x.asnumpy()
    return f"{a.dtype} {a.shape} {a.ravel().tolist()}"


OPTIONS = {"SoftmaxOutput": [("grad_scale", [0.5, 2.0]), ("ignore_label", [0, 1]), ("use_ignore", [True, False]),
                             ("multi_output", [True, False]), ("preserve_shape", [True, False]),
                             ("normalization", ["null", "batch", "valid", "bad"]), ("out_grad", [True, False]),
                             ("smooth_alpha", [0.1, 0.0])],
           "LinearRegressionOutput": [("grad_scale", [0.5, 3.0])], "LogisticRegressionOutput": [("grad_scale", [2.0])],
           "MAERegressionOutput": [("grad_scale", [0.5])],
           "SVMOutput": [("margin", [0.5, 2.0]), ("regularization_coefficient", [0.5, 2.0]), ("use_linear", [True])],
           "MakeLoss": [("grad_scale", [0.5, 2.0]), ("normalization", ["null", "batch", "valid"]),
                        ("valid_thresh", [0.1, 0.5])],
           "softmax_cross_entropy": [], "BlockGrad": [], "smooth_l1": [("scalar", [0.5, 1.0, 3.0])]}


def case():
    op = r.choice(sorted(OPTIONS))
    kw = {k: r.choice(v) for k, v in OPTIONS[op] if r.random() < 0.35}
    n, c = r.randint(1, 3), r.randint(2, 4)
    shape = r.choice([(n, c), (n, c, 2), (n,)])
    classes = shape[1] if len(shape) > 1 else 2
    data = np.round(rs.uniform(-2, 2, shape), 3)
    if op == "SoftmaxOutput":
        rows = (shape[0], shape[2]) if kw.get("multi_output") and len(shape) == 3 else \
            shape[:-1] if kw.get("preserve_shape") else (shape[0],)
        args = [data, rs.randint(0, classes, rows if r.random() < 0.85 else (shape[0] + 1,)).astype(float)]
    elif op.endswith("RegressionOutput"):
        lshape = shape if r.random() < 0.7 else r.choice([(shape[0],), (int(np.prod(shape)),), (shape[0] + 1,)])
        args = [data, np.round(rs.uniform(0, 1, lshape), 3)]
    elif op in ("SVMOutput", "softmax_cross_entropy"):
        args = [data, rs.randint(0, classes, (shape[0],) if r.random() < 0.85 else (shape[0] + 1,)).astype(float)]
    else:
        args = [data]
    return op, kw, args, r.choice(["float64", "float64", "float16"]), r.random() < 0.3


for i in range(110):
    op, kw, args, dtype, head = case()
    print(i, op, dtype, kw, [a.shape for a in args], "head" if head else "")
    try:
        xs = [nd.array(a, dtype=dtype) for a in args]
        for x in xs:
            x.attach_grad()
        with autograd.record():
            out = getattr(nd, op)(*xs, **kw)
        print("  out", values(out))
        out.backward(nd.array(np.arange(1, out.size + 1).reshape(out.shape) / 4, dtype=dtype) if head else None)
        for j, x in enumerate(xs):
            print("  d%d" % j, values(x.grad))
    except Exception as e:  # noqa: BLE001
        print("  !!", words(e))
