"""Operator functions given too many positional arguments: Python's own TypeError on MXNet's generated function
(named as called), raised before the inputs' types are checked."""
import mxnet as mx
from mxnet import nd, sym
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", words(e))


x = sym.var("x")
for name in ["FullyConnected", "Convolution", "Activation", "exp", "relu", "dot", "broadcast_add", "elemwise_add",
             "SoftmaxOutput", "BatchNorm", "Dropout", "reshape", "sum", "clip", "where", "one_hot", "slice_axis",
             "Pooling", "transpose", "expand_dims", "batch_dot", "take", "pick", "Embedding", "norm", "Cast",
             "broadcast_to", "tile", "repeat", "argmax", "sort", "abs", "linalg_gemm", "linalg_det", "smooth_l1"]:
    fn = getattr(sym, name)
    attempt(f"sym.{name}(30 ints)", lambda: fn(*[1] * 30))
    attempt(f"sym.{name}(30 symbols)", lambda: fn(*[x] * 30))
    attempt(f"sym.{name}(x, 30 more)", lambda: fn(x, *[1] * 30))
for module, names in [(sym.linalg, ["gemm", "det", "inverse", "syrk", "makediag", "extracttrian", "slogdet"]),
                      (sym.contrib, ["box_iou", "fft", "div_sqrt_dim", "index_array", "allclose", "boolean_mask",
                                     "AdaptiveAvgPooling2D", "BilinearResize2D"]),
                      (sym.image, ["to_tensor", "normalize", "resize", "crop"]),
                      (sym.random, ["uniform_like", "normal_like", "gamma_like", "poisson_like", "exponential_like",
                                    "negative_binomial_like", "generalized_negative_binomial_like"]),
                      (nd.random, ["uniform_like", "normal_like", "gamma_like", "poisson_like", "exponential_like",
                                   "negative_binomial_like", "generalized_negative_binomial_like"])]:
    for name in names:
        fn = getattr(module, name)
        attempt(f"{module.__name__.split('.', 1)[1]}.{name}(30 ints)", lambda: fn(*[1] * 30))
        attempt(f"{module.__name__.split('.', 1)[1]}.{name}(x, 30 more)", lambda: fn(x, *[1] * 30))
attempt("nd.random.uniform_like(a, 0, 1, None, 'n')", lambda: nd.random.uniform_like(nd.ones(2), 0, 1, None, "n"))
attempt("sym.random.uniform_like(x, 0, 1, 'n')", lambda: sym.random.uniform_like(x, 0, 1, "n"))
for module, names in [(nd.sparse, ["abs", "where", "Embedding", "dot", "elemwise_add", "sum", "mean", "slice",
                                   "cast_storage", "zeros_like", "add_n", "concat"]),
                      (nd.image, ["to_tensor", "normalize", "resize", "crop", "adjust_lighting", "flip_left_right"])]:
    for name in names:
        fn = getattr(module, name)
        attempt(f"{module.__name__.split('.', 1)[1]}.{name}(30 ints)", lambda: fn(*[1] * 30))
for name in ["relu", "activation", "softmax", "log_softmax", "fully_connected", "dropout", "embedding", "one_hot",
             "pick", "topk", "batch_dot", "layer_norm", "leaky_relu", "sequence_mask", "gather_nd", "erf", "cast"]:
    fn = getattr(mx.npx, name)
    attempt(f"npx.{name}(30 ints)", lambda: fn(*[1] * 30))
for name in ["blackman", "hamming", "hanning"]:
    attempt(f"np.{name}(1, 2, 3, 4)", lambda: getattr(mx.np, name)(1, 2, 3, 4))
a = nd.ones((2, 2))
for name in ["flip", "pad", "split", "swapaxes", "broadcast_axes", "exp", "sum", "reshape_like", "clip", "one_hot",
             "topk", "sort", "tile", "repeat", "transpose", "slice_axis", "take", "pick"]:
    attempt(f"nd.ones((2, 2)).{name}(30 ints)", lambda: getattr(a, name)(*[1] * 30))
attempt("sym.var('x').astype(30 ints)", lambda: x.astype(*[1] * 30))
print(x.astype("float16").name, x.astype("int8", name="q").name)
attempt("image.scale_down(1, 2, 3)", lambda: mx.image.scale_down(1, 2, 3))
print(mx.image.scale_down((640, 480), (720, 120)))
