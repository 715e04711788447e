"""MXNet 1.x shape rules for inputs with unknown (0) dimensions: merging, per-op forward and backward rules."""

import math

import numpy as np

from ..base import MXNetError, message_of, negative_size_text
from ..util import is_np_shape
from . import conv_v1_shapes
from .linalg_shapes import LINALG_RULED, gemm_rule, linalg_outputs, triangular_back
from .np_shape_rules import (NP_BROADCAST_BINARY, NP_PARAMETER_SAMPLERS, NP_SAME_SHAPE, np_diag, np_diagonal, np_dot,
                             np_flattening, np_matmul, np_pad, np_reshape, np_reshape_back, np_roll, np_sampler,
                             np_tensordot, np_tril, np_vstack, np_where, shown, transpose_back, RealSizes)

# Ops whose inputs and outputs all have one shape (besides the registry's elementwise ops).
SAME_SHAPE_OPS = {"elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "add_n", "ElementWiseSum",
                  "_identity_with_attr_like_rhs", "ones_like", "zeros_like", "_copy", "identity", "BlockGrad",
                  "stop_gradient", "make_loss", "MakeLoss", "Dropout", "clip", "Cast", "softmax", "log_softmax",
                  "softmin", "SoftmaxActivation", "relu", "sigmoid", "LeakyReLU", "_grad_add", "smooth_l1",
                  "reverse", "_shuffle", "logical_not", "_contrib_quadratic", "_contrib_gradientmultiplier",
                  "_contrib_backward_gradientmultiplier", "_contrib_div_sqrt_dim", "_contrib_round_ste",
                  "_contrib_sign_ste", "_linalg_potrf", "_linalg_potri", "multi_lars", *NP_SAME_SHAPE}
# MXNet's binary ops without broadcasting (what symbol operators like x > y and x ** y make): one shape
NO_BROADCAST_BINARY = {"_equal", "_not_equal", "_greater", "_greater_equal", "_lesser", "_lesser_equal",
                       "_logical_and", "_logical_or", "_logical_xor", "_maximum", "_minimum", "_hypot", "_power",
                       "_mod", "_plus", "_minus", "_mul", "_div"}
SAME_SHAPE_OPS |= NO_BROADCAST_BINARY
# Ops MXNet leaves unknown until every input shape is fully known.
_NEEDS_KNOWN = {"Flatten", "flatten", "tile", "squeeze", "one_hot", "argmax", "argmin", "norm", "max",
                "min", "_image_to_tensor", "im2col", "col2im", "LRN", "argmax_channel",
                "_contrib_AdaptiveAvgPooling2D", "_contrib_box_nms", "_contrib_SyncBatchNorm", "gather_nd",
                "LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput", "BilinearSampler",
                "SpatialTransformer", "broadcast_axis", "broadcast_axes"}
# Ops whose rule also runs when an input's rank is unknown (MXNet's Concat skips such inputs).
TAKES_UNKNOWN_RANK = {"_sparse_retain", *NP_PARAMETER_SAMPLERS, "_npi_norm", "Concat", "_npi_concatenate", "_npi_hstack", "_np_reshape", "_npx_reshape", "stack", "_npi_stack",
                      "_npi_vstack", "_npi_column_stack", "Crop", "reshape_like", "where", "sort", "argsort", "topk", "moments", "histogram", "take",
                      "_contrib_box_iou", "_contrib_Proposal", "_contrib_MultiProposal", "_contrib_BilinearResize2D",
                      "scatter_nd", "_linalg_gemm", "shape_array", "size_array", "all_finite", "multi_all_finite",
                      "amp_multicast", "_npi_where", "_np_roll", "_np_atleast_1d", "_np_atleast_2d", "_np_atleast_3d",
                      "multi_sum_sq", *(f"_sample_{d}" for d in ("uniform", "normal", "gamma", "exponential",
                                                                  "poisson", "negative_binomial",
                                                                  "generalized_negative_binomial"))}


def shape_assign(target, shape):
    """MXNet's shape_assign: ``target``'s unknown (0) dimensions filled from ``shape`` up to the first that conflicts;
    returns (the filled target, whether every dimension fitted)."""
    if target is None:
        return tuple(shape), True
    if len(target) != len(shape):
        return target, False
    filled = list(target)
    for k, (have, given) in enumerate(zip(target, shape)):
        if not have:
            filled[k] = given
        elif given and have != given:
            return tuple(filled), False
    return tuple(filled), True


def merge_shapes(current, shape):
    """``current`` with its unknown (0) dimensions taken from ``shape``; None is a shape of unknown rank."""
    if current is None:
        return None if shape is None else tuple(shape)
    if shape is None or len(shape) != len(current):
        return tuple(current)
    return tuple(c if c else s for c, s in zip(current, shape))


def is_same_shape(node):
    """Whether ``node``'s inputs and outputs share one shape (so any of them tells the others)."""
    return node.num_outputs == 1 and (node.op.elementwise or node.op_name in SAME_SHAPE_OPS
                                      or node.op.name in SAME_SHAPE_OPS)


# Same-shape ops whose other inputs (a PReLU's gamma, softmax's lengths) have shapes of their own.
_DATA_ONLY = {"Dropout", "clip", "Cast", "softmax", "log_softmax", "softmin", "SoftmaxActivation", "LeakyReLU",
              "ones_like", "zeros_like", "BlockGrad", "stop_gradient", "make_loss", "MakeLoss", "_copy", "identity",
              "relu", "sigmoid"}


def same_shape_inputs(node):
    """Positions of the inputs whose shape is the output's."""
    if node.op_name in _DATA_ONLY or node.op.name in _DATA_ONLY:
        return [0] if node.inputs else []
    return list(range(len(node.inputs)))


def needs_known_inputs(node):
    return node.op_name in _NEEDS_KNOWN or node.op.name in _NEEDS_KNOWN


# Ops whose MXNet shape function reads a 0-d data shape as not yet known (its legacy unknown), even one a graph
# computed (split's squeezed parts of 1-D data): their outputs stay unknown, their checks never run.
_SCALAR_DATA_UNKNOWN = {"Pad", "L2Normalization", "InstanceNorm", "Crop", "IdentityAttachKLSparseReg", "MakeLoss",
                        "GridGenerator", "ravel_multi_index", "unravel_index", "_linalg_extractdiag",
                        "_linalg_extracttrian", "_linalg_makediag", "_linalg_maketrian", "pick", "batch_take",
                        *(f"_sample_{d}" for d in ("uniform", "normal", "gamma", "exponential", "poisson",
                                                   "negative_binomial", "generalized_negative_binomial"))}


def reads_scalar_data_as_unknown(node, shapes):
    """Whether ``node``'s shape function takes its 0-d data (``shapes[0]``) for an unknown shape."""
    if is_np_shape() or not shapes or shapes[0] != ():
        return False
    name, attrs = node.op.name, node.attrs
    if name in ("argmax", "argmin"):        # a reduction over an axis (keepdims reads the axis' size)
        return attrs.get("axis") not in (None, "None") and str(attrs.get("keepdims", False)).lower() not in ("1", "true")
    if name == "_sample_multinomial":       # (with a shape it reads the data's last size)
        return not attrs.get("shape")
    if name == "pick" and attrs.get("axis", -1) in (None, "None"):       # (refused first)
        return False
    return name in _SCALAR_DATA_UNKNOWN


def _axis(node, key, default, ndim):
    return int(node.attrs.get(key, default)) % ndim


def _broadcast(node, shapes):
    lhs, rhs = shapes
    ndim = max(len(lhs), len(rhs))
    lhs, rhs = (1,) * (ndim - len(lhs)) + tuple(lhs), (1,) * (ndim - len(rhs)) + tuple(rhs)
    if any(a and b and a != b and 1 not in (a, b) for a, b in zip(lhs, rhs)):
        from ..ndarray.shape_text import in_operator
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: l == 1 || r == 1: operands could not be "
                                     f"broadcast together with shapes {shown(shapes[0])} {shown(shapes[1])}"))
    out = tuple(0 if not (a and b) else max(a, b) if a != b else a for a, b in zip(lhs, rhs))
    return shapes, [out]


def _reshape(node, shapes):
    target = node.attrs.get("shape", ())
    target = (target,) if isinstance(target, int) else tuple(target)      # ``shape=-1`` is one dimension
    data = shapes[0]
    if not target and not node.attrs.get("target_shape") and data is not None:     # (the pass logs its note)
        return shapes, [RealSizes(())]      # no shape at all: a 0-d output, decided (its read fails)
    from ..ndarray.shape_text import zeros_are_unknown
    if not target and data is not None and 0 in data and zeros_are_unknown():
        return shapes, [_target_shape_output(node, data)]
    if not target or data is None:
        return None
    from ..ndarray.shape_text import in_operator
    reverse = str(node.attrs.get("reverse", False)).lower() in ("1", "true")
    try:
        out = _reshape_codes(list(target[::-1] if reverse else target),
                             [d or -1 for d in (data[::-1] if reverse else data)])
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
    if out is None:
        return None
    return shapes, [tuple(max(d, 0) for d in (out[::-1] if reverse else out))]


def _target_shape_output(node, data):
    """MXNet's output of a reshape told target_shape alone, over data of unknown (0) sizes: the target, its one
    0 (after the first size, kept with keep_highest) given the size left over, whose count refuses the data's
    unknown size; a -1 stays unknown, other 0s are sizes."""
    from .graph import exec_attrs
    from .shape_needs import _SIZE_OF_UNKNOWN
    from ..ndarray.shape_text import in_operator
    attrs = exec_attrs(node)
    out = [int(d) for d in attrs["target_shape"]]
    keep = str(attrs.get("keep_highest", False)).lower() in ("1", "true")
    if keep and out and data:
        out[0] = data[0]
    zeros = [i for i in range(1 if keep else 0, len(out)) if out[i] == 0]
    if len(zeros) == 1:
        raise MXNetError(in_operator(node.name, node.op.name, _SIZE_OF_UNKNOWN))
    shape = tuple(max(d, 0) for d in out)
    unknown = min(out, default=0) < 0 or keep and out and not out[0]
    return shape if unknown else RealSizes(shape)       # (a 0 the target keeps is a size)


def _reshape_codes(codes, dims):
    """MXNet's reshape codes (0 keep, -1 infer, -2 keep the rest, -3 merge two, -4 split one in two) over sizes of
    which some are unknown (-1): the unknown stay unknown; None where the codes do not fit (the op reports it)."""
    out, src, inferred, i = [], 0, None, 0
    while i < len(codes):
        code = codes[i]
        if code == 0 or code > 0:
            if code == 0 and src >= len(dims):
                raise MXNetError(f"Check failed: src_idx < dshape_len ({src} vs. {len(dims)}) : ")
            out.append(dims[src] if code == 0 else code)
            src += 1
        elif code == -1:
            inferred = len(out)
            out.append(1)
            src += 1
        elif code == -2:
            out.extend(dims[src:])
            src = len(dims)
        elif code == -3:
            if src >= len(dims) - 1:
                raise MXNetError(f"Check failed: src_idx < dshape_len-1 ({src} vs. {len(dims) - 1}) : ")
            a, b = dims[src], dims[src + 1]
            out.append(-1 if a < 0 or b < 0 else a * b)
            src += 2
        elif code == -4:
            if i + 2 >= len(codes):
                raise MXNetError(f"Check failed: i + 2 < params_len ({i + 2} vs. {len(codes)}) : ")
            if src >= len(dims):
                return None
            whole, a, b = dims[src], codes[i + 1], codes[i + 2]
            if a == -1 and b == -1:
                return None
            a = whole // b if a == -1 and whole >= 0 else a
            b = whole // a if b == -1 and whole >= 0 else b
            if a * b != whole and whole != -1:
                raise MXNetError("Check failed: d1 * d2 == static_cast<IType>(d0) || static_cast<IType>(d0) == "
                                 f"IType(-1): Split dims {a}, {b} do not divide original dim {whole}")
            out.extend((a, b))
            src, i = src + 1, i + 2
        else:
            return None
        i += 1
    if inferred is not None:
        out[inferred] = -1      # the data has an unknown size (this rule runs only then)
    return out


