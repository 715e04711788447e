"""np.dot with an out= array: its shape is inferred before the inputs' types; a float16 or integer product
(no CPU kernel) writes into out, which raises the kernel's error when first read."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
OUTS = [((2, 2), "float16"), ((2, 2), "float32"), ((2, 2), "int32"), ((3,), "float16"), ((0,), "float16"),
        ((2, 3), "float32")]
for dtype in ("float16", "float32", "float64", "int32", "bool"):
    m = np.ones((2, 2), dtype=dtype)
    for shape, out_dtype in OUTS:
        for a, b in ((m, m), (m, m.astype("float32")), (np.ones((0, 2), dtype=dtype), m)):
            out = np.zeros(shape, dtype=out_dtype)
            try:
                res = np.dot(a, b, out=out)
                print(dtype, shape, out_dtype, a.dtype, b.dtype, res is out, res.shape, res.dtype)
            except mx.MXNetError as e:
                print(dtype, shape, out_dtype, a.dtype, b.dtype, words(e))
                continue
            try:
                print("  read", res.tolist())
            except mx.MXNetError as e:
                print("  read", words(e))
            print("  again", out.tolist())
