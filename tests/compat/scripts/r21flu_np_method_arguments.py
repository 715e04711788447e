"""mx.np.ndarray methods: Python refuses extra positional arguments first, then the front end reads a dtype, then
out= is checked, then the operator parses its attributes in the order it is handed them."""
import mxnet as mx
from _words import words

mx.npx.set_np()
p = mx.np.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
calls = [
    "p.argmax(1, 0, True)", "p.argmin(1, 1, 0, True)", "p.clip(1, 1, 0, True)", "p.max(1, 1, 0, True)",
    "p.mean(1, 0, True)", "p.mean(2, 0, 1, True, False)", "p.prod(1, 0, True)", "p.round(1, 0, True)",
    "p.sum(1, 0, True)", "p.all(1, 1, 0, True)", "p.any(2, 0, 1, True, False)", "p.cumsum(1, 0, True)",
    "p.cumsum(1, 1, 0, True)", "p.dot(1, 0, True)", "p.std(1, 0, True)", "p.var(2, 0, 1, True, False)",
    "p.sum(axis=1, dtype='foo', out=3)", "p.sum(1, 'foo', 3)", "p.sum(1.5, None, 3)", "p.sum(axis=1.5, out=3)",
    "p.sum(1.5, 'uint8')", "p.sum(1, 'uint8', None, 'x')", "p.sum(1.5, None, None, 'x')", "p.std(1.5, 'bool')",
    "p.std(1, 'bool', None, 1.5)", "p.std(1.5, None, None, 1, 'x')", "p.mean(1.5, 'uint8')", "p.max(1.5, None, 'x')",
    "p.cumsum(1.5, 'bool')", "p.prod(1.5, 'uint8')", "p.repeat(1.5, 1.5)", "p.swapaxes(1.5, 1.5)",
    "p.argsort(1.5, 'foo')", "p.sum(1, None, None, True).tolist()", "p.std(1, None, None, 1, True).tolist()",
    "p.argmax(1, None).tolist()", "p.cumsum(1, 'float64').dtype",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", words(e))