def _check_concat_inputs(node, shapes, axis_key="dim", default_axis=1, site=""):
    """MXNet's Concat shape check: each input of known rank (its axis checked in turn), its joined axis made
    unknown, is merged into one shape up to the first size that conflicts; then each input must fit that shape
    (``site``: where np.concatenate's own copy of the check fails)."""
    shown = lambda s: "[" + ",".join(str(v or -1) for v in s) + "]"      # noqa: E731
    merged = None
    for shape in shapes:
        if not shape:
            continue
        ndim = len(shape)
        axis = int(node.attrs.get(axis_key, default_axis))
        if not -ndim <= axis < ndim:
            raise MXNetError(f"Error in operator {node.name}: Check failed: axis < ndim && axis >= -ndim: "
                             f"axis {axis} exceeds the input dimension of {ndim}")
        merged = shape_assign(merged, tuple(0 if i == axis % ndim else d for i, d in enumerate(shape)))[0]
    for shape in shapes:
        filled, fits = shape_assign(shape, merged) if shape and merged is not None else (shape, True)
        if not fits:
            raise MXNetError(f"Error in operator {node.name}: {site}Check failed: shape_assign(&(*in_shape)[i], "
                             f"dshape): Incompatible input shape: expected {shown(merged)}, got {shown(filled)}")


def _concat_axis(node, ndim, first):
    """The axis a concatenation joins along (None: np.concatenate's flattening); ``first``: its first input's
    shape (hstack joins 1-D inputs, and inputs of unknown rank, along axis 0)."""
    if node.op.name == "_npi_concatenate":
        axis = node.attrs.get("axis", 0)
        return None if axis in (None, "None") else int(axis) % ndim
    if node.op.name == "_npi_hstack":
        return 1 if first is not None and len(first) > 1 else 0
    return _axis(node, "dim", 1, ndim)


def _hstack_read(node, shape):
    """An input's shape as a concatenation reads it: hstack takes a 0-d input for one element."""
    return (1,) if node.op.name == "_npi_hstack" and shape == () else shape


def _concat(node, shapes):
    shapes = [_hstack_read(node, s) for s in shapes]
    if node.op.name == "Concat":
        _check_concat_inputs(node, shapes)
    if node.op.name == "_npi_concatenate" and node.attrs.get("axis", 0) not in (None, "None"):
        _check_concat_inputs(node, shapes, "axis", 0, "../src/operator/numpy/np_matrix_op.cc:653: ")
    known = [s for s in shapes if s is not None]
    if not known or any(len(s) != len(known[0]) for s in known):
        return None
    ndim = len(known[0])
    axis = _concat_axis(node, ndim, shapes[0])
    if axis is None:
        return None
    common = [0] * ndim
    for shape in known:
        common = [c or d if i != axis else 0 for i, (c, d) in enumerate(zip(common, shape))]
    ins = [tuple(common) if s is None else tuple(s[i] if i == axis else common[i] for i in range(ndim))
           for s in shapes]
    sizes = [s[axis] for s in known]
    common[axis] = sum(sizes) if all(sizes) else 0      # an input of unknown rank is left out of the sum
    return ins, [tuple(common)]


def _stack(node, shapes):
    """MXNet's rule merges the shapes in turn, each up to its first conflicting size (conflicts go unchecked), and
    tells the output only once that merged shape is fully known."""
    from ..ndarray.shape_text import zeros_are_unknown
    merged = None
    for shape in shapes:
        if shape is not None and (merged is None or zeros_are_unknown()):     # (a real 0 is a known size)
            merged = shape_assign(merged, shape)[0]
    if merged is None or 0 in merged and zeros_are_unknown():
        return shapes, [None]
    ndim = len(merged) + 1
    axis = int(node.attrs.get("axis", 0))
    if not -ndim <= axis < ndim:
        raise MXNetError(f"Error in operator {node.name}: Check failed: axis < ndim && axis >= -ndim: "
                         f"axis {axis} exceeds the input dimension of {ndim}")
    axis %= ndim
    return shapes, [merged[:axis] + (len(shapes),) + merged[axis:]]


def _dot(node, shapes):
    """``dot`` with some unknown (0) dimensions: MXNet's rule takes the size of each contracted part, which fails
    when that part holds an unknown dimension; otherwise the probes' partial rule (None). Two vectors refuse a
    transpose whatever their sizes (real 0s under NumPy shape semantics too)."""
    from ..ndarray.shape_text import in_operator, zeros_are_unknown
    if len(shapes) != 2 or any(not s for s in shapes):
        return None
    a, b = (tuple(s) for s in shapes)
    flag = lambda key: str(node.attrs.get(key, False)).strip().lower() in ("1", "true")
    if len(a) == 1 and len(b) == 1 and (flag("transpose_a") or flag("transpose_b")):
        raise MXNetError(in_operator(node.name, "dot", "Check failed: !param.transpose_a && !param.transpose_b: "
                                                       "Cannot transpose vectors"))
    if not zeros_are_unknown():
        return _dot_of_real_sizes(node, a, b, flag("transpose_a"), flag("transpose_b"))
    if len(a) == 1 and len(b) == 1:
        if (a[0] or -1) != (b[0] or -1):
            raise MXNetError(in_operator(node.name, "dot", f"Check failed: lshape[0] == rshape[0] ({a[0] or -1} vs. "
                                                           f"{b[0] or -1}) : dot shape error: [{a[0] or -1}] X [{b[0] or -1}]"))
        return None
    contracted_a = a[:1] if flag("transpose_a") else a[-1:]
    contracted_b = b[-1:] if flag("transpose_b") else b[:1]
    if 0 in contracted_a or 0 in contracted_b:
        raise MXNetError(in_operator(node.name, "dot", "Check failed: dim_size_is_known(*it): Shape dim size cannot be "
                                                       "a negative value -1"))
    size_a, size_b = int(np.prod(contracted_a)), int(np.prod(contracted_b))
    if size_a != size_b:
        shown = [",".join(str(d or -1) for d in s) for s in (a, b)]
        raise MXNetError(in_operator(node.name, "dot", f"Check failed: L[!Ta].Size() == R[Tb].Size() ({size_a} vs. "
                                                       f"{size_b}) : dot shape error: [{shown[0]}] X [{shown[1]}]"))
    return None


def _dot_of_real_sizes(node, a, b, transpose_a, transpose_b):
    """``dot`` under NumPy shape semantics: MXNet's rule compares the contracted sizes of two matrices only when
    neither is 0 (an empty one contracts with any), and two vectors' lengths always."""
    from ..ndarray.shape_text import in_operator
    if len(a) == 1 and len(b) == 1:
        if a[0] != b[0]:
            raise MXNetError(in_operator(node.name, "dot", f"Check failed: lshape[0] == rshape[0] ({a[0]} vs. {b[0]}) : "
                                                           f"dot shape error: [{a[0]}] X [{b[0]}]"))
        return None
    kept_a, contracted_a = (a[1:], a[:1]) if transpose_a else (a[:-1], a[-1:])
    kept_b, contracted_b = (b[:-1], b[-1:]) if transpose_b else (b[1:], b[:1])
    size_a, size_b = math.prod(contracted_a), math.prod(contracted_b)
    if size_a == size_b:
        return None
    if size_a and size_b:
        shown = [",".join(str(d) for d in s) for s in (a, b)]
        raise MXNetError(in_operator(node.name, "dot", f"Check failed: L[!Ta].Size() == R[Tb].Size() ({size_a} vs. "
                                                       f"{size_b}) : dot shape error: [{shown[0]}] X [{shown[1]}]"))
    return [a, b], [(kept_a if len(a) > 1 else ()) + (kept_b if len(b) > 1 else ())]


def _broadcast_to(node, shapes):
    """MXNet's rule: a 0 in ``shape`` keeps the input's dimension (known or not); any other must match an input
    dimension of 1 or the same size, which an unknown one does not. Its words show ``shape`` as given."""
    from ..ndarray.shape_text import in_operator, provided
    data, target = shapes[0], node.attrs.get("shape", ())
    target = (target,) if isinstance(target, int) else tuple(target)
    if data is None or not data:
        return None
    shown = lambda s: "[" + ",".join(str(v or -1) for v in s) + "]"      # noqa: E731
    if len(data) != len(target):
        raise MXNetError(in_operator(node.name, "broadcast_to", "Check failed: ishape.ndim() == param.shape.ndim() "
                                     f"({len(data)} vs. {len(target)}) : Operand of shape {shown(data)} cannot be "
                                     f"broadcasted to {provided(target)}"))
    out = tuple(t if t else d for d, t in zip(data, target))
    if any(d != 1 and d != o for d, o in zip(data, out) if o):
        raise MXNetError(in_operator(node.name, "broadcast_to", "Check failed: ishape[i] == oshape[i] || ishape[i] "
                                     f"== 1: Array cannot be broadcasted from {shown(data)} to {provided(target)}"))
    return shapes, [out]


def _pooling(node, shapes):
    """Data of some size unknown: MXNet compares the kernel with each padded spatial size, -1 where unknown, and
    refuses the first kernel that exceeds it (else the probes' partial rule: None)."""
    from ..ndarray.ops_conv import pool_kernel_words
    from ..ndarray.shape_text import in_operator
    data, attrs = shapes[0], node.attrs
    if data is None or len(data) < 3 or str(attrs.get("global_pool", False)).lower() in ("1", "true"):
        return None
    last = str(attrs.get("layout", "None")).endswith("C")
    spatial = data[1:-1] if last else data[2:]
    kernel, pad = tuple(attrs.get("kernel", ())), tuple(attrs.get("pad", ()) or (0,) * len(spatial))
    for i, (dim, k) in enumerate(zip(spatial, kernel)):
        if k > (dim or -1) + 2 * pad[i]:
            shown = (data[2] or -1) if last else None
            raise MXNetError(in_operator(node.name, "Pooling", pool_kernel_words(i, k, dim or -1, pad[i],
                                                                                 len(spatial), shown)))
    return None


def check_known_rank(node, shapes):
    """The checks an op makes of its data's rank as soon as the rank is known, before any dimension is."""
    if node.op.name == "Concat":        # each input's axis and shape in turn, known sizes or not
        _check_concat_inputs(node, shapes)
    if node.op.name in _BIAS_COUNT_SITES:
        _check_bias_input(node, len(shapes))
    if _counted_inputs(node) is not None:
        _check_input_count(node, len(shapes))
    if node.op.name in _LEGACY_PROPERTY_OPS:
        _check_legacy_input_count(node, len(shapes))
    check_fixed_input_count(node, len(shapes))
    if node.op.name in ("ravel_multi_index", "unravel_index"):
        _check_ravel_shape(node)
    if node.op.name == "_npi_polyval" and shapes and (shapes[0] is None or len(shapes[0]) != 1):
        from ..ndarray.shape_text import in_operator        # (an unknown rank read as -1)
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: p_shape.ndim() == 1U "
                                     f"({-1 if shapes[0] is None else len(shapes[0])} vs. 1) : ValueError: p has to "
                                     "be an 1-D array.", ("../src/operator/numpy/np_polynomial_op-inl.h", 49)))
    if node.op.name == "BilinearSampler" and shapes and shapes[0] is not None and all(shapes[0]) and \
            len(shapes[0]) != 4:
        from ..ndarray.shape_text import in_operator        # (checked once its data is known, the grid or not)
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: dshape.ndim() == 4U ({len(shapes[0])} "
                                     "vs. 4) : input data should be 4D in batch-num_filter-y-x"))
    if node.op.name == "Pooling" and shapes and shapes[0] is not None:     # (a 0-d shape a graph computed too)
        _check_pooling_rank(node, len(shapes[0]))
    if node.op.name == "SliceChannel" and shapes and shapes[0]:
        _check_split(node, shapes[0])
    if node.op.name == "UpSampling":
        _check_upsampling_rank(node, shapes)
    if node.op.name == "SwapAxis" and shapes and shapes[0]:
        _check_swap_axes(node, len(shapes[0]))
    if node.op.name == "_np_moveaxis" and shapes:
        _check_moveaxis_axes(node, None if shapes[0] is None else len(shapes[0]))
    if node.op.name == "_npi_rot90" and shapes and shapes[0] is None:
        _refuse_unknown_rank_rot90(node)
    if node.op.name in ("_npi_insert_scalar", "_npi_insert_slice", "_npi_insert_tensor") and shapes and \
            shapes[0] is None:
        _refuse_unknown_rank_insert(node)
    if node.op.name in ("_npi_solve", "_npi_average") and len(shapes) == 2 and shapes[0] is not None and \
            shapes[1] is None:
        _refuse_unknown_second_operand(node, tuple(shapes[0]))
    if node.op.name in _SPLIT_RANKS and shapes and shapes[0] is not None and (shapes[0] or is_np_shape()):
        _check_split_rank(node, len(shapes[0]))
    if node.op.name == "_split_v2" and shapes and shapes[0] is not None:
        _check_split_v2_axis(node, len(shapes[0]))
    if node.op.name == "_np_diagonal" and shapes and shapes[0] is None:
        from ..ndarray.shape_text import in_operator        # (an unknown rank read as -1)
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: ishape.ndim() >= 2 (-1 vs. 2) : Input "
                                     "array should be at least 2d", ("../src/operator/numpy/./np_matrix_op-inl.h", 1220)))
    if node.op.name in ("_npi_eig", "_npi_eigh") and shapes and shapes[0] is None:
        from ..ndarray.shape_text import in_operator        # (its eigenvectors' rank, unknown with the data's)
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: eigv_ndim >= 2 (-1 vs. 2) : Outputs V "
                                     "must be at least two-dimensional", ("../src/operator/numpy/linalg/np_eig.cc", 87)))
    if node.op.name == "_npi_cholesky" and shapes and (shapes[0] is None or len(shapes[0]) < 2):
        from ..ndarray.shape_text import in_operator
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: in_shape.ndim() >= 2 "
                                     f"({-1 if shapes[0] is None else len(shapes[0])} "
                                     "vs. 2) : Array must be at least two-dimensional",
                                     ("../src/operator/numpy/linalg/np_potrf.cc", 39)))
    if node.op.name in ("_np_cumsum", "cumsum") and node.attrs.get("axis") in (None, "None") or \
            node.op.name == "_npi_concatenate" and node.attrs.get("axis", 0) in (None, "None"):
        np_flattening(node, shapes)


