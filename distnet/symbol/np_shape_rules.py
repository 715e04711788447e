"""Partial shape rules of the NumPy-interface operators (unknown dimensions 0, shown -1): the contracted sizes of
dot, matmul and tensordot tell each other, and transpose passes known sizes both ways."""
import ast

import numpy as _np

from ..base import MXNetError, message_of
from ..ndarray.shape_text import in_operator, zeros_are_unknown

# NumPy-interface binary ops whose two operands broadcast together.
NP_BROADCAST_BINARY = frozenset("_npi_" + name for name in (
    "add", "subtract", "multiply", "true_divide", "mod", "power", "hypot", "arctan2", "copysign", "lcm", "gcd",
    "ldexp", "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "bitwise_and", "bitwise_or",
    "bitwise_xor", "logical_and", "logical_or", "logical_xor", "maximum", "minimum", "fmax", "fmin", "fmod",
    "where_lscalar", "where_rscalar"))


class RealSizes(tuple):
    """An output shape a rule computed in full: its 0 sizes are real (empty axes), not unknown."""


def shown(shape):
    """A shape as MXNet's inference prints it: unknown dimensions (None, or 0 while zeros are unknown) -1."""
    return "[" + ",".join(str(-1 if d is None or d == 0 and zeros_are_unknown() else d) for d in shape) + "]"


def _size_known(d):
    """Whether a dimension is a size: under NumPy shape semantics a 0 is an empty axis's."""
    return d is not None and (d != 0 or not zeros_are_unknown())


def _inconsistent(node, provided, inferred):
    return MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {shown(provided)}, "
                      f"inferred shape={shown(inferred)}")


def _meet(node, a, b, pairs, inferred_a):
    """``a`` and ``b`` with each pair (i, j) of contracted axes sharing its known size; a size known on both sides
    that differs is MXNet's inconsistency, shown against ``inferred_a`` (a as b's sizes imply it)."""
    a, b = list(a), list(b)
    for i, j in pairs:
        if _size_known(a[i]) and _size_known(b[j]) and a[i] != b[j]:
            raise _inconsistent(node, a, inferred_a)
        a[i] = b[j] = a[i] if _size_known(a[i]) else b[j]
    return tuple(a), tuple(b)


def np_dot(node, shapes):
    """``np.dot``: the last axis of ``a`` meets the only or second-to-last axis of ``b``."""
    a, b = (tuple(s) for s in shapes)
    if not a or not b:
        return None
    j = len(b) - 2 if len(b) > 1 else 0
    a, b = _meet(node, a, b, [(len(a) - 1, j)], (None,) * (len(a) - 1) + (b[j],))
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
    if len(a) == 1 and len(b) > 1 and _size_known(a[0]) and _size_known(b[j]) and a[0] != b[j]:     # (a vector: the matrix is refused)
        raise _inconsistent(node, b, (None,) * j + (a[0], None))
    a, b = _meet(node, a, b, [(len(a) - 1, j)], (None,) * (len(a) - 1) + (b[j],))
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
    if not a or not b or len(a_axes) != len(b_axes) or not all(-len(a) <= i for i in a_axes) or \
            not all(-len(b) <= j for j in b_axes):
        return None
    # (an axis past the last counts on from the first, as MXNet's shape function reads it)
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
                                     "_npi_einsum", "_npi_diff", "_npi_pinv_scalar_rcond", "_npi_pinv",
                                     "_npi_eigvalsh"})

# Ops whose partial shape rule reads 0 as an unknown size (the legacy ones a NumPy-interface symbol makes among
# them): under NumPy shape semantics, inputs whose every size is known (real 0s among them) run the op instead.
NP_SIZED_INPUTS_RUN = frozenset({"tile", "_split_v2", "_npi_concatenate", "_npi_vstack", "_npi_column_stack",
                                 "_np_diag", "_np_diagonal", "_npx_reshape",
                                 "_npi_tril", "Convolution", "Pooling", "squeeze", "Flatten", "one_hot", "argmax", "argmin",
                                 "argmax_channel", "norm", "diag", "topk", "take", "slice", "gather_nd",
                                 *NP_BROADCAST_BINARY})


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
    """``np.reshape`` of data of unknown sizes (``npx.reshape``: of unknown rank): the new shape, its -1 unknown
    (None otherwise, for the probes; MXNet's other special codes need the data)."""
    newshape, data = _newshape(node), shapes[0]
    unknown_sizes = data is None or node.op.name == "_np_reshape" and 0 in data and zeros_are_unknown()
    if not unknown_sizes or not all(d >= -1 for d in newshape):
        return None
    return shapes, [tuple(max(d, 0) for d in newshape)]


