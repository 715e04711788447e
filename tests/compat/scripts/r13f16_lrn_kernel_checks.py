"""LRN of other types than float32, or of other ranks than 4 (2 for float32), returns at once and fails when read with its kernel's dimension and blob type checks, as MXNet does."""
import mxnet as mx

nd = mx.nd
for dt in ("float16", "float64", "int32", "bool", "uint8", "float32"):
    for shape in [(1, 5, 4, 4), (2, 5), (1, 5, 4), (5,)]:
        y = nd.LRN(nd.ones(shape, dtype=dt), nsize=3)
        try:
            print(dt, shape, y.shape, y.dtype.__name__, y.asnumpy().ravel()[:2].tolist())
        except mx.base.MXNetError as e:
            text = str(e)
            for words in ("dimension do not match target dimension", "data type do not match specified type",
                          "could not create a descriptor"):
                if words in text:
                    print(dt, shape, "when read:", text[text.index(words):].splitlines()[0].split(";")[0])