# Where the shape functions of the ops with an optional bias check their input count (with, without a bias),
# and their no_bias default.
_BIAS_COUNT_SITES = {"Convolution": ("../src/operator/nn/convolution.cc", 91, 93, False),
                     "FullyConnected": ("../src/operator/nn/fully_connected.cc", 47, 49, False),
                     "Deconvolution": ("../src/operator/nn/deconvolution.cc", 121, 123, True)}


def bias_input_count(node):
    """The inputs a node of an op with an optional bias expects by its no_bias (None for other ops): a node's
    no_bias set after it was composed, or a graph's JSON, may disagree with its inputs."""
    if node.op.name not in _BIAS_COUNT_SITES:
        return None
    no_bias = _flag(node, "no_bias") if "no_bias" in node.attrs else _BIAS_COUNT_SITES[node.op.name][3]
    return 2 if no_bias else 3


def _check_bias_input(node, count):
    """A bias input exactly when no_bias is false (see bias_input_count)."""
    from ..ndarray.shape_text import in_operator
    path, with_bias, without_bias, _ = _BIAS_COUNT_SITES[node.op.name]
    wanted = bias_input_count(node)
    line = without_bias if wanted == 2 else with_bias
    if count != wanted:
        listed = "data, weight" + (", bias" if wanted == 3 else "")
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: in_shape->size() == {wanted}U "
                                     f"({count} vs. {wanted}) : Input:[{listed}]", (path, line)))


# Where the shape functions of ops with a fixed set of inputs check how many they got (a graph's JSON may list
# fewer): (source, line, the checked vector, the inputs as the message lists them).
_REGRESSION_COUNT = ("../src/operator/./regression_output-inl.h", 58, "in_attrs", "data, label")
_COUNT_SITES = {"BatchNorm": ("../src/operator/nn/batch_norm.cc", 364, "in_shape",
                              "data, gamma, beta, MovingMean, MovingVar"),
                "LayerNorm": ("../src/operator/nn/layer_norm.cc", 40, "in_shape", "data, gamma, beta"),
                "GroupNorm": ("../src/operator/nn/group_norm.cc", 39, "in_shape", "data, gamma, beta"),
                "SoftmaxOutput": ("../src/operator/softmax_output.cc", 98, "in_shape", "data, label"),
                "LinearRegressionOutput": _REGRESSION_COUNT, "LogisticRegressionOutput": _REGRESSION_COUNT,
                "MAERegressionOutput": _REGRESSION_COUNT,
                "LeakyReLU": ("../src/operator/leaky_relu.cc", 63, "in_shape", None),
                "UpSampling": ("../src/operator/nn/upsampling.cc", 59, "in_shape", None)}


def _counted_inputs(node):
    """The inputs (as MXNet's message lists them) a node of an op in _COUNT_SITES must have, else None: PReLU's
    gamma and bilinear UpSampling's weight come with their modes."""
    site = _COUNT_SITES.get(node.op.name)
    if site is None:
        return None
    if node.op.name == "LeakyReLU":
        return "data, gamma" if node.attrs.get("act_type") == "prelu" else "data"
    if node.op.name == "UpSampling":
        return "data, weight" if node.attrs.get("sample_type") == "bilinear" else None
    return site[3]


def _check_input_count(node, count):
    from ..ndarray.shape_text import in_operator
    path, line, checked, _ = _COUNT_SITES[node.op.name]
    listed = _counted_inputs(node)
    wanted = len(listed.split(", "))
    if count != wanted:
        raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: {checked}->size() == {wanted}U "
                                     f"({count} vs. {wanted}) : Input:[{listed}]", (path, line)))


# Where the shape and type functions of ops with a fixed input count check it (a graph's JSON may list fewer):
# {op: ((shape check's site, words), (type check's site, words))}, the words formatted with the count given
# ``n``, the count wanted ``w`` and the node's name.
_ELEMWISE_COUNT = "Check failed: in_attrs->size() == static_cast<size_t>(n_in) ({n} vs. {w}) :  in operator {node}"
_ELEMWISE_TYPE_COUNT = (("../src/operator/contrib/../elemwise_op_common.h", 194), _ELEMWISE_COUNT)
_TWO_INPUTS = "Check failed: in_attrs->size() == 2U ({n} vs. 2) : "
_FIXED_COUNT_CHECKS = {
    "where": ((("../src/operator/tensor/./control_flow_op.h", 174),
               "Check failed: in_attrs->size() == 3U ({n} vs. 3) : where operator takes 3 arguments ({n} given)"),
              (("../src/operator/tensor/./control_flow_op.h", 200),
               "Check failed: in_attrs->size() == 3U ({n} vs. 3) : where operator takes 3 arguments ({n} given)")),
    **dict.fromkeys(("elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", *NO_BROADCAST_BINARY),
                    ((("../src/operator/contrib/./../elemwise_op_common.h", 180), _ELEMWISE_COUNT),
                     _ELEMWISE_TYPE_COUNT)),
    "dot": ((("../src/operator/tensor/./dot-inl.h", 1207), _TWO_INPUTS), _ELEMWISE_TYPE_COUNT),
    "batch_dot": ((("../src/operator/tensor/./dot-inl.h", 1414), _TWO_INPUTS), _ELEMWISE_TYPE_COUNT),
    "pick": ((("../src/operator/tensor/./broadcast_reduce_op.h", 1662),
              "Check failed: in_attrs->size() == 2 ({n} vs. 2) : "),
             (("../src/operator/tensor/./broadcast_reduce_op.h", 1685), _TWO_INPUTS)),
    "gather_nd": ((("../src/operator/tensor/./indexing_op.h", 1313), _TWO_INPUTS),
                  (("../src/operator/tensor/./indexing_op.h", 1346), _TWO_INPUTS)),
    "CTCLoss": ((("../src/operator/nn/./ctc_loss-inl.h", 213),
                 "Check failed: in_attrs->size() == CTCLossOpNumInputs(attrs) ({n} vs. {w}) : "),
                (("../src/operator/nn/./ctc_loss-inl.h", 251), "Check failed: in_attrs->size() >= 2U ({n} vs. 2) : ")),
    "RNN": ((("../src/operator/rnn.cc", 73), "Check failed: in_shape->size() == expected_arguments.size() ({n} vs. "
             "{w}) : Input shape mismatch. Expected {w} input parameters but got {n}."),
            (("../src/operator/rnn.cc", 148), "Check failed: in_type->size() == GetRnnNumInputs(param) ({n} vs. {w}) : "))}
_BROADCAST_COUNT = ((("../src/operator/numpy/linalg/./../../tensor/elemwise_binary_broadcast_op.h", 44), _TWO_INPUTS),
                    _ELEMWISE_TYPE_COUNT)


def _fixed_count_check(node):
    """The (shape, type) count checks of ``node``'s op (see _FIXED_COUNT_CHECKS), else None."""
    name = node.op.name
    if name in _FIXED_COUNT_CHECKS:
        return _FIXED_COUNT_CHECKS[name]
    if name.startswith("broadcast_") and len(node.op.arg_names) == 2 and not node.op.variadic \
            and name != "broadcast_like":
        return _BROADCAST_COUNT
    return None


def check_fixed_input_count(node, count, types=False):
    """Refuse a node listing another number of inputs than its op takes, as the op's shape (or, ``types``, type)
    function does; CTCLoss's type function only counts its data and label."""
    from ..ndarray.shape_text import in_operator
    from .symbol import input_count
    checks = _fixed_count_check(node)
    if checks is None:
        return
    wanted = input_count(node.op, node.attrs)
    if count == wanted or types and node.op.name == "CTCLoss" and count >= 2:
        return
    site, words = checks[types]
    raise MXNetError(in_operator(node.name, node.op.name, words.format(n=count, w=wanted, node=node.name), site))


# Ops MXNet still runs through its legacy operator interface, which checks the input count it wraps.
_LEGACY_PROPERTY_OPS = frozenset(("BilinearSampler", "Correlation", "IdentityAttachKLSparseReg", "InstanceNorm",
                                  "ROIPooling", "SVMOutput", "SequenceLast", "SequenceMask", "SequenceReverse",
                                  "SpatialTransformer", "_contrib_DeformableConvolution"))


def _check_legacy_input_count(node, count):
    from ..ndarray.shape_text import in_operator
    from .graph import AUX_INPUTS
    from .symbol import input_count
    wanted = input_count(node.op, node.attrs)
    args = wanted - sum(1 for name in node.op.arg_names[:wanted] if name in AUX_INPUTS)
    if count != wanted:
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: prop.inputs.size() == iattr->size() "
                                     f"({wanted} vs. {count}) : op={node.op.name}, inputs.size={wanted}, "
                                     f"iattr.size={count}, arg.size={args}", ("../src/nnvm/legacy_op_util.cc", 185)))


def _check_moveaxis_axes(node, ndim):
    """moveaxis's checks of its axes against its data's rank ``ndim`` (None: unknown)."""
    from ..ndarray.shape_text import in_operator
    from ..numpy.shaping import _check_moved_axes
    source, destination = _tuple_attr(node.attrs["source"]), _tuple_attr(node.attrs["destination"])
    try:
        if ndim is None:
            _refuse_unknown_rank_move(source, destination)
        else:
            _check_moved_axes(ndim, source, destination)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) from None


# the fewest axes np.hsplit's and dsplit's shape functions take, and where they check it (hsplit's check prints
# its values)
_SPLIT_RANKS = {"_npi_hsplit": (1, "Check failed: dshape.ndim() >= 1U ({} vs. 1) : ", 1365),
                "_npi_dsplit": (3, "Check failed: dshape.ndim() >= 3: ", 1414)}


def _check_split_rank(node, ndim):
    from ..ndarray.shape_text import in_operator
    least, check, line = _SPLIT_RANKS[node.op.name]
    if ndim < least:
        name = node.op.name[len("_npi_"):]
        words = f"{check.format(ndim)}ValueError: {name} only works on arrays of {least} or more dimensions"
        raise MXNetError(in_operator(node.name, node.op.name, words, ("../src/operator/numpy/np_matrix_op.cc", line)))


def _refuse_unknown_second_operand(node, known):
    """np.linalg.solve's and np.average's shape functions, their first operand ``known`` and the second (B, the
    weights) of unknown rank (-1 to them): solve checks A's rank, then finds B's rank unlike A's; average checks its
    axes, then finds the weights no vector."""
    from types import SimpleNamespace

    from ..base import located
    from ..ndarray.shape_text import in_operator
    from ..numpy.reductions import _axes_within
    try:
        if node.op.name == "_npi_solve":
            if len(known) < 2:
                raise located(MXNetError(f"Check failed: in_a_ndim >= 2 ({len(known)} vs. 2) : Array must be at "
                                         "least two-dimensional"), ("../src/operator/numpy/linalg/np_solve.cc", 45))
            raise located(MXNetError("A's and B's dimensions don't match"),
                          ("../src/operator/numpy/linalg/np_solve.cc", 57))
        axis = _tuple_attr(node.attrs.get("axis", "None"))
        _axes_within(SimpleNamespace(ndim=len(known), shape=known), axis)
        raise located(MXNetError("Check failed: w_shape.ndim() == 1U (-1 vs. 1) : 1D weights expected when shapes of "
                                 "a and weights differ."), ("../src/operator/numpy/np_broadcast_reduce_op.h", 556))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) from None


