"""Writing into and reading parts of legacy and mx.np arrays of more than five dimensions: an array value refuses
at the call (slice-assign's shape inference), a number fails when the array is read, whole selections work."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, np as mnp
from _words import words

WRITES = [("0", "1"), ("(slice(None), 0)", "1"), ("Ellipsis", "1"), ("0", "m.ones((2,) * 5)"),
          ("(slice(None), 0)", "m.ones((2,) * 5)"), ("(0, 0, 0, 0, 0, 0)", "3"), ("slice(0, 2)", "1"),
          ("slice(0, 1)", "2.5"), ("slice(0, 2)", "m.ones((2,) * 6)")]
for m in [nd, mnp]:
    name = m.__name__.split(".")[-1]
    for key, value in WRITES:
        x = m.zeros((2,) * 6)
        text = f"{name}: x[{key}] = {value}"
        try:
            x[eval(key)] = eval(value)
        except mx.base.MXNetError as e:
            print(text, "-> refused at the call:", words(e))
            continue
        try:
            print(text, "->", float(x.sum().asnumpy()))
        except mx.base.MXNetError as e:
            print(text, "-> fails when read:", words(e))
    x = m.ones((2,) * 6)
    for key in ["0", "(slice(None), 0)", "(0, 0)", "(Ellipsis, 0)", "(slice(None), slice(1, 2))", "slice(1, 2)",
                "(None, 0)", "(None, slice(None), 0)", "(0, 1, 0, 1, 0, 1)"]:
        try:
            y = x[eval(key)]
            print(f"{name}: x[{key}] ->", y.shape, float(y.sum().asnumpy()))
        except mx.base.MXNetError as e:
            print(f"{name}: x[{key}] -> refused at the call:", words(e))