def np_waits_for_known_data(node):
    """Whether MXNet's shape function of this NumPy-interface op leaves its output unknown until the data's shape is
    fully known (reductions, squeeze, einsum, an npx.reshape whose new shape has a size to deduce)."""
    name = node.op.name
    if name == "_npx_reshape":
        return any(d < 0 for d in _newshape(node))
    if name == "_npi_norm":         # (a norm of the whole array is one number whatever its sizes)
        return node.attrs.get("axis") not in (None, "None", "()", ())
    return name in NP_WAITS_FOR_KNOWN_DATA


def _tuple_index_refusal(node, index, size):
    return MXNetError(in_operator(node.name, node.op.name, f"Check failed: i >= 0 && i < ndim(): index = {index} must "
                                  f"be in range [0, {size})", site=("../include/mxnet/./tuple.h", 244)))


def np_pad(node, shapes, sized=False):
    """``np.pad``: each axis grows by its (before, after) widths, an unknown size counting as -1 (so one padded by
    a single element becomes known as 0). 1-D data takes the before widths of pad_width's first two rows, as MXNet
    reads them; a size still unknown after padding is its refusal. ``sized``: the data's 0 sizes are real (MXNet
    pads an empty axis in any mode)."""
    data = shapes[0]
    if data is None:
        return None
    width = _tuple(node.attrs["pad_width"])

    def pads(row, k):
        if row >= len(width):
            raise _tuple_index_refusal(node, row, len(width))
        if k >= len(width[row]):
            raise _tuple_index_refusal(node, k, len(width[row]))
        return int(width[row][k])

    sizes = list(data) if sized else [d or -1 for d in data]
    if len(sizes) == 1:
        out = [sizes[0] + pads(0, 0) + pads(1, 0)]
    else:
        out = [-1] * len(sizes)
        for i in reversed(range(len(sizes))):
            out[i] = sizes[i] + pads(i, 0) + pads(i, 1)
    if not out or -1 in out:
        raise MXNetError(in_operator(node.name, node.op.name, "Pad does not exist.",
                                     site=("../src/operator/numpy/np_pad_op.cc", 47)))
    return shapes, [RealSizes(out)]


def _merged(into, shape):
    """MXNet's unchecked shape_assign on sizes where -1 is unknown: ``into``'s unknown sizes taken from ``shape``
    up to the first conflict; a shape of another rank changes nothing."""
    if into is None:
        return shape
    if len(into) != len(shape):
        return into
    merged = list(into)
    for k, (have, given) in enumerate(zip(into, shape)):
        if have == -1:
            merged[k] = given
        elif given != -1 and have != given:
            break
    return tuple(merged)


def _text(dims):
    return "[" + ",".join(map(str, dims)) + "]"


def np_vstack(node, shapes):
    """``np.vstack`` (a 1-D operand read as a row) and ``np.column_stack`` (read as a column): the operands share
    their sizes off the joined axis, each checked against what the others tell; the output's joined size is their
    sum once every operand's is known. A 1-D operand then takes its row's second size, as MXNet writes it back
    (a column's 1)."""
    axis = 1 if node.op.name == "_npi_column_stack" else 0
    rows = [None if s is None else tuple(d or -1 for d in _as_2d(tuple(s), axis)) for s in shapes]
    ndim = next((len(r) for r in rows if r is not None), None)
    if ndim is None:
        return None
    rows = [(-1,) * ndim if r is None else r for r in rows]
    for r in rows:
        if len(r) != ndim:
            raise _inconsistent_text(node, r, (-1,) * ndim)
    joined_unknown = lambda dims: dims[:axis] + (-1,) + dims[axis + 1:]      # noqa: E731
    merged = (-1,) * ndim
    for r in rows:
        merged = _merged(merged, joined_unknown(r))
    for r in rows:
        if any(d != -1 and m != -1 and d != m for d, m in zip(r, merged)):
            raise _inconsistent_text(node, r, merged)
    rows = [_merged(r, merged) for r in rows]
    joined = [r[axis] for r in rows]
    out = merged
    if -1 not in merged[:axis] + merged[axis + 1:] and -1 not in joined:
        out = merged[:axis] + (sum(joined),) + merged[axis + 1:]
    unknown_as_zero = lambda dims: tuple(max(d, 0) for d in dims)      # noqa: E731
    if -1 in out:
        return shapes, [unknown_as_zero(out)]
    ins = [s if s is None or len(s) == 0 else unknown_as_zero(r[1:] if len(s) == 1 else r)
           for s, r in zip(shapes, rows)]
    return ins, [unknown_as_zero(out)]