def _refuse_unknown_rank_insert(node):
    """np.insert's shape functions over an array of unknown rank (-1 to them): without an axis, flattening it
    reads its unknown shape; any axis is out of its range."""
    from ..ndarray.shape_text import in_operator
    from ..numpy.fallback import _INSERT_CHECK_LINES
    if node.attrs.get("axis") in (None, "None"):
        words, site = "Check failed: ndim_is_known(this->ndim()): Shape is unknown.", ("../include/mxnet/./tuple.h", 521)
    else:
        source, line = _INSERT_CHECK_LINES[node.op.name][:2]
        words = ("Check failed: axis >= -1 * arrshape.ndim() && axis < arrshape.ndim(): Axis should be in the range "
                 "of [-r, r-1] where r is the rank of input tensor")
        site = (f"../src/operator/numpy/{source}", line)
    raise MXNetError(in_operator(node.name, node.op.name, words, site))


def _refuse_unknown_rank_move(source, destination):
    """moveaxis's shape function over data of unknown rank (-1 to it): after counting the axes, its range checks
    pass and it fails indexing the new shape with the first destination (a negative one plus -1)."""
    from ..base import located
    from ..numpy.shaping import _check_moved_axes
    src, dst = (tuple(v) if isinstance(v, (tuple, list)) else (v,) for v in (source, destination))
    if len(src) != len(dst) or not dst or not all(isinstance(v, int) for v in src + dst):
        _check_moved_axes(-1, source, destination)      # (its count check, or the parser's refusal)
        return
    first = dst[0] if dst[0] >= 0 else dst[0] - 1
    raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {first} must be in range [0, -1)"),
                  ("../include/mxnet/tuple.h", 230))


def _rot90_half_turn(node, shape):
    """rot90's output shape when a half or whole turn names the axis one past the last, which its shape function
    lets pass (only its kernel reads that axis), else None (the op decides)."""
    axes, k = _tuple_attr(node.attrs.get("axes", "(0, 1)")), int(node.attrs.get("k", 1))
    axes = (axes,) if isinstance(axes, int) else tuple(axes or ())
    n = len(shape)
    if k % 2 or len(axes) != 2 or not all(isinstance(ax, int) for ax in axes):
        return None
    first, second = (ax + n if ax < 0 else ax for ax in axes)
    if first == second or not (0 <= first <= n and 0 <= second <= n) or max(first, second) < n:
        return None
    return [tuple(shape)]


def _refuse_unknown_rank_rot90(node):
    """rot90's shape function over data of unknown rank (-1 to it) finds any plane out of range, after its
    checks of the plane's axes."""
    from ..ndarray.shape_text import in_operator
    from ..numpy.shaping import _check_rot90_axes
    axes, k = _tuple_attr(node.attrs.get("axes", "(0, 1)")), int(node.attrs.get("k", 1))
    try:
        _check_rot90_axes(-1, (axes,) if isinstance(axes, int) else tuple(axes or ()), k)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) from None


def _tuple_attr(value):
    import ast
    return ast.literal_eval(value) if isinstance(value, str) else value


def _check_split_v2_axis(node, ndim):
    """split_v2 checks a non-negative axis against the data's rank once that is known."""
    from ..ndarray.ops_join import check_split_v2_axis
    from ..ndarray.shape_text import in_operator
    try:
        check_split_v2_axis(int(node.attrs.get("axis", 0)), ndim)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), getattr(e, "raised_at", None))) from None


def _check_swap_axes(node, ndim):
    from ..ndarray.ops_shape import swap_axes_refusal
    from ..ndarray.shape_text import in_operator
    dims = int(node.attrs.get("dim1", 0)), int(node.attrs.get("dim2", 0))
    refusal = swap_axes_refusal(ndim, *dims)
    if refusal is not None:
        name, check = refusal
        axis = dims[0] if name == "axis1" else dims[1]
        raise MXNetError(in_operator(node.name, "SwapAxis", f"{check}{name}: axis {axis} is out of bounds for array "
                                                            f"of ndim {ndim}"))


def check_reads_axis_one(shape):
    """Shape functions that read the data's channel size (its axis 1) before checking its rank refuse 1-D data so."""
    if len(shape) < 2:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {len(shape)})")


def size_below_unknown_refusal(size):
    """MXNet's words, once its shape pass ends, for a shape left holding ``size`` (below -1)."""
    from ..base import log_time
    return (f"{log_time()} ../include/mxnet/./tuple.h:420: Check failed: (dim_size) >= (-1) shape dim size must be "
            f">= -1, while received {size}\n")


def _check_upsampling_rank(node, shapes):
    """UpSampling's inputs of known rank are 4-D (bilinear: its data), in the words of MXNet's shape function (an
    array's error shows the kernel's name first); nearest UpSampling's further checks are its output's."""
    from ..ndarray.shape_text import in_operator
    if node.attrs.get("sample_type") != "bilinear":
        _nearest_upsampling_shape(node, shapes)
        return
    if shapes and shapes[0] and len(shapes[0]) != 4:
        raise MXNetError(in_operator(node.name, "UpSampling", f"Check failed: dshape.ndim() == 4U ({len(shapes[0])} "
                                                              "vs. 4) : UpSamplingBilinear: Input data should be 4D "
                                                              "in (batch, channel, y, x)"))


def _c_remainder(a, b):
    """C's a % b: the sign of ``a``."""
    return int(math.fmod(a, b))


def _nearest_upsampling_shape(node, shapes):
    """MXNet's nearest UpSampling shape over sizes known or not (unknown: -1, as its arithmetic reads them), None
    while the first input's rank is unknown: each input in turn checked, its channels added (or, summed, equal);
    an output size below -1 is refused in the node's words when no unknown size (-1) comes before it, else as
    the pass ends."""
    from ..ndarray.shape_text import in_operator
    if not shapes or shapes[0] is None:
        return None
    try:
        check_reads_axis_one(shapes[0])
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, "UpSampling", message_of(e))) from None
    scale, summed = int(node.attrs.get("scale", 1)), node.attrs.get("multi_input_mode") == "sum"
    out_height, out_width, channels = None, None, 0
    for shape in shapes:
        _check_nearest_input(node, shape)
        out_height, out_width = ((shapes[0][k] or -1) * scale for k in (2, 3))    # (once its rank is checked)
        _check_nearest_divides(node, out_height, out_width, shape)
        size = shape[1] or -1
        if summed and channels not in (0, size):
            raise MXNetError(in_operator(node.name, "UpSampling", "Check failed: oshape[1] == 0 || oshape[1] == "
                                         "shape[1]: Number of channels must be the same when multi_input_mode==sum"))
        channels = size if summed else channels + size
    out = ((shapes[0][0] or -1), channels, out_height, out_width)
    first_unknown = next((d for d in out if d < 0), None)       # (the output's sizes are read in order)
    if first_unknown is not None and first_unknown < -1:
        raise MXNetError(in_operator(node.name, "UpSampling", negative_size_text(first_unknown)))
    return tuple(0 if d == -1 else d for d in out)     # (sizes below -1 after an unknown one: the pass refuses)


def _check_nearest_input(node, shape):
    from ..ndarray.shape_text import in_operator
    if shape is None or len(shape) != 4:
        raise MXNetError(in_operator(node.name, "UpSampling", f"Check failed: shape.ndim() == 4U "
                                     f"({-1 if shape is None else len(shape)} vs. 4) : UpSamplingNearest: Input "
                                     "data should be 4D in (batch, channel, y, x)"))


def _check_nearest_divides(node, out_height, out_width, shape):
    """An input's height and width divide the output's (C's remainder: an unknown size -1 divides any)."""
    from ..ndarray.shape_text import in_operator
    for checked, out, have, words in (("oh%shape[2]", out_height, shape[2] or -1, "height"),
                                      ("ow%shape[3]", out_width, shape[3] or -1, "width")):
        if _c_remainder(out, have):
            raise MXNetError(in_operator(node.name, "UpSampling", f"Check failed: {checked} == 0U "
                                         f"({_c_remainder(out, have)} vs. 0) : UpSamplingNearest: input {words} "
                                         f"of {have}does not divide output {words} of {out}"))


def _check_split(node, data):
    """SliceChannel's axis must be one of the data's, whose size (-1 while unknown, as C++'s % sees it) the
    outputs divide evenly."""
    from ..ndarray.ops_join import split_refusal
    from ..ndarray.shape_text import in_operator
    message = split_refusal(data, int(node.attrs.get("axis", 1)), int(node.attrs.get("num_outputs", 1)),
                            _squeezes(node))
    if message is not None:
        raise MXNetError(in_operator(node.name, "SliceChannel", message))


def _squeezes(node):
    return str(node.attrs.get("squeeze_axis", False)).lower() in ("1", "true")


def _slice_channel(node, shapes):
    """A squeezing split of data whose split size is unknown: MXNet takes it to be num_outputs, and each output
    is the data's shape without that axis (other unknown sizes stay unknown)."""
    data = shapes[0]
    if not data or not _squeezes(node):
        return None
    n = int(node.attrs.get("num_outputs", 1))
    axis = int(node.attrs.get("axis", 1)) % len(data)
    return [data[:axis] + (n,) + data[axis + 1:]], [data[:axis] + data[axis + 1:]] * n


def _check_pooling_rank(node, ndim):
    """Pooling's checks of a known data rank: 3 to 5 dimensions, and the kernel's rank plus two unless global."""
    from ..ndarray.ops_conv import POOLED_RANKS, check_same_pad
    from ..ndarray.shape_text import in_operator
    message = None
    same = node.attrs.get("pooling_convention") == "same"
    if node.attrs.get("pool_type") == "lp" and node.attrs.get("p_value") in (None, "None"):
        message = "Check failed: param.p_value.has_value(): "
    elif same and ndim != 3:
        message = (f"Check failed: dshape.ndim() == 3U ({ndim} vs. 3) : Pooling: Input data should be 3D in (batch, "
                   "channel, x). Currently 'same' supports Max Pooling 1-D")
    elif same:
        try:
            check_same_pad(node.attrs.get("pad"), len(tuple(node.attrs.get("kernel") or ())))
        except MXNetError as e:
            message = message_of(e)
    if message is None and not 3 <= ndim <= 5:
        check = f"dshape.ndim() >= 3 ({ndim} vs. 3)" if ndim < 3 else f"dshape.ndim() <= 5 ({ndim} vs. 5)"
        message = (f"Check failed: {check} : Pooling: Input data should be  3D in (batch, channel, x) Or 4D in "
                   f"(batch, channel, y, x)  Or 5D in (batch, channel, d, y, x)")
    elif message is None and str(node.attrs.get("global_pool", False)).lower() not in ("1", "true"):
        rank = len(tuple(node.attrs.get("kernel", ()))) + 2
        if rank != ndim and rank in POOLED_RANKS:
            message = (f"Check failed: dshape.ndim() == {rank}U ({ndim} vs. {rank}) : Pooling: Input data should be "
                       f"{POOLED_RANKS[rank]}")
    if message is not None:
        raise MXNetError(in_operator(node.name, "Pooling", message))


def _repeat(node, shapes):
    """MXNet multiplies an unknown (-1) dimension by the repeats (-2 is no size), or counts all the elements."""
    from ..ndarray.shape_text import in_operator, zeros_are_unknown
    data, axis = shapes[0], node.attrs.get("axis")
    if data is None or not data or 0 not in data or not zeros_are_unknown():
        return None
    if axis not in (None, "None") and not -len(data) <= int(axis) < len(data):
        message = f"Check failed: axis >= 0 && axis < ndims: axis = {int(axis)} out of bounds"
    elif axis in (None, "None"):
        message = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
    else:
        repeats, axis = int(node.attrs.get("repeats", 1)), int(axis) % len(data)
        if data[axis] or repeats <= 1:
            return None
        if 0 in data[:axis]:        # (its shape function reads the sizes in order: the pass refuses it later)
            return shapes, [data[:axis] + (-repeats,) + data[axis + 1:]]
        message = negative_size_text(-repeats)
    raise MXNetError(in_operator(node.name, "repeat", message))


def _slice_axis(node, shapes):
    """slice_axis along an axis of unknown size: MXNet gives the data's shape (that size unknown) and reads no begin
    or end."""
    data = shapes[0]
    if not data:
        return None
    axis = int(node.attrs.get("axis", 0))
    if not -len(data) <= axis < len(data) or data[axis % len(data)]:
        return None
    return [data], [data]


def _ctc_loss(node, shapes):
    """CTCLoss with a label of unknown sizes (its rank and batch checked, see shape_needs): the loss has the
    data's batch size, MXNet's hidden gradient output the data's shape."""
    data = shapes[0]
    if data and len(data) != 3:
        from ..ndarray.shape_text import in_operator
        raise MXNetError(in_operator(node.name, "CTCLoss", f"Check failed: dshape.ndim() == 3U ({len(data)} vs. 3) : "
                                                           "The number of dimensions of data array must be 3."))
    if not data or 0 in data or len(shapes) != 2 or (shapes[1] and 0 not in shapes[1]):
        return None
    return list(shapes), [(data[1],), data][:node.num_outputs]


