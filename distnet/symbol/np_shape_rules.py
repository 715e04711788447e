"""Partial shape rules of the NumPy-interface operators (unknown dimensions 0, shown -1): the contracted sizes of
dot, matmul and tensordot tell each other, and transpose passes known sizes both ways."""
import ast

from ..base import MXNetError
from ..ndarray.shape_text import in_operator

# NumPy-interface binary ops whose two operands broadcast together.
NP_BROADCAST_BINARY = frozenset("_npi_" + name for name in (
    "add", "subtract", "multiply", "true_divide", "mod", "power", "hypot", "arctan2", "copysign", "lcm", "gcd",
    "ldexp", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "bitwise_and", "bitwise_or",
    "bitwise_xor", "logical_and", "logical_or", "logical_xor", "maximum", "minimum", "fmax", "fmin", "fmod"))


def shown(shape):
    """A shape as MXNet's inference prints it: unknown dimensions -1."""
    return "[" + ",".join(str(d or -1) for d in shape) + "]"


def _inconsistent(node, provided, inferred):
    return MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {shown(provided)}, "
                      f"inferred shape={shown(inferred)}")


def _meet(node, a, b, pairs, inferred_a):
    """``a`` and ``b`` with each pair (i, j) of contracted axes sharing its known size; a size known on both sides
    that differs is MXNet's inconsistency, shown against ``inferred_a`` (a as b's sizes imply it)."""
    a, b = list(a), list(b)
    for i, j in pairs:
        if a[i] and b[j] and a[i] != b[j]:
            raise _inconsistent(node, a, inferred_a)
        a[i] = b[j] = a[i] or b[j]
    return tuple(a), tuple(b)


def np_dot(node, shapes):
    """``np.dot``: the last axis of ``a`` meets the only or second-to-last axis of ``b``."""
    a, b = (tuple(s) for s in shapes)
    if not a or not b:
        return None
    j = len(b) - 2 if len(b) > 1 else 0
    a, b = _meet(node, a, b, [(len(a) - 1, j)], (0,) * (len(a) - 1) + (b[j],))
    return [a, b], [a[:-1] + b[:j] + b[j + 1:]]


def _broadcast_batch(node, a, b):
    """The broadcast of two batch shapes (an unknown size stays unknown); sizes that cannot broadcast are
    matmul's check failure."""
    n = max(len(a), len(b))
    a, b = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    for x, y in zip(a, b):
        if x and y and x != y and 1 not in (x, y):
            raise MXNetError(in_operator(node.name, node.op.name,
                                         f"Check failed: a_shape[pa] == b_shape[pb] ({x} vs. {y}) : Could not be "
                                         "broadcast.", site=("../src/operator/numpy/np_matmul_op.cc", 124)))
    return tuple(max(x, y) if x and y else 0 for x, y in zip(a, b))


def np_matmul(node, shapes):
    """``np.matmul``: ``a``'s last axis meets ``b``'s second-to-last (its only one when 1-D); the batch axes
    broadcast, and a 1-D operand's own axis is dropped from the result."""
    a, b = (tuple(s) for s in shapes)
    if not a or not b:
        return None
    j = len(b) - 2 if len(b) > 1 else 0
    a, b = _meet(node, a, b, [(len(a) - 1, j)], (0,) * (len(a) - 1) + (b[j],))
    rows = a[-2:-1] if len(a) > 1 else ()
    cols = b[-1:] if len(b) > 1 else ()
    return [a, b], [_broadcast_batch(node, a[:-2], b[:-2]) + rows + cols]


def _summed_axes(node, ndim_a):
    """(a's summed axes, b's summed axes) of a tensordot node."""
    if node.op.name == "_npi_tensordot_int_axes":
        n = int(node.attrs.get("axes", 2))
        return list(range(ndim_a - n, ndim_a)), list(range(n))
    return [int(x) for x in _tuple(node.attrs["a_axes_summed"])], [int(x) for x in _tuple(node.attrs["b_axes_summed"])]


def np_tensordot(node, shapes):
    """``np.tensordot``: each summed axis of ``a`` meets its summed axis of ``b``; the result has ``a``'s free
    axes, then ``b``'s."""
    a, b = (tuple(s) for s in shapes)
    a_axes, b_axes = _summed_axes(node, len(a))
    if len(a_axes) != len(b_axes) or not all(-len(a) <= i < len(a) for i in a_axes) or \
            not all(-len(b) <= j < len(b) for j in b_axes):
        return None
    a_axes, b_axes = [i % len(a) for i in a_axes], [j % len(b) for j in b_axes]
    inferred = list(a)
    for i, j in zip(a_axes, b_axes):
        inferred[i] = b[j]
    a, b = _meet(node, a, b, list(zip(a_axes, b_axes)), inferred)
    free_a = tuple(d for i, d in enumerate(a) if i not in a_axes)
    free_b = tuple(d for j, d in enumerate(b) if j not in b_axes)
    return [a, b], [free_a + free_b]


def _tuple(value):
    return ast.literal_eval(value) if isinstance(value, str) else value


def transpose_axes(node, ndim):
    """The permutation a (NumPy or legacy) transpose node applies to ``ndim`` axes: reversed when not given; None
    when its axes are not a permutation (left to the op)."""
    axes = node.attrs.get("axes")
    axes = () if axes in (None, "None") else tuple(int(x) for x in _tuple(axes))
    if not axes:
        return tuple(reversed(range(ndim)))
    if len(axes) != ndim or not all(-ndim <= x < ndim for x in axes):
        return None
    axes = tuple(x % ndim for x in axes)
    return axes if len(set(axes)) == ndim else None


