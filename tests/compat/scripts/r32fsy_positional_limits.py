"""mx.sym.contrib and mx.sym.linalg functions given more positional arguments than MXNet's generated signature lists fail with Python's TypeError naming the short function, as mx.sym's ops do."""
# recorded on AVX2
import mxnet as mx

S = mx.sym
x = S.var("x")
many = [x] * 14
for module, names in ((S.contrib, ("SparseEmbedding", "quantize", "quantize_v2", "dequantize", "requantize",
                                   "quantized_flatten", "box_nms", "index_copy", "div_sqrt_dim")),
                      (S.linalg, ("potrf", "potri", "gemm", "gemm2", "syrk", "slogdet")),
                      (S, ("relu", "FullyConnected", "concat", "add_n"))):
    for name in names:
        try:
            out = getattr(module, name)(*many)
            print(name, type(out).__name__)
        except TypeError as e:
            print(name, "TypeError", e)
        except Exception as e:
            print(name, type(e).__name__)
print(S.linalg.gemm2(x, S.var("y"), True).list_attr(), S.contrib.div_sqrt_dim(x).name)