def _slice_like(node, shapes):
    """slice_like checks the known sizes as its kernel does (an unknown one is -1: it cannot hold a known window);
    the output takes the second input's sizes on the sliced axes, unknown where that input's are."""
    from ..ndarray.ops_select import like_window
    from ..ndarray.shape_text import in_operator
    data, like = shapes
    if data is None or like is None:
        return None
    try:
        window = like_window(tuple(d or -1 for d in data), tuple(d or -1 for d in like), node.attrs.get("axes", ()))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, "slice_like", message_of(e))) from None
    return shapes, [tuple(d if w.stop is None else max(w.stop, 0) for d, w in zip(data, window))]


def _blocks(node, shapes):
    """depth_to_space and space_to_depth check partly known data with its unknown sizes as -1."""
    from ..ndarray.ops_shape import block_shape
    from ..ndarray.shape_text import in_operator
    if shapes[0] is None:
        return None
    try:
        out = block_shape(tuple(d or -1 for d in shapes[0]), int(node.attrs["block_size"]),
                          node.op.name == "depth_to_space")
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
    return shapes, [tuple(max(d, 0) for d in out)]


def _pad(node, shapes):
    """Pad adds its widths to every size, an unknown one counted as -1 (so a padded unknown size becomes known);
    reflection refuses widths not below a spatial size, an unknown one too."""
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    width = tuple(int(w) for w in node.attrs.get("pad_width") or ())
    if data is None or len(data) not in (4, 5) or len(width) != 2 * len(data) or any(width[:4]):
        return None         # (the operator's own checks refuse these)
    sizes = [d or -1 for d in data]
    pairs = list(zip(width[::2], width[1::2]))
    if str(node.attrs.get("mode")) == "reflect" and any(max(p) >= n for p, n in zip(pairs[2:], sizes[2:])):
        raise MXNetError(in_operator(node.name, node.op.name, "Current implementation of reflection padding only "
                                                              "supports padding sizes smaller than the input size."))
    return shapes, [tuple(max(n + before + after, 0) for n, (before, after) in zip(sizes, pairs))]


def _khatri_rao(node, shapes):
    """khatri_rao compares its operands' column counts, then multiplies their row counts with an unknown one as -1:
    a product below -1 fails the shape's check, -1 is unknown, an even count of unknowns makes a known size (the
    first two axes of operands of higher rank are read so too)."""
    from ..ndarray.shape_text import in_operator
    if any(s is None or len(s) < 2 for s in shapes):
        return None
    if len({s[1] for s in shapes}) != 1:     # the column counts are compared first, an unknown one as -1
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: (num_columns) == "
                                                              "(static_cast<int>(attr_shape[1])) "))
    if all(s[0] for s in shapes):
        return None
    rows = math.prod(s[0] or -1 for s in shapes)
    if rows < -1:
        raise MXNetError(in_operator(node.name, node.op.name, negative_size_text(rows)))
    return shapes, [(max(rows, 0), shapes[0][1])]


def _correlation(node, shapes):
    """Correlation's output from data1's shape alone, an unknown size -1 in its arithmetic: a spatial size that
    comes out below 1 fails its check (width first), an unknown batch stays unknown."""
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    if data is None or len(data) != 4:
        return None
    k, md, s1, s2, pad = (int(node.attrs.get(key, default)) for key, default in (
        ("kernel_size", 1), ("max_displacement", 1), ("stride1", 1), ("stride2", 1), ("pad_size", 0)))
    border = md + (k - 1) // 2
    height, width = ((d or -1) + 2 * pad - 2 * border for d in data[2:])
    top = [-(-size // s1) if s1 else 0 for size in (height, width)]
    for name, size in (("top_width_", top[1]), ("top_height_", top[0])):
        if size < 1:
            raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: {name} >= 1U ({max(size, 0)} vs. 1) "
                                         ": Correlation cannot be done with current settings.Neighborhood and "
                                         "kernel don't fit in blob"))
    return shapes, [(data[0], (2 * (md // s2) + 1) ** 2, top[0], top[1])]


def _upsampling(node, shapes):
    """Bilinear UpSampling leaves its output unknown until every size of its data is known; nearest UpSampling's
    output has the sizes its shape function gives."""
    if node.attrs.get("sample_type") != "bilinear":
        out = _nearest_upsampling_shape(node, shapes)
        return None if out is None else (shapes, [out])
    if shapes[0] is not None and 0 in shapes[0]:
        return shapes, [None]
    return None


_SPLIT_V2_CHECKS = "../src/operator/numpy/./../tensor/matrix_op-inl.h"


def _split_v2(node, shapes):
    """split_v2 checks each part's start and end against the axis size, an unknown one -1 (so that every cut of
    an unknown axis fails), and gives each part's size along the axis."""
    from ..ndarray.ops_join import split_v2_bounds
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    axis = int(node.attrs.get("axis", 0))
    if not data or not -len(data) <= axis < len(data):
        return None
    ax = axis % len(data)
    sections = int(node.attrs.get("sections", 0) or 0)
    indices = tuple(int(i) for i in node.attrs.get("indices", ()) or ())
    if not data[ax]:        # (MXNet's equal sections of -1 are C's integer division of it)
        starts = [i * int(-1 / sections) for i in range(sections)] if sections else list(indices)
        for i, (start, end) in enumerate(zip(starts, starts[1:] + [-1])):
            if start > end:
                raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: start <= end: start {start} is "
                                             f"not less than end {end}for subarray {i}", (_SPLIT_V2_CHECKS, 2793)))
            if end > -1:
                raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: end <= ishape[real_axis]: end "
                                             f"{end} is no less than the size of the axis -1", (_SPLIT_V2_CHECKS, 2795)))
        return None
    try:
        bounds = split_v2_bounds(data[ax], indices, sections, _flag(node, "squeeze_axis"))
    except MXNetError as e:
        site = (_SPLIT_V2_CHECKS, 2793 if "start <= end" in message_of(e) else 2795)
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e), site)) from None
    if _flag(node, "squeeze_axis"):
        return shapes, [tuple(d for j, d in enumerate(data) if j != ax)] * len(bounds)
    return shapes, [tuple(end - start if j == ax else d for j, d in enumerate(data)) for start, end in bounds]


def _multibox_prior(node, shapes):
    """MultiBoxPrior reads the data's height, then its width: an unknown one (-1) fails its check."""
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    if data is None or len(data) != 4:
        return None
    for axis, name, line in ((2, "height", 178), (3, "width", 180)):
        if not data[axis]:
            raise MXNetError(in_operator(node.name, node.op.name, f"Check failed: in_{name} > 0 (-1 vs. 0) : Input "
                                         f"{name} should > 0", ("../src/operator/contrib/./multibox_prior-inl.h", line)))
    return None


def _multibox_detection(node, shapes):
    """MultiBoxDetection (its checks passed, see shape_needs) gives (batch, anchors, 6) from the class
    probabilities, unknown sizes kept unknown."""
    cls = shapes[0]
    return None if cls is None or len(cls) != 3 else (shapes, [(cls[0], cls[2], 6)])


def _proposal(node, shapes):
    """Proposal (and MultiProposal) reads the class scores' four sizes; once they are known it gives the box deltas
    (twice the channels) and the image info (3 per image) their shapes, refusing given ones that disagree, and its
    outputs ``rpn_post_nms_top_n`` rows (MultiProposal: that many per image)."""
    from ..ndarray.shape_text import in_operator, inferred_dims
    scores = shapes[0]
    if scores is None or len(scores) > 4:
        return None
    if len(scores) < 4:
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: i >= 0 && i < ndim(): index = 3 must be "
                                                              f"in range [0, {len(scores)})"))
    if 0 in scores:
        return None
    n, channels, height, width = scores
    derived = [(n, 2 * channels, height, width), (n, 3)]
    for given, want in zip(shapes[1:3], derived):
        if given is not None and (len(given) != len(want) or any(g and g != w for g, w in zip(given, want))):
            raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = {inferred_dims(given)}, "
                             f"inferred shape=({','.join(map(str, want))})")
    rows = int(node.attrs.get("rpn_post_nms_top_n", 300)) * (n if node.op.name == "_contrib_MultiProposal" else 1)
    return [scores] + derived, [(rows, 5), (rows, 1)]


def _psroi_pooling(node, shapes):
    """PSROIPooling gives one (output_dim, pooled, pooled) map per box, whatever of the data is unknown."""
    data, rois = shapes[:2]
    if data is None or rois is None or len(data) != 4 or len(rois) != 2:
        return None
    pooled = int(node.attrs["pooled_size"])
    return shapes, [(rois[0], int(node.attrs["output_dim"]), pooled, pooled)]


def _bilinear_resize(node, shapes):
    """BilinearResize2D waits for every size of its data; in mode 'like' it then reads the like input's height
    and width (an input of unknown or low rank fails that read) and gives them whether known or not."""
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    if data is None or 0 in data:
        return shapes, [None]
    if node.attrs.get("mode") != "like":
        return None
    like = shapes[1] if len(shapes) > 1 else None
    if like is None or len(like) < 3:
        rank = -1 if like is None else len(like)
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: i >= 0 && i < ndim(): index = 2 must be in "
                                                              f"range [0, {rank})"))
    if len(like) < 4 or len(data) < 4:
        return None
    return shapes, [tuple(data[:2]) + tuple(like[2:4])]


def _selfatt_valatt(node, shapes):
    """interleaved_matmul_selfatt_valatt (its checks passed, see shape_needs): the sequence and batch of the
    queries_keys_values, a third of their projections; the attention's batch is not compared."""
    qkv = shapes[0]
    return shapes, [None if qkv is None or len(qkv) != 3 else (qkv[0], qkv[1], qkv[2] // 3)]


def _box_iou(node, shapes):
    """box_iou checks partly known boxes (an unknown width is -1); one overlap per pair of boxes."""
    from ..ndarray.ops_contrib import check_box_iou_shapes
    from ..ndarray.shape_text import in_operator
    lhs, rhs = shapes
    if lhs is None:
        return None
    try:       # the left boxes are checked first, whatever is known of the right ones
        check_box_iou_shapes(tuple(d or -1 for d in lhs), None if rhs is None else tuple(d or -1 for d in rhs))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
    return None if rhs is None else (shapes, [tuple(lhs[:-1]) + tuple(rhs[:-1])])


def _data_shaped(node, shapes):
    """SoftmaxOutput, SVMOutput and index_copy (its checks passed) give the data's shape, known sizes or not."""
    return None if shapes[0] is None else (shapes, [tuple(shapes[0])])


def _sequence(node, shapes):
    """SequenceMask/SequenceReverse give the data's shape, SequenceLast drops its time axis, whatever sizes are
    unknown (the lengths were checked against the batch when it is known)."""
    data = tuple(shapes[0])
    if node.op.name != "SequenceLast":
        return shapes, [data]
    axis = int(node.attrs.get("axis", 0))
    return shapes, [data[:axis] + data[axis + 1:]]


def _bilinear_upsampling(node, shapes):
    """Bilinear UpSampling's output, its weight one filter per data channel: the data's channels scaled up,
    whatever num_filter says (MXNet's shape function reads the data alone); None for another weight (refused by
    the probe) or nearest upsampling."""
    data = shapes[0]
    if node.attrs.get("sample_type") != "bilinear" or data is None or len(data) != 4 or len(shapes) < 2:
        return None
    scale = int(node.attrs["scale"])
    kernel = 2 * scale - scale % 2
    if tuple(shapes[1] or ()) != (data[1], 1, kernel, kernel):
        return None
    return [(data[0], data[1], data[2] * scale, data[3] * scale)]


def _pick(node, shapes):
    """pick drops (or keeps as 1) the data's picked axis, known sizes or not; 1-D data gives one value."""
    data, axis = shapes[0], node.attrs.get("axis", -1)
    if data is None or axis in (None, "None") or not -len(data) <= int(axis) < len(data):
        return None
    axis = int(axis) % len(data)
    keep = str(node.attrs.get("keepdims", False)).lower() in ("1", "true")
    out = tuple(d for i, d in enumerate(data) if i != axis) if not keep else \
        tuple(1 if i == axis else d for i, d in enumerate(data))
    return shapes, [out or (1,)]


def _crop(node, shapes):
    """MXNet's Crop reads the data's rank, then the window's size (from h_w, or the second input's height and width,
    read even while that input's rank is unknown); the output is (batch, channels) + window."""
    from ..ndarray.ops_misc import crop_size
    from ..ndarray.shape_text import in_operator
    data = shapes[0]
    if len(shapes) > 2:         # (MXNet's shape function knows one or two inputs only: it leaves the shapes unknown)
        return None
    try:
        size = crop_size(data, node.attrs.get("h_w", (0, 0)), like_shape=shapes[1] if len(shapes) > 1 else None,
                         cropped_like=len(shapes) > 1)
    except MXNetError as e:
        # (a crop_like of unknown rank is read through the const accessor, whose check stands at a line of its own)
        unread = len(shapes) > 1 and shapes[1] is None and "Check failed: i >= 0" in message_of(e)
        raise MXNetError(in_operator(node.name, "Crop", message_of(e),
                                     ("../include/mxnet/tuple.h", 230) if unread else None)) from None
    return shapes, [tuple(data[:2]) + tuple(size)]


def _reshape_like(node, shapes):
    """MXNet's reshape_like reads both ranks, then the sizes it multiplies, which must be known, even where the rest
    of the second input is not."""
    from ..ndarray.ops_shape import reshape_like_shape
    from ..ndarray.shape_text import in_operator
    attrs = [node.attrs.get(key) for key in ("lhs_begin", "lhs_end", "rhs_begin", "rhs_end")]
    try:
        return shapes, [reshape_like_shape(*shapes, *attrs)]
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, "reshape_like", message_of(e))) from None


