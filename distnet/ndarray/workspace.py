"""MXNet's CPU temp space, as a failed kernel's error travels through it.

MXNet keeps four copies of its temp space (MXNET_CPU_TEMP_COPY) and gives them in turn to the operators that
ask for one. The copy a failed operator took holds its error, so the operator taking that copy next (four such
operators later) is skipped and fails with it. A hybridized block's graph runs as one bulk: a failure there
leaves its error in every copy its operators took. Only the taking order matters, so the copies are counted
from any point; they are counted only while one holds an error not raised yet.
"""
import contextlib
from numbers import Number

COPIES = 4

# operators that ask for temp space, found one by one on MXNet's CPU build (and every operator of an array and a
# number; not counted: the broadcasting arithmetic of two arrays, nor an NDArray's reshape method, which MXNet
# runs outside its operators)
_OPS = frozenset({
    "identity", "reverse", "take", "Embedding", "gather_nd", "slice", "Flatten", "expand_dims", "Concat",
    "_rnn_param_concat", "add_n", "sum", "mean", "max", "min", "prod", "nanprod", "norm", "nansum", "moments",
    "multi_sum_sq", "_np_sum", "_np_min", "_np_max", "_np_prod", "_npi_mean", "_npi_moment", "_npi_norm", "dot",
    "batch_dot", "_np_dot", "_npi_matmul", "_npi_tensordot", "_npi_tensordot_int_axes", "_linalg_det",
    "_linalg_inverse", "_linalg_gelqf", "_linalg_syevd", "FullyConnected", "Convolution", "Deconvolution",
    "BatchNorm", "LayerNorm", "GroupNorm", "RNN", "SpatialTransformer", "SequenceLast", "space_to_depth",
    "depth_to_space", "ravel_multi_index", "unravel_index", "_contrib_index_array", "_contrib_allclose",
    "_contrib_box_nms", "cast_storage", "topk", "sort", "argsort", "softmax_cross_entropy", "CTCLoss",
    "adam_update", "_shuffle", "_npi_einsum", "_npi_diff_kernel", "_npi_det", "_npi_svd", "reshape",
    # the elementwise (not broadcasting) arithmetic of two arrays, those of its operators with sparse kernels
    "elemwise_add", "elemwise_sub", "elemwise_mul", "_maximum", "_minimum", "_hypot",
})
# the mx.np functions MXNet runs by operators of their own (_npi_add...), run here by legacy ones: whether they ask
# (with a number too)
_NUMPY_OPS = {"broadcast_add": True, "broadcast_sub": True, "broadcast_mul": True, "broadcast_mod": True,
              "broadcast_power": True, "broadcast_div": False, "_split_v2": True, "identity": False,
              "_linalg_syevd": False}
_GRAPH_OPS = _OPS | {"Reshape", "_npi_add", "_npi_subtract", "_npi_multiply", "_npi_mod", "_npi_power", "_npi_flip",
                     "_np_all", "_np_any", "_npi_split", "_split_v2", "_npi_std", "_npi_var"}
_GRAPH_SCALAR_OPS_ASKING_NONE = frozenset({"_npi_true_divide_scalar", "_npi_rtrue_divide_scalar"})
_ASKS_WHEN = {}     # operator name -> whether a call of its (inputs, attributes) asks
# operators whose backward asks for temp space once (the arithmetic of an array and a number: see backward_copies)
_BACKWARD_OPS = frozenset({
    "broadcast_add", "broadcast_sub", "broadcast_mul", "broadcast_div", "broadcast_power", "broadcast_maximum",
    "broadcast_minimum", "elemwise_mul", "dot", "FullyConnected", "Activation", "BatchNorm", "LayerNorm",
    "Embedding", "softmax_cross_entropy", "broadcast_to", "broadcast_axis", "tile", "Pooling", "Convolution",
    "Deconvolution", "square", "exp", "relu", "sigmoid", "abs", "sign", "cos", "cosh", "identity", "norm", "Concat",
    "add_n",
    "Flatten", "L2Normalization", "LeakyReLU", "SequenceMask", "SequenceReverse", "SoftmaxActivation", "take",
    "_linalg_det", "_linalg_extractdiag", "_linalg_extracttrian", "_linalg_gelqf", "_linalg_inverse",
    "_linalg_makediag", "_linalg_potri", "_linalg_slogdet", "_linalg_sumlogdiag", "_linalg_syrk",
    "_plus_scalar", "_minus_scalar", "_mul_scalar", "_div_scalar",     # (a graph's: not x ** 2, 1 - x, 2 / x)
    "_np_dot", "_npi_matmul", "_npx_relu", "_npx_sigmoid",
})
_BACKWARD_TWICE = frozenset({"elemwise_add", "batch_dot"})
# of an array and a number, the backward asks as the _scalar operator MXNet records: x + 1, x * 2, x / 2 and
# 1 + x, 2 * x ask, x ** 2, 1 - x and 2 / x do not
_NUMBER_FIRST_ASKING = frozenset({"broadcast_add", "broadcast_mul"})


