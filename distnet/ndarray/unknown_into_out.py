"""MXNet's legacy shape inference of an op over inputs of unknown (0) sizes into an out= array: the out= array's
shape enters the inference, which fills the unknown sizes from it, refuses a known size that differs, and for ops
that infer their inputs back from their output may complete, so that the kernel runs over inputs never allocated."""
import numpy as np

from ..base import MXNetError, located
from .failures import KernelError
from .shape_text import assigned, legacy_dim, provided

# ops whose shape inference fills their inputs' unknown sizes back from their output's: given an out= array that
# fits, it completes and the kernel runs over no elements
BACK_INFERRED = frozenset({"reverse", "expand_dims", "repeat", "batch_dot", "dot", "reshape", "elemwise_add",
                           "elemwise_sub", "elemwise_mul", "elemwise_div"})
# ops whose shape inference sets their output's shape, whatever the out= array's
_SETS_OUTPUT = frozenset({"SwapAxis"})
# ops whose shape inference fails before it reads the out= array's shape
_FAILS_FIRST = frozenset({"Flatten"})
# ops whose shape inference fails, not refuses, where the out= array's shape conflicts with the one it infers
_FAILS_ON_CONFLICT = frozenset({"where"})

_DELAY_ALLOC = "Check failed: delay_alloc: "
_COPY_SIZES = ("Check failed: from.Size() == to.Size() (0 vs. {size}) : ",
               ("../src/operator/contrib/../tensor/./../mxnet_op.h", 737))
_BLOB_SIZES = ("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size()) "
               "({size} vs. 0) : new and old shape do not match total elements")


def fits(out_shape, inferred):
    """Whether an out= array of ``out_shape`` (all sizes known) fits the ``inferred`` shape (-1 unknown)."""
    return len(out_shape) == len(inferred) and all(want in (-1, have) for have, want in zip(out_shape, inferred))


def completed_by_out(name, arrays, attrs, result_shape, out):
    """Whether the inference of ``name`` over ``arrays`` (one of unknown size) completes with the sizes of an
    out= array (``out``: its buffer, of no unknown size) that fits the shape it inferred."""
    if name not in BACK_INFERRED or not out.size or not any(0 in a.shape for a in arrays):
        return False
    if name in ("dot", "batch_dot") and 0 in _contracted_sizes(name, arrays, attrs):
        return False    # (an output's sizes do not tell them)
    return fits(out.shape, [legacy_dim(d) for d in result_shape])


def _contracted_sizes(name, arrays, attrs):
    """The sizes a dot (or batch_dot) of two ``arrays`` sums over, on each side."""
    lhs, rhs = (np.shape(a) or (1,) for a in arrays)
    flip_a, flip_b = (str(attrs.get(key, False)).lower() in ("1", "true") for key in ("transpose_a", "transpose_b"))
    if name == "dot":
        return lhs[0 if flip_a else -1], rhs[-1 if flip_b else 0]
    return lhs[-2 if flip_a else -1], rhs[-1 if flip_b else -2]


def kernel_refusal(name, dtype, out):
    """The kernel error, raised when read, of ``name`` run over inputs never allocated into out= (``out``: its
    buffer), or None where the kernel leaves out= as it was."""
    if name == "elemwise_add" and dtype == np.float32:      # (oneDNN's sum reads the inputs)
        return KernelError(_DELAY_ALLOC, out.copy())
    if name == "reshape":
        if dtype == np.float32:     # (oneDNN's copy reads the input)
            return KernelError(_DELAY_ALLOC, out.copy())
        return located(KernelError(_COPY_SIZES[0].format(size=out.size), out.copy()), _COPY_SIZES[1])
    if name == "dot" and dtype in (np.float32, np.float64):
        return KernelError(_BLOB_SIZES.format(size=out.size), out.copy())
    return None


# what the kernels that write out= whatever their inputs hold fill it with (batch_dot: its gemm's zeroing)
_FILLS = {"ones_like": np.ones_like, "zeros_like": np.zeros_like, "batch_dot": np.zeros_like}


def filled_out(name, out):
    """What the kernel of ``name`` run over inputs never allocated leaves in out= (``out``: its buffer)."""
    return _FILLS[name](out) if name in _FILLS else out.copy()


def listed_output(name, inferred, out_shape, refusal):
    """The output shape a failed inference lists for an out= array of ``out_shape``: its unknown sizes filled from
    the ``inferred`` ones; a known size that differs is refused with ``refusal(out_shape, inferred)``'s words."""
    if name in _SETS_OUTPUT:
        return inferred
    given = [legacy_dim(d) for d in out_shape]
    if name in _FAILS_FIRST:
        return given
    if len(given) != len(inferred) or any(-1 not in (have, want) and have != want
                                          for have, want in zip(given, inferred)):
        if name in _FAILS_ON_CONFLICT:
            return given
        raise MXNetError(refusal(out_shape, inferred))
    return assigned(given, inferred)


def transpose_back(shape, out_shape, axes):
    """transpose's inference of its input's shape back from an out= array's (the same rank): the input's unknown
    sizes filled from it, a known size that differs refused."""
    back = [-1] * len(out_shape)
    for i, axis in enumerate(axes):
        back[axis] = legacy_dim(out_shape[i])
    given = [legacy_dim(d) for d in shape]
    filled = assigned(given, back)
    if any(-1 not in (have, want) and have != want for have, want in zip(given, back)):
        raise MXNetError(f"Shape inconsistent, Provided = {provided(filled)}, inferred shape={provided(back)}")
    return filled