def _where(node, shapes):
    """MXNet's where waits for the whole condition; x, y (and the output) then share one shape, if they can (else it
    gives up, silently); a condition of their rank is left as it is, a 1-D one must hold one value per row."""
    from ..ndarray.shape_text import in_operator
    cond, x, y = shapes
    if cond is None or 0 in cond:       # (a 0-d condition an op computed is known)
        return shapes, [None]
    shared = None
    for shape in (x, y):
        if shape is not None:
            shared, fits = shape_assign(shared, shape)
            if not fits:
                return shapes, [None]
    if len(cond) == 1 and (shared is None or len(shared) != 1):
        if not shared:      # an unknown rank (-1), or a 0-d shape: no rows
            rank = -1 if shared is None else 0
            message = f"Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, {rank})"
        else:
            rows = shared[0] or 2 ** 64 - 1          # C++'s size_t of an unknown (-1) size
            message = (f"Check failed: (*in_attrs)[0].Size() == static_cast<size_t>(tshape[0]) ({cond[0]} vs. "
                       f"{rows}) : " if cond[0] != rows else None)
        if message is not None:
            raise MXNetError(in_operator(node.name, "where", message))
    return [cond, shared, shared], [shared]


def _sorted(node, shapes):
    """sort, argsort and topk check their axis against the data's rank and need every size, unknown or not."""
    from ..ndarray.ops_sort import sort_shape_refusal
    from ..ndarray.shape_text import in_operator
    axis = node.attrs.get("axis", -1)
    refusal = sort_shape_refusal(shapes[0], None if axis in (None, "None") else int(axis))
    if refusal is not None:
        raise MXNetError(in_operator(node.name, node.op.name, refusal))
    return None


def _moments(node, shapes):
    """moments refuses empty axes whatever the data, and axes beyond an unknown rank."""
    from ..ndarray.ops_misc import EMPTY_MOMENT_AXES
    from ..ndarray.shape_text import in_operator
    axes = node.attrs.get("axes")
    axes = (axes,) if isinstance(axes, int) else tuple(axes or ())
    if not axes:
        raise MXNetError(in_operator(node.name, "moments", EMPTY_MOMENT_AXES))
    if shapes[0] is None or 0 in shapes[0]:     # (known data: the op's own check)
        from ..ndarray.ops_reduce import reduced_axes
        try:
            reduced_axes(shapes[0], axes, False)
        except MXNetError as refusal:
            raise MXNetError(in_operator(node.name, "moments", message_of(refusal))) from None
    return None


def _histogram(node, shapes):
    """histogram's outputs: (bin_cnt,) and (bin_cnt + 1,) given bin_cnt, else from its edges, which must be a 1-D
    array of known size and at least two edges (whatever the data)."""
    from ..ndarray.ops_misc import HISTOGRAM_SITE, edges_count_refusal, edges_rank_refusal
    from ..ndarray.shape_text import in_operator, zeros_are_unknown
    count = node.attrs.get("bin_cnt")
    if count not in (None, "None"):
        return shapes, [(int(count),), (int(count) + 1,)]
    edges = shapes[1] if len(shapes) > 1 else None
    if edges is None or len(edges) != 1:
        raise MXNetError(in_operator(node.name, "histogram", edges_rank_refusal(-1 if edges is None else len(edges))))
    if edges[0] == 0 and zeros_are_unknown():
        raise MXNetError(in_operator(node.name, "histogram", "Check failed: dim_size_is_known(*it): Shape dim size "
                                                             "cannot be a negative value -1",
                                     ("../include/mxnet/./tuple.h", 525)))
    if edges[0] < 2:
        raise MXNetError(in_operator(node.name, "histogram", edges_count_refusal(edges[0]), (HISTOGRAM_SITE, 98)))
    return shapes, [(edges[0] - 1,), edges]


def _take(node, shapes):
    """MXNet's take waits for the whole index, checks the axis against the array's rank (-1 while unknown) and puts
    the index's shape in place of that axis, whatever the array's sizes."""
    from ..ndarray.ops_select import TAKE_AXIS_REFUSAL
    from ..ndarray.shape_text import in_operator
    array, index = shapes
    if index is None or 0 in index:     # (a 0-d index an op computed is known)
        return shapes, [None]
    ndim, axis = -1 if array is None else len(array), int(node.attrs.get("axis", 0))
    if not -ndim <= axis < ndim:
        raise MXNetError(in_operator(node.name, "take", TAKE_AXIS_REFUSAL))
    axis %= ndim
    return shapes, [tuple(array[:axis]) + tuple(index) + tuple(array[axis + 1:])]


def _scatter_nd(node, shapes):
    """scatter_nd's output has its ``shape`` attribute, whatever its inputs."""
    shape = node.attrs["shape"]
    return shapes, [(shape,) if isinstance(shape, int) else tuple(shape)]


def _fixed_size(node, shapes):
    """Ops whose output length does not depend on the input sizes: a flag, a size, one number per array, the rank
    (unknown, 0, while the data's rank is)."""
    name = node.op.name
    if name == "shape_array":
        from ..util import is_np_shape
        return shapes, [(None if is_np_shape() else (0,)) if shapes[0] is None else (len(shapes[0]),)]
    if name == "multi_sum_sq":
        return shapes, [(int(node.attrs["num_arrays"]),)]
    return shapes, [(1,)]


def _sampler(node, shapes):
    """sample_<distribution>: its parameter arrays share one shape (unknown sizes filled from each other; arrays of
    two shapes leave it undecided, as MXNet's rule returns), and each draws ``shape`` samples."""
    shared = None
    for shape in shapes:
        if shape is not None:
            shared, fits = shape_assign(shared, shape)
            if not fits:
                return shapes, [None]
    if shared is None:
        return None
    drawn = node.attrs.get("shape", ())
    drawn = (drawn,) if isinstance(drawn, int) else tuple(drawn or ())
    return [shared] * len(shapes), [tuple(shared) + drawn]


def _sampler_back(node, ins, out):
    """sample_<distribution>'s parameter arrays have the shape of its output without the drawn axes."""
    drawn = node.attrs.get("shape", ())
    drawn = (drawn,) if isinstance(drawn, int) else tuple(drawn or ())
    if len(out) < len(drawn):
        return []
    return [(entry, tuple(out[:len(out) - len(drawn)])) for entry, _ in ins]


def _diag(node, shapes):
    """diag with unknown (0) sizes, read as -1 by MXNet's arithmetic: a matrix has then no diagonal, a vector's
    unknown length plus the offset may still make a (square) size."""
    from ..ndarray.shape_text import in_operator
    data, k = shapes[0], int(node.attrs.get("k", 0))
    if data is None or 0 not in data:
        return None
    size = data[0] - 1 + abs(k) if len(data) == 1 else -1
    if size < 0:
        raise MXNetError(in_operator(node.name, "diag", "Diagonal does not exist."))
    return shapes, [(size, size)]


def _check_ravel_shape(node):
    """ravel_multi_index and unravel_index check their ``shape`` before anything of their data, known or not."""
    from ..ndarray.shape_text import in_operator
    shape = node.attrs.get("shape")
    if not shape:
        kind = "ravel" if node.op.name == "ravel_multi_index" else "unravel"
        words = (f"Check failed: shape.ndim() > 0 ({0 if shape == () else -1} vs. 0) : Empty shape parameter for "
                 f"{kind} operator.")
        raise MXNetError(in_operator(node.name, node.op.name, words))


def _unravel(node, shapes):
    """unravel_index gives one row per axis of ``shape``, one column per index (unknown while any size is)."""
    shape = node.attrs.get("shape")
    rows = 1 if isinstance(shape, int) else len(shape)
    return shapes, [(rows, 0 if 0 in shapes[0] else int(np.prod(shapes[0])))]


def is_sampler(name):
    """``sample_<distribution>``: one draw per element of its parameter arrays, which share shape and dtype."""
    return name.startswith("_sample_") and name != "_sample_multinomial"


def _flag(node, key):
    return str(node.attrs.get(key, False)).strip().lower() in ("1", "true")


def _unknown_as_minus_one(shapes):
    from ..ndarray.shape_text import legacy_dim
    return [tuple(legacy_dim(d) for d in s) for s in shapes]


def _batch_dot(node, shapes):
    """batch_dot compares its operands' ranks, then gives up while the last size of the left operand or the one
    before last of the right one is unknown; else it compares their leading and contracted sizes, unknown ones
    -1 to its checks."""
    from ..ndarray.ops_linalg import check_batch_dot_shapes
    from ..ndarray.shape_text import in_operator
    if any(s is None for s in shapes):
        return None
    lhs, rhs = shapes
    if len(lhs) == len(rhs) >= 3 and not (lhs[-1] and rhs[-2]):
        return shapes, [None]       # (MXNet's rule gives up while these sizes are unknown, before its other checks)
    try:
        check_batch_dot_shapes("batch_dot", *_unknown_as_minus_one(shapes), _flag(node, "transpose_a"),
                               _flag(node, "transpose_b"))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, "batch_dot", message_of(e))) from None
    return None


def _gemm2(node, shapes):
    """gemm2 compares its operands' sizes before it waits for unknown ones (-1 to its checks); operands of two
    ranks leave it undecided."""
    from ..ndarray.ops_linalg import check_gemm_shapes
    from ..ndarray.shape_text import in_operator
    if any(s is None for s in shapes):
        return None
    if len(shapes[0]) != len(shapes[1]) or len(shapes[0]) < 2:
        return shapes, [None]
    try:
        check_gemm_shapes("_linalg_gemm2", *_unknown_as_minus_one(shapes), _flag(node, "transpose_a"),
                          _flag(node, "transpose_b"), int(node.attrs.get("axis", -2)))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, "_linalg_gemm2", message_of(e))) from None
    return None


def _broadcast_like(node, shapes):
    """broadcast_like (without axes) takes the second input's shape, the first's sizes where that one's are unknown;
    a known size must be the first input's or grow from 1, even from an unknown one."""
    from ..ndarray.shape_text import in_operator, provided
    lhs, rhs = shapes
    if lhs is None or rhs is None or node.attrs.get("lhs_axes") not in (None, "None"):
        return None
    if len(lhs) != len(rhs):
        shown = _unknown_as_minus_one(shapes)
        raise MXNetError(in_operator(node.name, "broadcast_like", f"Check failed: lhs_shape.ndim() == rhs_shape.ndim() "
                                                                  f"({len(lhs)} vs. {len(rhs)}) : Operand of shape "
                                                                  f"{provided(shown[0])} cannot be broadcasted to "
                                                                  f"{provided(shown[1])}"))
    for a, b in zip(lhs, rhs):
        if b and a != b and a != 1:
            shown = _unknown_as_minus_one(shapes)
            raise MXNetError(in_operator(node.name, "broadcast_like", "Check failed: lhs_shape[i] == rhs_shape[i] || "
                                                                      f"lhs_shape[i] == 1: Array cannot be broadcasted "
                                                                      f"from {provided(shown[0])} to {provided(shown[1])}"))
    return shapes, [tuple(b or a for a, b in zip(lhs, rhs))]


_AT_LEAST = ("_np_atleast_1d", "_np_atleast_2d", "_np_atleast_3d")


def _at_least(node, shapes):
    """np.atleast_<n>d: each operand of fewer axes widened to n (a vector as a row, in 3-D between two axes of 1; a
    matrix given a last axis of 1), one of unknown rank taken for fewer axes: n axes of 1."""
    n = int(node.op.name[-2])
    def widened(shape):
        shape = () if shape is None else tuple(shape)
        if len(shape) >= n:
            return shape
        if len(shape) == 1:
            return (1,) + shape + (1,) * (n - 2)
        return shape + (1,) if len(shape) == 2 else (1,) * n
    return shapes, [widened(s) for s in shapes]


