"""MXNet's CPU temp space, as a failed kernel's error travels through it.

MXNet keeps four copies of its temp space (MXNET_CPU_TEMP_COPY) and gives them in turn to the operators that
ask for one. The copy a failed operator took holds its error, so the operator taking that copy next (four such
operators later) is skipped and fails with it. A hybridized block's graph runs as one bulk: a failure there
leaves its error in every copy its operators took. Only the taking order matters, so the copies are counted
from any point; they are counted only while one holds an error not raised yet.
"""

COPIES = 4

# operators that ask for temp space, found one by one on MXNet's CPU build (and every operator of an array and a
# number; not counted: the arithmetic operators of healthy arrays, nor nd.reshape, which shares its name with
# the NDArray method that is no operator)
_OPS = frozenset({
    "negative", "log", "identity", "where", "reverse", "take", "Embedding", "gather_nd", "slice", "Flatten",
    "expand_dims", "Concat", "_rnn_param_concat", "add_n", "sum", "mean", "max", "prod", "norm", "nansum",
    "_np_sum", "dot", "batch_dot", "_np_dot", "FullyConnected", "Convolution", "Deconvolution", "BatchNorm",
    "LayerNorm", "GroupNorm", "RNN", "topk", "sort", "argsort", "softmax_cross_entropy", "CTCLoss",
    "adam_update", "_shuffle", "_npi_einsum",
})
_GRAPH_OPS = _OPS | {"reshape", "Reshape"}      # a graph's reshape is an operator


def takes_copy(name):
    """Whether the operator ``name``, called, asks for temp space (every sampler does)."""
    return name in _OPS or name.startswith(("_random_", "_sample_"))


def graph_copies(names):
    """How many copies a graph's operators (of ``names``) take."""
    return sum(1 for name in names if name in _GRAPH_OPS or name.endswith("_scalar") or takes_copy(name))


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

    def forget(self, failure):
        """``failure`` was raised: the copies holding it are clear."""
        for copy in [c for c, f in self.held.items() if f is failure]:
            del self.held[copy]


COPIES_HELD = _Copies()