def transpose_back(node, ins, out):
    """A transpose's input from its output: input axis axes[i] has output dimension i. Legacy transpose checks the
    data's rank first, which fails while it is unknown unless the axes are given and fit the output."""
    if ins[0][1] is None and node.op.name == "transpose":
        given = _tuple(node.attrs.get("axes") or ())
        if not given:
            raise MXNetError(in_operator(node.name, "transpose", "Check failed: i >= 0 && i < ndim(): index = -2 must "
                                         f"be in range [0, {len(out)})", site=("../include/mxnet/tuple.h", 230)))
        if len(given) != len(out):
            raise MXNetError(in_operator(node.name, "transpose", "Check failed: std::max(shp.ndim(), out_shp.ndim()) "
                                         f"== param.axes.ndim() ({len(out)} vs. {len(given)}) : ",
                                         site=("../src/operator/tensor/./matrix_op-inl.h", 472)))
    axes = transpose_axes(node, len(out))
    if axes is None or (ins[0][1] is not None and len(ins[0][1]) != len(out)):
        return []
    data = [0] * len(out)
    for i, a in enumerate(axes):
        data[a] = out[i]
    return [(ins[0][0], tuple(data))]


def np_where(node, shapes):
    """``np.where``'s three operands broadcast per dimension, an unknown size counting as -1 in MXNet's check
    (so it passes only beside 1s or its equals), each output size the largest; an operand of unknown rank counts as
    a scalar."""
    known = [tuple(d or -1 for d in s) for s in shapes if s is not None]
    if not known:
        return None
    ndim = max(len(s) for s in known)
    known = [(1,) * (ndim - len(s)) + s for s in known] + [(1,) * ndim] * (3 - len(known))
    out = []
    for sizes in zip(*known):
        s1, s2, s3 = sizes
        if not (s1 == s2 == s3 or s1 == 1 and s2 == 1 or s1 == 1 and s3 == 1 or s2 == 1 and s3 == 1
                or s1 == 1 and s2 == s3 or s2 == 1 and s1 == s3 or s3 == 1 and s1 == s2):
            raise MXNetError(in_operator(node.name, node.op.name, "Check failed: (s1 == 1 && s2 == 1) || (s1 == 1 && "
                                         "s3 == 1) || (s2 == 1 && s3 == 1) || (s1 == 1 && s2 == s3) || (s2 == 1 && s1 "
                                         "== s3) || (s3 == 1 && s1 == s2): Operands could not be broadcast together.",
                                         site=("../src/operator/numpy/np_where_op.cc", 55)))
        out.append(max(max(sizes), 0))
    return shapes, [tuple(out)]


# NumPy-interface ops whose output has their data's shape, which therefore tells either way.
NP_SAME_SHAPE = frozenset({"_npi_around", "_npi_bitwise_not", "_npi_flip", "_npi_full_like", "_npi_isfinite",
                           "_npi_isinf", "_npi_isnan", "_npi_isneginf", "_npi_isposinf", "_npi_logical_not",
                           "_npi_nan_to_num", "_npi_copy", "_np_copy",
                           *(f"_npi_{name}_scalar" for name in ("equal", "not_equal", "greater", "greater_equal",
                                                                "less", "less_equal", "logical_and", "logical_or",
                                                                "logical_xor", "bitwise_and", "bitwise_or",
                                                                "bitwise_xor"))})
# NumPy-interface reductions (and ops alike) whose shape function waits until their data's shape is fully known.
NP_WAITS_FOR_KNOWN_DATA = frozenset({"_np_sum", "_np_max", "_np_min", "_np_prod", "_np_all", "_np_any", "_npi_mean",
                                     "_npi_std", "_npi_var", "_npi_average", "_npi_argmax", "_npi_argmin",
                                     "_npi_ediff1d", "_npi_unique", "_npi_diag_indices_from", "_np_squeeze",
                                     "_npi_einsum"})


def np_roll(node, shapes):
    """``np.roll`` keeps its data's shape; along given axes it first checks them against the data's rank, which
    fails while the rank is unknown."""
    data = shapes[0]
    axis = node.attrs.get("axis")
    if data is not None:
        return shapes, [tuple(data)]
    if axis in (None, "None"):
        return None
    last = max(_tuple(axis)) if isinstance(_tuple(axis), (tuple, list)) else int(_tuple(axis))
    raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: axes[axes.ndim() - 1] < ndim ({last} vs. -1) "
                                 f": axis {last} Exceeds input dimensions None",
                                 site=("../src/operator/numpy/np_matrix_op.cc", 1147)))


def _newshape(node):
    shape = _tuple(node.attrs.get("newshape", ()))
    return (shape,) if isinstance(shape, int) else tuple(int(d) for d in shape)


def np_reshape(node, shapes):
    """``np.reshape`` / ``npx.reshape`` of data of unknown rank: the new shape, its -1 unknown (None otherwise, for the
    probes; MXNet's other special codes need the data)."""
    newshape = _newshape(node)
    if shapes[0] is not None or not all(d >= -1 for d in newshape):
        return None
    return shapes, [tuple(max(d, 0) for d in newshape)]


def np_waits_for_known_data(node):
    """Whether MXNet's shape function of this NumPy-interface op leaves its output unknown until the data's shape is
    fully known (reductions, squeeze, einsum, an npx.reshape whose new shape has a size to deduce)."""
    name = node.op.name
    if name == "_npx_reshape":
        return any(d < 0 for d in _newshape(node))
    return name in NP_WAITS_FOR_KNOWN_DATA
