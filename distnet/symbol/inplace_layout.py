"""The layout an executor's in-place elementwise ops leave: MXNet's memory planner lets a unary elementwise op
write over its input when nothing else reads that input (in training: when the op's own backward needs only
its output, or nothing), and the op then computes on the buffer as it is, so its output keeps the input's
oneDNN channel blocks (which a following BatchNorm's arithmetic shows; probed). A hybridized block's graph
does so when recorded for gradients. Imperative calls, which allocate their outputs, give plain arrays.
"""
import numpy as np

from ..ndarray import onednn

# unary ops whose backward reads only their output, or nothing: in place in training too
_IN_PLACE_WHEN_TRAINING = frozenset({
    "relu", "sigmoid", "tanh", "exp", "sqrt", "cbrt", "negative", "identity", "_copy", "floor", "ceil", "round",
    "rint", "trunc", "fix", "Cast", "cast", "_mul_scalar", "_plus_scalar", "_minus_scalar", "_div_scalar",
    "Dropout"})
# unary ops whose backward reads their input: in place only without gradients
_IN_PLACE_WITHOUT_GRADIENTS = _IN_PLACE_WHEN_TRAINING | frozenset({
    "abs", "square", "softsign", "log", "sin", "cos", "arctan", "reciprocal", "erf", "expm1", "log1p", "rsqrt",
    "sign", "gamma", "hard_sigmoid"})
# ops whose output is their input's buffer itself, whoever else reads it
_ALIASING = frozenset({"BlockGrad", "stop_gradient"})


def keep_in_place_blocks(program, training, when=None):
    """Rewrite ``program``'s in-place unary steps (``training``: the graph is run for gradients) so their
    output keeps their input's channel blocks (``when()``, if given, says at each run whether it does)."""
    in_place = _IN_PLACE_WHEN_TRAINING if training else _IN_PLACE_WITHOUT_GRADIENTS
    readers = _reader_counts(program)
    variables = len(program.variables)
    for k, (op, ins, attrs, outs, name) in enumerate(program.steps):
        op_name = program.op_names.get(name)
        if len(ins) == 1 and ins[0] >= variables and (op_name in _ALIASING or
                                                      (op_name in in_place and readers.get(ins[0]) == 1)):
            program.steps[k] = (_BlockKeeping(op, when), ins, attrs, outs, name)


def _reader_counts(program):
    """{slot: how many steps read it, a graph output counting as one more}."""
    counts = {}
    for _, ins, _, _, _ in program.steps:
        for slot in ins:
            counts[slot] = counts.get(slot, 0) + 1
    for slot in program.out_slots:
        counts[slot] = counts.get(slot, 0) + 1
    return counts


class _BlockKeeping:
    """An op's stand-in whose forward marks its output with its input's channel blocks; everything else (the
    gradient, which the profiler may swap in later, the signature facts) is read from the op when asked."""

    def __init__(self, op, when=None):
        self._op, self._when = op, when

    def __getattr__(self, name):
        return getattr(self._op, name)

    def __call__(self, *args, **attrs):         # the storage-aware call (sparse arrays have no blocks)
        return self._op(*args, **attrs)

    @property
    def bwd(self):
        """The op's gradient (as it is now: the profiler may wrap it), the data gradient keeping the output
        gradient's channel blocks (computed in its buffer)."""
        backward = self._op.bwd
        if backward is None:
            return None

        def run(dy, *rest, **attrs):
            grads = backward(dy, *rest, **attrs)
            first = grads[0] if isinstance(grads, tuple) else grads
            if type(dy) is np.ndarray and type(first) is np.ndarray and first.shape == dy.shape:
                onednn.keep_block(first, dy)
            return grads
        return run

    def fwd(self, data, *rest, **attrs):
        result = self._op.fwd(data, *rest, **attrs)
        out = result[0] if isinstance(result, tuple) else result        # (hidden outputs follow)
        if getattr(out, "shape", None) != data.shape or out.dtype != data.dtype:     # not one buffer's worth
            return result
        if self._when is not None and not self._when():
            return result
        if out is data:         # (the caller copies an input handed back; the copy must carry the blocks)
            out = data.copy()
        onednn.keep_block(out, data)
        return (out,) + result[1:] if isinstance(result, tuple) else out