def forward_rule(node, shapes):
    """(input shapes, output shapes) from partly known input shapes, or None to run the op on probes."""
    name = node.op.name
    if (name.startswith("broadcast_") and name not in ("broadcast_like", "broadcast_to", "broadcast_axis",
                                                       "broadcast_axes") or name in NP_BROADCAST_BINARY) \
            and len(shapes) == 2:
        return _broadcast(node, shapes)
    if is_sampler(name) and not isinstance(node.attrs.get("shape", ()), str):
        return _sampler(node, shapes)
    if name == "Convolution_v1" and shapes and shapes[0] and 0 in shapes[0] and not is_np_shape():
        return shapes, [conv_v1_shapes.output_shape(node.attrs, shapes[0])]
    if name == "_sparse_retain":        # the data's shape, whatever the indices'
        return None if shapes[0] is None else (shapes, [shapes[0]])
    if name in NP_PARAMETER_SAMPLERS:
        return np_sampler(node, shapes)
    if name == "_npi_norm" and shapes[0] is None:       # the whole array's norm is one number, its rank unknown
        whole = node.attrs.get("axis") in (None, "None") and str(node.attrs.get("flag", -2)) == "-2" and \
            str(node.attrs.get("keepdims", False)).lower() not in ("1", "true")
        return (shapes, [()]) if whole else None
    if name in LINALG_RULED:
        outs = linalg_outputs(node, shapes)
        if outs is not None:
            return shapes, outs
        if name == "_linalg_gemm":
            return gemm_rule(node, shapes)
    if name in _NP_CONTRACTING:
        from ..ndarray.shape_text import zeros_unknown
        with zeros_unknown():       # (asked while an operand's sizes are unknown: its 0s are those)
            return _NP_CONTRACTING[name](node, shapes)
    rule = {"reshape": _reshape, "Concat": _concat, "_rnn_param_concat": _concat, "_npi_concatenate": _concat,
            "_npi_hstack": _concat, "_np_reshape": np_reshape, "_npx_reshape": np_reshape, "stack": _stack,
            "_npi_stack": _stack, "_npi_where": np_where, "_np_roll": np_roll, "_npi_pad": np_pad,
            "_npi_vstack": np_vstack, "_npi_column_stack": np_vstack, **dict.fromkeys(_AT_LEAST, _at_least), "_np_diag": np_diag, "_np_diagonal": np_diagonal, "_npi_tril": np_tril,
            "dot": _dot, "broadcast_to": _broadcast_to,
            "RNN": _rnn_forward,
            "Pooling": _pooling, "UpSampling": _upsampling, "_split_v2": _split_v2, "Pad": _pad,
            "Correlation": _correlation, "khatri_rao": _khatri_rao, "repeat": _repeat, "slice_axis": _slice_axis,
            "Crop": _crop, "reshape_like": _reshape_like, "where": _where, "sort": _sorted, "argsort": _sorted,
            "topk": _sorted, "moments": _moments, "histogram": _histogram, "diag": _diag, "unravel_index": _unravel, "take": _take,
            "scatter_nd": _scatter_nd, "batch_dot": _batch_dot, "slice_like": _slice_like, "_linalg_gemm2": _gemm2,
            "broadcast_like": _broadcast_like, "CTCLoss": _ctc_loss, "depth_to_space": _blocks,
            "space_to_depth": _blocks, "_contrib_box_iou": _box_iou, "pick": _pick, "SoftmaxOutput": _data_shaped,
            "SVMOutput": _data_shaped, "SliceChannel": _slice_channel, "amp_multicast": _pairwise,
            "_contrib_MultiBoxPrior": _multibox_prior, "_contrib_MultiBoxDetection": _multibox_detection,
            "_contrib_Proposal": _proposal, "_contrib_MultiProposal": _proposal,
            "_contrib_PSROIPooling": _psroi_pooling,
            "_contrib_index_copy": _data_shaped, "_contrib_BilinearResize2D": _bilinear_resize,
            "_contrib_interleaved_matmul_selfatt_valatt": _selfatt_valatt,
            **dict.fromkeys(("SequenceMask", "SequenceLast", "SequenceReverse"), _sequence),
            **dict.fromkeys(("shape_array", "size_array", "all_finite", "multi_all_finite", "multi_sum_sq"),
                            _fixed_size)}.get(name)
    return None if rule is None else rule(node, shapes)


def _pairwise(node, shapes):
    """amp_multicast: each output has its own input's shape (known or not)."""
    return shapes, list(shapes)


def backward_rule(node, ins, outs):
    """[(input entry, shape)] implied by ``node``'s output shapes (``ins``/``outs``: [(entry, shape)])."""
    out = outs[0][1] if outs else None
    name = node.op.name
    if name == "SliceChannel":
        return _slice_channel_back(node, ins, outs)
    if name == "RNN":
        return _rnn_back(node, ins)
    if out is None:
        return []
    if name == "FullyConnected" and ins and ins[0][1] is not None:
        return [(ins[0][0], (out[0],) + (0,) * (len(ins[0][1]) - 1))]
    if name in _CONCAT_SITES:
        return _concat_back(node, ins, out)
    if name == "expand_dims":
        return _expand_dims_back(node, ins, out)
    if name in ("transpose", "_np_transpose"):
        return transpose_back(node, ins, out)
    if is_sampler(name) and not isinstance(node.attrs.get("shape", ()), str):
        return _sampler_back(node, ins, out)
    if name in ("cumsum", "_np_cumsum") and node.attrs.get("axis") not in (None, "None") or name == "_np_roll":
        return [(ins[0][0], out)]       # (a cumsum without axis flattens)
    if name == "_rnn_param_concat":
        return _rnn_param_concat_back(node, ins, out)
    if name in ("_linalg_trmm", "_linalg_trsm") and not is_np_shape():
        return triangular_back(node, ins, out)
    if name.startswith("_random_") and name.endswith("_like") or name == "_sparse_retain":
        return [(ins[0][0], out)]       # (the output has the data's shape)
    if name == "reshape":
        return _reshape_back(ins, out)
    if name == "_np_reshape":
        return np_reshape_back(node, ins, out)
    if name == "Convolution":        # (Convolution_v1's shape function never fills its data)
        return _conv_back(node, ins, out)
    if name == "where" and len(ins) == 3 and ins[0][1] and 0 not in ins[0][1]:      # once the condition is known
        return [(ins[1][0], out), (ins[2][0], out)]
    if name in ("Cast", "amp_cast", "amp_multicast"):      # a cast's output has its input's shape, both ways (a
        return [(entry, shape) for (entry, _), (_, shape) in zip(ins, outs)]     # weight cast under amp.init())
    return []


def _slice_channel_back(node, ins, outs):
    if ins[0][1] is None:       # MXNet fills in only data of known rank from the outputs
        return []
    known = None
    for _, shape in outs:
        known = merge_shapes(known, shape)
    if known is None:
        return []
    n = int(node.attrs.get("num_outputs", 1))
    squeeze = _squeezes(node)
    shape = list(known)
    axis = int(node.attrs.get("axis", 1))
    if squeeze:
        shape.insert(axis % (len(known) + 1), n)
    else:
        axis %= len(shape)
        shape[axis] = shape[axis] * n
    return [(ins[0][0], tuple(shape))]


def _rnn_sizes(attrs):
    """(directions, layers times directions, state size, size of the visible state) of an RNN node."""
    dirs = 2 if str(attrs.get("bidirectional", False)).lower() in ("1", "true") else 1
    size = int(attrs["state_size"])
    proj = attrs.get("projection_size")
    return dirs, int(attrs["num_layers"]) * dirs, size, int(proj) if proj not in (None, "None", 0, "0") else size


def _rnn_forward(node, shapes):
    """An RNN's outputs from its data's sequence length and batch, known or not (MXNet waits for no size)."""
    data = shapes[0]
    if data is None or len(data) != 3:
        return None
    dirs, layers, size, visible = _rnn_sizes(node.attrs)
    outs = [(data[0], data[1], visible * dirs)]
    if str(node.attrs.get("state_outputs", False)).lower() in ("1", "true"):
        outs.append((layers, data[1], visible))
        if node.attrs.get("mode") == "lstm":
            outs.append((layers, data[1], size))
    return shapes, outs


def _rnn_back(node, ins):
    data = ins[0][1]
    if data is None or len(data) != 3:
        return []
    _, layers, size, visible = _rnn_sizes(node.attrs)
    implied = [(layers, data[1], visible)]                                           # state
    if node.attrs.get("mode") == "lstm":
        implied.append((layers, data[1], size))                                      # state_cell
    if str(node.attrs.get("use_sequence_length", False)).lower() in ("1", "true"):
        implied.append((data[1],))                                                   # sequence_length
    return [(entry, shape) for (entry, _), shape in zip(ins[2:], implied)]


def _rnn_param_concat_back(node, ins, out):
    """MXNet shares what the known inputs leave of the total equally among the unknown ones."""
    axis = _axis(node, "dim", 1, len(out))
    targets = [(entry, tuple(0 if i == axis else d for i, d in enumerate(out)))
               for entry, shape in ins if shape is not None and len(shape) == len(out)]
    sizes = [None if shape is None or len(shape) != len(out) else shape[axis] for _, shape in ins]
    missing = [i for i, s in enumerate(sizes) if s == 0]
    if not out[axis] or not missing or any(s is None for s in sizes):
        return targets
    share, rest = divmod(out[axis] - sum(sizes), len(missing))
    if rest or share <= 0:
        return targets
    for i in missing:
        entry, shape = ins[i]
        targets.append((entry, tuple(share if k == axis else d for k, d in enumerate(shape))))
    return targets