def _as_2d(shape, axis):
    """A vstack operand of fewer than 2 axes as a row (axis 0), a column_stack one as a column (axis 1)."""
    if len(shape) > 1:
        return shape
    size = shape or (1,)
    return (1,) + size if axis == 0 else size + (1,)


def _inconsistent_text(node, provided, inferred):
    return MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {_text(provided)}, "
                      f"inferred shape={_text(inferred)}")


def np_diag(node, shapes):
    """``np.diag``: a vector's square matrix (its size plus |k|), or a matrix's k-th diagonal, whose length is at
    least 0 even where a side is unknown (read as -1); a matrix of a vector of unknown size does not exist."""
    data = shapes[0]
    if data is None or not data:
        return None
    if len(data) > 2:
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: ishape.ndim() <= 2 ({len(data)} vs. 2) : "
                                     "Input must be 1- or 2-d",
                                     site=("../src/operator/numpy/./np_matrix_op-inl.h", 971)))
    k = int(node.attrs.get("k", 0))
    sizes = [d or -1 for d in data]
    if len(sizes) == 1:
        out = (sizes[0] + abs(k),) * 2
    else:
        rows, cols = sizes[0] + min(k, 0), sizes[1] - max(k, 0)
        out = (max(min(rows, cols), 0),)
    if -1 in out:
        raise MXNetError(in_operator(node.name, node.op.name, "Diagonal does not exist.",
                                     site=("../src/operator/numpy/./np_matrix_op-inl.h", 1011)))
    return shapes, [RealSizes(out)]


def _unknown_size_refusal(node):
    return MXNetError(in_operator(node.name, node.op.name, "Check failed: dim_size_is_known(*it): Shape dim size cannot "
                                  "be a negative value -1", site=("../include/mxnet/./tuple.h", 525)))


def np_flattening(node, shapes):
    """``np.cumsum`` without an axis and ``np.concatenate(axis=None)`` take their inputs' sizes, which an unknown
    dimension fails, and an input of unknown rank too (concatenate's: beside a known one); None otherwise (the
    op's own rule)."""
    if zeros_are_unknown() and any(s is not None and 0 in s for s in shapes):
        raise _unknown_size_refusal(node)
    if None in shapes and (node.op.name != "_npi_concatenate" or any(s is not None for s in shapes)):
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: ndim_is_known(this->ndim()): Shape is "
                                     "unknown.", site=("../include/mxnet/./tuple.h", 521)))
    return None


def np_reshape_back(node, ins, out):
    """``np.reshape``'s data with one unknown size takes it from the output's size, which the known ones must
    divide (MXNet's check)."""
    data = ins[0][1] if ins else None
    if data is None or not all(out) or sum(1 for d in data if not d) != 1:
        return []
    known, total = 1, 1
    for d in data:
        known *= d or 1
    for d in out:
        total *= d
    if total % known:
        dims = ",".join(str(d or -1) for d in data)
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: src.Size() % known_dim_size_prod == 0 "
                                     f"({total % known} vs. 0) : Cannot reshape array of size {total} into shape "
                                     f"[{dims}]", site=("../src/operator/numpy/np_matrix_op.cc", 165)))
    return [(ins[0][0], tuple(d or total // known for d in data))]


# mx.np samplers of array parameters: their samples' shape is ``size``, else the known parameters' broadcast
NP_PARAMETER_SAMPLERS = frozenset(f"_npi_{n}" for n in ("normal", "uniform", "gamma", "logistic", "gumbel",
                                                        "exponential", "weibull", "pareto", "rayleigh", "powerd"))


def np_sampler(node, shapes):
    """The samples' shape from ``size``, or from the parameters of known shapes (an unknown one left out), as
    MXNet's rule gives it; None when it needs the op (no parameter known, or one of unknown sizes)."""
    size = node.attrs.get("size")
    if size not in (None, "None"):
        size = _tuple(size)
        return shapes, [(size,) if isinstance(size, int) else tuple(size)]
    known = [tuple(s) for s in shapes if s is not None]
    if not known or len(known) == len(shapes) or not all(all(s) for s in known):
        return None
    return shapes, [_np.broadcast_shapes(*known)]


def np_tril(node, shapes):
    """``np.tril``: a matrix of the data's shape (a vector's: square), which no unknown size may leave open."""
    data = shapes[0]
    if data is None:
        return None
    out = (data[0], data[0]) if len(data) == 1 else tuple(data)
    if 0 in out:
        raise MXNetError(in_operator(node.name, node.op.name, "Diagonal does not exist.",
                                     site=("../src/operator/numpy/./np_tril_op-inl.h", 71)))
    return shapes, [out]


def np_diagonal(node, shapes):
    """``np.diagonal``: the data's axes but axis1 and axis2, then the diagonal's length (at least 0 even where a
    side is unknown, read as -1); any other size left unknown is MXNet's refusal."""
    data = shapes[0]
    if data is None:
        return None
    if len(data) < 2:
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: ishape.ndim() >= 2 ({len(data)} vs. 2) : "
                                     "Input array should be at least 2d",
                                     site=("../src/operator/numpy/./np_matrix_op-inl.h", 1220)))
    ndim, offset = len(data), int(node.attrs.get("offset", 0))
    axes = [int(node.attrs.get("axis1", 0)), int(node.attrs.get("axis2", 1))]
    if not all(-ndim <= a < ndim for a in axes):
        return None
    x1, x2 = (a % ndim for a in axes)
    if x1 == x2:
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: x1 != x2 ({x1} vs. {x2}) : axis1 and "
                                     f"axis2 cannot refer to the same axis {x1}",
                                     site=("../src/operator/numpy/./np_matrix_op-inl.h", 1186)))
    rows, cols = data[x1] or -1, data[x2] or -1
    length = max(min(rows + min(offset, 0), cols - max(offset, 0)), 0)
    out = tuple(d or -1 for i, d in enumerate(data) if i not in (x1, x2)) + (length,)
    if -1 in out:
        raise MXNetError(in_operator(node.name, node.op.name, "Diagonal does not exist.",
                                     site=("../src/operator/numpy/./np_matrix_op-inl.h", 1229)))
    return shapes, [RealSizes(out)]