def asks_when(name):
    """Decorator: the function of (inputs, attributes) saying whether a call of operator ``name`` asks for temp
    space (MXNet runs it by one of several operators, or none)."""
    def register(fn):
        _ASKS_WHEN[name] = fn
        return fn
    return register


def takes_copy(name, inputs=(), attrs=None, numpy=False, with_number=False):
    """Whether the operator ``name``, called on ``inputs`` with ``attrs`` (by the mx.np front end: ``numpy``;
    an array and a number: ``with_number``), asks for temp space (every sampler does)."""
    if numpy and name in _NUMPY_OPS:
        return _NUMPY_OPS[name]
    if with_number:
        return True
    if name in _ASKS_WHEN and inputs:
        return _ASKS_WHEN[name](inputs, attrs or {})
    return name in _OPS or _samples(name)


def _samples(name):
    return name.startswith(("_random_", "_sample_"))


def backward_copies(name, args):
    """How many copies the backward of operator ``name``, recorded called on ``args``, takes."""
    if name in _BACKWARD_TWICE:
        return 2
    if name not in _BACKWARD_OPS:
        return 0
    numbers = [isinstance(a, Number) for a in args[:2]]
    if numbers[:1] == [True]:
        return int(name in _NUMBER_FIRST_ASKING)
    if numbers[1:] == [True]:
        return int(name != "broadcast_power")
    return 1


def graph_copies(names):
    """How many copies a graph's operators (of ``names``) take."""
    return sum(1 for name in names if name in _GRAPH_OPS or _samples(name) or
               name.endswith("_scalar") and name not in _GRAPH_SCALAR_OPS_ASKING_NONE)


class _Copies:
    """The error each copy holds, and the copy given next."""

    def __init__(self):
        self.held, self.next = {}, 0

    def take(self, count=1):
        """Give out ``count`` copies in turn; the first error one of them holds (or None)."""
        found = None
        for _ in range(count):
            if found is None:
                found = self.held.get(self.next)
            self.next = (self.next + 1) % COPIES
        return found

    def hold(self, failure, count=1):
        """The last ``count`` copies given out hold ``failure``."""
        for k in range(1, min(count, COPIES) + 1):
            self.held[(self.next - k) % COPIES] = failure

    def hold_first_of(self, failure, count):
        """The first of the last ``count`` copies given out holds ``failure``."""
        self.held[(self.next - count) % COPIES] = failure

    @contextlib.contextmanager
    def unchanged(self):
        """Within: a trial run MXNet never makes; the copies it takes are given back."""
        held, given = dict(self.held), self.next
        try:
            yield
        finally:
            self.held, self.next = held, given

    @contextlib.contextmanager
    def given_back_if_refused(self):
        """Within: an operator's call; refused before it runs (an exception), it took no copy."""
        held, given = dict(self.held), self.next
        try:
            yield
        except BaseException:
            self.held, self.next = held, given
            raise

    def forget(self, failure):
        """``failure`` was raised: the copies holding it are clear."""
        for copy in [c for c, f in self.held.items() if f is failure]:
            del self.held[copy]


COPIES_HELD = _Copies()