def _reshape_back(ins, out):
    """An input with one unknown dimension takes it from the known output's size (divided as integers: MXNet
    compares no sizes)."""
    data = ins[0][1] if ins else None
    if data is None or not all(out) or sum(1 for d in data if not d) != 1:
        return []
    known = 1
    for d in data:
        known *= d or 1
    total = 1
    for d in out:
        total *= d
    return [(ins[0][0], tuple(d or total // known for d in data))]


# the source line of each concatenation's shape check
_CONCAT_SITES = {"Concat": "../src/operator/nn/concat.cc:71",
                 "_npi_concatenate": "../src/operator/numpy/np_matrix_op.cc:658",
                 "_npi_hstack": "../src/operator/numpy/np_matrix_op.cc:515"}


def _concat_back(node, ins, out):
    ins = [(entry, _hstack_read(node, shape)) for entry, shape in ins]
    axis = _concat_axis(node, len(out), ins[0][1] if ins else None)
    if axis is None:
        return []
    _check_concat_size(node, ins, out, axis)
    # every input (of unknown rank too) takes the output's shape but for the axis, whose sizes stay as they are
    return [(entry, tuple(0 if i == axis else d for i, d in enumerate(out)))
            for entry, shape in ins if shape is None or len(shape) == len(out)]


def _check_concat_size(node, ins, out, axis):
    """MXNet's Concat sums the axis sizes of the inputs of known rank; unless one of those sizes is unknown, a
    known output size must equal that sum (inputs of unknown rank count for nothing, so all of them fails)."""
    sizes = [shape[axis] for _, shape in ins if shape is not None and len(shape) == len(out)]
    if not out[axis] or not all(sizes) or sum(sizes) == out[axis]:
        return
    dims = [shape for _, shape in ins if shape is not None and len(shape) == len(out)] + [out]
    merged = [next((s[i] for s in dims if s[i]), 0) for i in range(len(out))]
    expected = ",".join(str(sum(sizes)) if i == axis else str(d or -1) for i, d in enumerate(merged))
    got = ",".join(str(d or -1) for d in out)
    raise MXNetError(f"Error in operator {node.name}: {_CONCAT_SITES[node.op.name]}: Check failed: "
                     f"shape_assign(&(*out_shape)[0], dshape): Incompatible output shape: expected [{expected}], "
                     f"got [{got}]")


def _expand_dims_back(node, ins, out):
    """expand_dims' data is its output without the new axis. Data of unknown rank takes the output's rank less
    one, and the output a new axis of size 1 (MXNet checks the output against that before anything else)."""
    from ..ndarray.shape_text import in_operator, inferred_dims
    given, indim = int(node.attrs.get("axis", 0)), len(out) - 1
    if not -indim - 1 <= given <= indim:
        raise MXNetError(in_operator(node.name, node.op.name, "Check failed: axis >= 0 && axis <= indim: axis must "
                                     f"be in the range [{-indim}, {indim}] ({given} provided)"))
    axis = given % len(out)
    if ins[0][1] is None:
        expected = tuple(1 if i == axis else None for i in range(len(out)))
        if out[axis] not in (0, 1):
            raise MXNetError(in_operator(node.name, node.op.name, f"Shape inconsistent, Provided = "
                                         f"{inferred_dims(out)}, inferred shape={shown(expected)}"))
        out = tuple(1 if i == axis else d for i, d in enumerate(out))
    return [((node, 0), out), (ins[0][0], out[:axis] + out[axis + 1:])]


def _conv_back(node, ins, out):
    data = ins[0][1]
    if data is None or len(data) != len(out):
        return []
    channel_last = str(node.attrs.get("layout")) in ("NWC", "NHWC", "NDHWC")
    kernel = tuple(node.attrs["kernel"])
    nsp = len(kernel)
    stride = tuple(node.attrs.get("stride") or (1,) * nsp)
    pad = tuple(node.attrs.get("pad") or (0,) * nsp)
    dilate = tuple(node.attrs.get("dilate") or (1,) * nsp)
    spatial = out[1:-1] if channel_last else out[2:]
    # the batch and (unit stride only) the spatial sizes; never the channels
    sizes = [o + d * (k - 1) - 2 * p if o and s == 1 else 0
             for o, k, s, p, d in zip(spatial, kernel, stride, pad, dilate)]
    shape = [out[0]] + sizes + [0] if channel_last else [out[0], 0] + sizes
    return [(ins[0][0], tuple(shape))]


_NP_CONTRACTING = {"_np_dot": np_dot, "_npi_matmul": np_matmul, "_npi_tensordot": np_tensordot,
                   "_npi_tensordot_int_axes": np_tensordot}


# The regression outputs: the data's shape, whatever the label's (checked against it on its own).
REGRESSIONS = {"LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"}


def deformable_output(node, shapes):
    """A deformable convolution's output shape as MXNet's shape function gives it over ``shapes`` (None or 0 sizes
    where unknown), its refusals naming the node."""
    from ..ndarray.ops_deformable import inferred_output
    from ..ndarray.shape_text import in_operator
    from .graph import exec_attrs
    sizes = [None if s is None else tuple(d or -1 for d in s) for s in shapes]
    try:
        return inferred_output(node.op.name, exec_attrs(node), sizes)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None


def _layer_norm_unknown_channels(node, data):
    """LayerNorm's outputs over data whose normalized axis has an unknown size: the data's shape (its mean and
    deviation: 1 along the axis), the gamma and beta given left unchecked; None once the size is known."""
    axis = int(node.attrs.get("axis", -1))
    if not -len(data) <= axis < len(data) or data[axis]:
        return None
    stat = tuple(1 if k == axis % len(data) else d for k, d in enumerate(data))
    return [tuple(data), stat, stat]


def _ps_roi_pooling(node, shapes):
    """PSROIPooling's output over 4-D data and (rois, 5) boxes: one (output_dim, pooled, pooled) map per box, the
    data's channels never compared with output_dim * group_size^2 (None for other shapes: its checks refuse them)."""
    from .graph import exec_attrs
    data, rois = (list(shapes) + [None, None])[:2]
    if len(shapes) != 2 or data is None or rois is None or len(data) != 4 or len(rois) != 2 or rois[1] != 5:
        return None
    attrs = exec_attrs(node)
    pooled = int(attrs["pooled_size"])
    return [(rois[0], int(attrs["output_dim"]), pooled, pooled)]


def output_shapes(node, shapes):
    """Output shapes in closed form for the heavy layers (so inference does not run them), or None."""
    from ..ndarray.ops_deformable import DEFORMABLE_OPS
    name, attrs = node.op.name, node.attrs
    data = shapes[0] if shapes else None
    if name in DEFORMABLE_OPS and all(s is not None and 0 not in s for s in shapes):
        return [deformable_output(node, shapes)]
    if name == "LayerNorm" and data and not is_np_shape():
        return _layer_norm_unknown_channels(node, data)
    if name == "_contrib_PSROIPooling":
        return _ps_roi_pooling(node, shapes)
    if name in REGRESSIONS and data is not None:
        return [tuple(data)]
    if name in LINALG_RULED:
        return linalg_outputs(node, shapes)
    if name == "take" and is_np_shape() and data and len(shapes) == 2 and shapes[1] is not None:
        axis = int(attrs.get("axis", 0))        # (its kernel may read an empty axis: the shape rule never does)
        if -len(data) <= axis < len(data):
            axis %= len(data)
            return [tuple(data[:axis]) + tuple(shapes[1]) + tuple(data[axis + 1:])]
    if name in ("_contrib_allclose", "_npx_constraint_check"):
        return [()]             # one flag whatever the operands' shapes (the kernel compares them)
    if name == "UpSampling":
        return _bilinear_upsampling(node, shapes)
    if name == "_contrib_interleaved_matmul_selfatt_valatt":
        return _selfatt_valatt(node, shapes)[1]
    if name in _NP_CONTRACTING and all(shapes):
        ruled = _NP_CONTRACTING[name](node, shapes)
        return None if ruled is None else ruled[1]
    if name == "_npi_where" and all(s and all(s) for s in shapes):      # (a real 0 size is left to the op)
        return np_where(node, shapes)[1]
    if name == "_npi_rot90" and data is not None:
        return _rot90_half_turn(node, data)
    if name == "reshape" and data is not None and all(data) and not is_np_shape():
        ruled = _reshape(node, shapes)      # (MXNet's inference compares no sizes: a larger target passes)
        if ruled is not None and all(ruled[1][0]) and math.prod(ruled[1][0]) > math.prod(data):
            return ruled[1]
    if (name == "argmax_channel" or name in ("argmax", "argmin") and attrs.get("axis") not in (None, "None")) \
            and data is not None and len(data) == 1:
        return [(1,)]           # MXNet's graph reduces 1-D data to one index whatever the axis
    if name == "LeakyReLU" and attrs.get("act_type") == "prelu" and data is not None:
        return [tuple(data)]    # a given slope's shape is the kernel's business, not the shape function's
    if is_sampler(name) and not isinstance(attrs.get("shape", ()), str) and not is_np_shape():
        ruled = _sampler(node, shapes)
        return None if ruled is None or ruled[1] != [None] else ruled[1]    # two shapes: undecided
    if name == "Convolution" and data is not None and len(data) >= 3 and attrs.get("layout") in ("NHWC", "NDHWC"):
        return _channel_last_conv(attrs, shapes)
    if name == "Convolution" and data is not None and len(data) >= 3 and \
            attrs.get("layout") in (None, "None", "NCW", "NCHW", "NCDHW"):
        kernel = tuple(attrs["kernel"])
        n = len(kernel)
        if len(data) != n + 2:
            return None
        stride, pad = tuple(attrs.get("stride") or (1,) * n), tuple(attrs.get("pad") or (0,) * n)
        dilate = tuple(attrs.get("dilate") or (1,) * n)
        if 0 in stride or 0 in dilate:
            return None                    # a zero window: running the op reports MXNet's error
        from ..ndarray.shape_text import zeros_are_unknown
        unknown = zeros_are_unknown()       # (else a 0 is a size an op computed)
        spatial = [(x + 2 * p - d * (k - 1) - 1) // s + 1 if x or not unknown else 0      # an unknown stays so
                   for x, k, s, p, d in zip(data[2:], kernel, stride, pad, dilate)]
        f, g = int(attrs["num_filter"]), int(attrs.get("num_group", 1))
        if any((x or not unknown) and out <= 0 for x, out in zip(data[2:], spatial)) or not _params_fit(
                shapes, (f, data[1] // g) + kernel, (f,)):
            return None                    # inconsistent: running the op reports MXNet's error
        return [(data[0], int(attrs["num_filter"])) + tuple(spatial)]
    if name == "RNN" and data is not None:
        return _rnn_outputs(attrs, shapes)
    if name == "transpose" and data is not None:
        return _repeated_axes_transpose(attrs, data)
    if name in ("stack", "_npi_stack"):
        return _stack(node, shapes)[1]
    if name in ("_npi_vstack", "_npi_column_stack") and all(s and all(s) for s in shapes):     # (real 0s: the op)
        return np_vstack(node, shapes)[1]
    if name == "_np_diag" and data and all(data):
        return np_diag(node, shapes)[1]
    if name == "_npi_pad" and data is not None:
        return np_pad(node, shapes, sized=True)[1]
    if name in ("_npi_where_lscalar", "_npi_where_rscalar") and all(s and all(s) for s in shapes):
        return _broadcast(node, shapes)[1]      # (MXNet's binary broadcasting rule and words)
    if name == "_np_diagonal" and data and all(data):
        return np_diagonal(node, shapes)[1]
    if name == "_npi_tril" and data is not None and all(data):     # (a 0-d array's is itself)
        return np_tril(node, shapes)[1]
    if name == "where" and len(shapes) == 3:
        return _where(node, shapes)[1]
    if name == "FullyConnected" and data is not None and len(data) >= 1:
        flatten = str(attrs.get("flatten", True)).lower() in ("1", "true")
        if flatten and 0 in data[1:]:
            return None
        units = int(np.prod(data[1:])) if flatten else data[-1]
        if not _params_fit(shapes, (int(attrs["num_hidden"]), units), (int(attrs["num_hidden"]),), bias_column=True):
            return None
        return [((data[0],) if flatten else tuple(data[:-1])) + (int(attrs["num_hidden"]),)]
    return None


def _channel_last_conv(attrs, shapes):
    """A channel-last Convolution's output shape: MXNet infers it on CPU too (only running it fails there)."""
    data = shapes[0]
    kernel = tuple(attrs["kernel"])
    n = len(kernel)
    if len(data) != n + 2 or 0 in data:
        return None
    stride, pad = tuple(attrs.get("stride") or (1,) * n), tuple(attrs.get("pad") or (0,) * n)
    dilate = tuple(attrs.get("dilate") or (1,) * n)
    spatial = tuple((x + 2 * p - d * (k - 1) - 1) // s + 1
                    for x, k, s, p, d in zip(data[1:-1], kernel, stride, pad, dilate))
    f, g = int(attrs["num_filter"]), int(attrs.get("num_group", 1))
    if any(out <= 0 for out in spatial) or not _params_fit(shapes, (f,) + kernel + (data[-1] // g,), (f,)):
        return None
    return [(data[0],) + spatial + (f,)]


def _rnn_outputs(attrs, shapes):
    """The fused RNN's output shapes when its parameters and states fit the data (else None: running it reports
    MXNet's error); inference never runs it, so a dtype mismatch is left to the call, as MXNet infers shapes first."""
    data = shapes[0]
    if len(data) != 3 or 0 in data:
        return None
    flag = lambda key: str(attrs.get(key, False)).lower() in ("1", "true")      # noqa: E731
    hidden, layers, dirs = int(attrs["state_size"]), int(attrs["num_layers"]), 2 if flag("bidirectional") else 1
    proj = attrs.get("projection_size")
    proj = int(proj) if proj not in (None, "None", 0, "0") else 0
    width = proj or hidden
    gates = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}.get(attrs["mode"])
    if gates is None:
        return None
    size = ((data[2] + width + 2) + (layers - 1) * (width * dirs + width + 2)) * hidden * gates * dirs
    size += proj * hidden * layers * dirs
    wanted = [(size,), (layers * dirs, data[1], width)] + ([(layers * dirs, data[1], hidden)] if attrs["mode"] == "lstm"
                                                           else [])
    if flag("use_sequence_length"):
        wanted.append((data[1],))
    if any(given is None or tuple(given) != want for given, want in zip(shapes[1:], wanted)) or \
            len(shapes) < 1 + len(wanted):
        return None
    outs = [(data[0], data[1], width * dirs)]
    if flag("state_outputs"):
        outs += wanted[1:3 if attrs["mode"] == "lstm" else 2]
    return outs


def _params_fit(shapes, weight, bias, bias_column=False):
    """Whether the weight and bias shapes (where known) are the ones the layer needs (``bias_column``: a bias of
    shape (n, 1) fits too, as FullyConnected's shape function takes it)."""
    if bias_column and len(shapes) > 2 and shapes[2] is not None and len(shapes[2]) == 2 and shapes[2][1] in (0, 1):
        bias = bias + (shapes[2][1],)
    for given, wanted in zip(shapes[1:3], (weight, bias)):
        if given is not None and len(given) == len(wanted) and any(a and b and a != b for a, b in zip(given, wanted)):
            return False
        if given is not None and len(given) != len(wanted):
            return False
    return True


def _repeated_axes_transpose(attrs, data):
    """MXNet's shape rule takes output dimension i from input axis axes[i] without checking the axes are
    distinct: transpose(axes=(0, 0)) of (2, 3) is (2, 2). Other axes are left to the op (None)."""
    axes = tuple(int(a) for a in (attrs.get("axes") or ()))
    if len(axes) != len(data) or len(set(axes)) == len(axes) or not all(0 <= a < len(data) for a in axes):
        return None
    return [tuple(data[a] for a in axes)]
