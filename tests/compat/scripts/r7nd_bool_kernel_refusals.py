# Operators whose MXNet 1.9.1 kernels have no bool type (Unknown type enum 7, raised when the result is read), and
# allclose, whose kernel reads b as a's type
import mxnet as mx
nd = mx.nd
b = nd.array([[1, 0, 1], [0, 1, 1]], dtype="bool")
f = nd.array([[1, 0, 2], [0, 1, 1]])
cases = [
    ("add_n", lambda: nd.add_n(b, b)), ("add_n one", lambda: nd.add_n(b)), ("add_n three", lambda: nd.add_n(b, b, b)),
    ("ElementWiseSum", lambda: nd.ElementWiseSum(b, b)),
    ("Embedding bool weight", lambda: nd.Embedding(nd.array([0, 1]), b, input_dim=2, output_dim=3)),
    ("SparseEmbedding bool weight", lambda: nd.contrib.SparseEmbedding(nd.array([0, 1]), b, input_dim=2, output_dim=3)),
    ("choose_element_0index", lambda: nd.choose_element_0index(b, nd.array([0, 1]))),
    ("choose_element_0index bool index", lambda: nd.choose_element_0index(f, nd.array([0, 1], dtype="bool"))),
    ("choose_element_0index mode", lambda: nd.choose_element_0index(f, nd.array([0, 5]), mode="wrap")),
    ("choose_element_0index bad mode", lambda: nd.choose_element_0index(f, nd.array([0, 1]), mode="bogus")),
    ("div_sqrt_dim", lambda: nd.contrib.div_sqrt_dim(b)), ("quadratic", lambda: nd.contrib.quadratic(b, a=1)),
    ("allclose", lambda: nd.contrib.allclose(b, b)),
]
for a, c in [("float32", "float64"), ("float64", "float32"), ("int32", "float32"), ("float32", "bool"),
             ("float32", "float32")]:
    cases.append(("allclose %s %s" % (a, c),
                  lambda a=a, c=c: nd.contrib.allclose(nd.ones(2, dtype=a), nd.ones(2, dtype=c))))
for name, fn in cases:
    try:
        r = fn().asnumpy()
        print(name, r.dtype, r.tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        print(name, "MXNetError", "Unknown type enum 7" in text, "TBlob.get_with_shape" in text, "bogus" in text)
