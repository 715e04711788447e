"""Symbol operators on two symbols infer one shape for both (no broadcasting), scalar operators on bool data
infer int64, and infer_type reads a keyword dtype of None as numpy does (float64)."""
import json
import warnings

import numpy as np
import mxnet as mx

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # noqa: BLE001 - the class is what is compared
        print(label, type(e).__name__)


x, y = mx.sym.var('x'), mx.sym.var('y')
pairs = {"x > y": x > y, "x >= y": x >= y, "x < y": x < y, "x <= y": x <= y, "x == y": x == y, "x != y": x != y,
         "x ** y": x ** y, "x % y": x % y, "x + y": x + y, "x - y": x - y, "x * y": x * y, "x / y": x / y,
         "maximum": mx.sym.maximum(x, y), "broadcast_greater": mx.sym.broadcast_greater(x, y)}
for text, sym in pairs.items():
    print(text, json.loads(sym.tojson())["nodes"][-1]["op"])
    attempt(f"{text} partial(x=(2, 3))", lambda: sym.infer_shape_partial(x=(2, 3)))
    attempt(f"{text} partial(y=(0, 3))", lambda: sym.infer_shape_partial(y=(0, 3)))
    attempt(f"{text} shapes (2, 3) (1, 3)", lambda: sym.infer_shape(x=(2, 3), y=(1, 3)))
    attempt(f"{text} eval (2, 3) (1, 3)", lambda: sym.eval(x=mx.nd.ones((2, 3)), y=mx.nd.ones((1, 3)))[0].shape)
    attempt(f"{text} eval (2, 3) (2, 3)",
            lambda: sym.eval(x=mx.nd.array([[1, 2, 3], [4, 5, 6]]), y=mx.nd.array([[2, 2, 2], [5, 5, 5]]))[0].asnumpy())

flags = mx.nd.array([1, 0, 1], dtype='bool')
for text, sym in {"x + 1": x + 1, "x * 2": x * 2, "1 - x": 1 - x, "x / 2": x / 2, "2 / x": 2 / x,
                  "x ** 2": x ** 2, "x % 2": x % 2, "x > 0": x > 0, "-x": -x, "x + 1.5": x + 1.5,
                  "sum": mx.sym.sum(x), "x + x": x + x}.items():
    attempt(f"bool {text} infer_type", lambda: sym.infer_type(x=np.bool_)[1])
    attempt(f"bool {text} bound output dtype",
            lambda: sym.simple_bind(mx.cpu(), grad_req='null', type_dict={'x': 'bool'}, x=(3,)).outputs[0].dtype)
    attempt(f"bool {text} forward", lambda: sym.eval(x=flags)[0].asnumpy())
attempt("infer_type(x=None)", lambda: x.infer_type(x=None))
attempt("infer_type_partial(x=None)", lambda: (x + 1).infer_type_partial(x=None))
attempt("infer_type(x=None, y=float16)", lambda: (x + y).infer_type(x=None, y='float16'))
