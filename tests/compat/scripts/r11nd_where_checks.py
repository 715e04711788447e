"""where checks shapes (x and y alike; the condition of x's shape or 1-D per row), then dtypes, then its kernel's."""
import mxnet as mx
import numpy as np

nd = mx.nd
cases = [("condition (2, 1)", lambda: nd.where(nd.array([[1.], [0.]]), nd.ones((2, 3)), nd.zeros((2, 3)))),
         ("condition of 3 rows", lambda: nd.where(nd.array([1., 0., 1.]), nd.ones((2, 3)), nd.zeros((2, 3)))),
         ("condition per row", lambda: nd.where(nd.array([1., 0.]), nd.ones((2, 3)), nd.zeros((2, 3)))),
         ("x and y shapes", lambda: nd.where(nd.ones((2,)), nd.ones((2,)), nd.zeros((3,)))),
         ("x and y dtypes", lambda: nd.where(nd.ones((2,)), nd.ones((2,)), nd.zeros((2,), dtype="int32"))),
         ("shapes before dtypes", lambda: nd.where(nd.ones((2,)), nd.ones((2,)), nd.zeros((3,), dtype="int32"))),
         ("int32 condition", lambda: nd.where(nd.array([1, 0], dtype="int32"), nd.ones((2,)), nd.zeros((2,)))),
         ("condition (2, 3) for x (2,)", lambda: nd.where(nd.ones((2, 3)), nd.ones((2,)), nd.zeros((2,)))),
         ("bool condition", lambda: nd.where(nd.array([1, 0], dtype="bool"), nd.ones((2,)), nd.zeros((2,))))]
for name, f in cases:
    try:
        print(name, f().asnumpy().tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        for words in ("Operator where inferring", "Check failed", "Unknown type"):
            if words in text:
                rest = text[text.index(words):].strip()
                rest = rest.replace("\n", " | ").split(" (x is")[0].split(": MXNet's")[0]
                print(name, "MXNetError", rest.split(" :")[0])
                break