NP_INSERTS = frozenset({"_npi_insert_scalar", "_npi_insert_slice", "_npi_insert_tensor"})
# Operators whose shape functions write over the input shapes they read.
NP_WRITES_INPUTS = NP_INSERTS | {"_npi_concatenate"}


def np_written_inputs(node, shapes):
    """The input shapes ``node``'s shape function leaves behind, or None where it writes none."""
    if node.op.name in NP_INSERTS:
        return np_insert_inputs(node, shapes)
    if node.attrs.get("axis", 0) in (None, "None") and None not in shapes:
        return [(int(_np.prod(s)),) for s in shapes]        # concatenate(axis=None) flattens each operand
    return None


def np_insert_inputs(node, shapes):
    """The input shapes np.insert's shape function leaves behind, writing over those it read: the array flattened
    when no axis is given; array values of the (flattened) array's rank, their extra leading axes dropped (each
    checked to be of one element, the innermost first) or ones put before them (all ones while unknown). An index
    array of unknown shape is refused once the array's rank is known. None: nothing written (a 0-d array with an
    axis, left to the op's own checks)."""
    from ..numpy.fallback import _ZERO_DIM_CHECK_LINES, _insert_check
    arr, shapes = shapes[0], list(shapes)
    flat = node.attrs.get("axis") in (None, "None")
    if arr == () and not flat and "val" not in node.attrs and shapes[1]:
        source, line = _ZERO_DIM_CHECK_LINES[node.op.name]      # (checked before an index array's shape is read)
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: valshape.ndim() == 0 ({len(shapes[1])} "
                                     "vs. 0) : 'arr' is a 0-d array, 'values' can not assign to it. alueError: "
                                     "assignment to 0-d array.", site=(f"../src/operator/numpy/{source}", line)))
    if arr is None or arr == () and not flat:
        return None
    if flat:
        shapes[0] = arr = (int(_np.prod(arr)),)
    if node.op.name == "_npi_insert_tensor" and shapes[-1] is None:
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: ndim_is_known(this->ndim()): Shape is "
                                     "unknown.", site=("../include/mxnet/./tuple.h", 521)))
    if "val" in node.attrs:         # a number, not an input
        return shapes
    values = shapes[1]
    if values is None:
        shapes[1] = (1,) * len(arr)
        return shapes
    extra = len(values) - len(arr)
    for d in reversed(values[:max(extra, 0)]):
        if d != 1:
            refusal = _insert_check(node.op.name, f"Check failed: valshape[i] == 1 ({d} vs. 1) : index exceed limits.")
            raise MXNetError(in_operator(node.name, node.op.name, message_of(refusal), refusal.raised_at))
    shapes[1] = tuple(values[extra:]) if extra > 0 else (1,) * -extra + tuple(values)
    return shapes
