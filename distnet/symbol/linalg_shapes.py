"""MXNet's shape functions of the linalg operators, for graphs: they check ranks and sizes (unknown ones read as -1)
before anything waits, compute no values (a Cholesky factor of a non-square matrix is the kernel's business), and
leave the outputs unknown where the operands' ranks differ."""
from ..base import MXNetError, message_of
from ..ndarray.shape_text import in_operator, legacy_dim


def _known(d):
    return legacy_dim(d)


def _check(node, ok, text):
    if not ok:
        raise MXNetError(in_operator(node.name, node.op.name, text))


def _square(node, a, expr, what):
    rows, cols = _known(a[-2]), _known(a[-1])
    _check(node, rows == cols, f"Check failed: {expr} ({rows} vs. {cols}) : {what}")


def _matrices(node, a, what):
    _check(node, len(a) >= 2, f"Check failed: ndim >= 2 ({len(a)} vs. 2) : {what}")


def _determinant(node, a):
    """det and slogdet: one number per matrix ((1,) for one matrix), whose sizes must be known."""
    what = "Input A's last two dimension must be equal"
    _matrices(node, a, "Input A's dimension must be >= 2")
    _square(node, a, "in[ndim-2] == in[ndim-1]", what)
    from ..util import is_np_shape
    _check(node, len(a) > 2 or _known(a[-1]) != -1 or is_np_shape(), "Check failed: dim_size_is_known(*it): Shape dim "
                                                                      "size cannot be a negative value -1")
    return tuple(a[:-2]) or (() if is_np_shape() else (1,))     # (0-d under NumPy shape semantics)


def _extraction(node, a):
    """extractdiag and extracttrian check their matrices' squareness and the offset's fit; the probe sizes them."""
    what = "Input operand must be a tensor of matrices"
    _matrices(node, a, what)
    _square(node, a, "(*in_attrs)[0][ndim-2] == (*in_attrs)[0][ndim-1]", "Input operand must be a tensor of square "
                                                                         "matrices")
    offset = int(node.attrs.get("offset", 0))
    n = _known(a[-1]) - abs(offset)
    _check(node, n > 0, f"Check failed: n > 0 ({n} vs. 0) : Illegal offset {offset} for diag/trian extraction of "
                        f"matrix with dimension {len(a)}")


def _triangular(node, a, b):
    """trmm and trsm: a square first operand whose size is the second's along the multiplied side."""
    _square(node, a, "(*in_attrs)[0][ndim-2] == (*in_attrs)[0][ndim-1]", "First operand must be a tensor of square "
                                                                         "matrices")
    if str(node.attrs.get("rightside", False)).lower() in ("1", "true"):
        expr, left, right = "(*in_attrs)[0][ndim-2] == (*in_attrs)[1][ndim-1]", a[-2], b[-1]
    else:
        expr, left, right = "(*in_attrs)[1][ndim-2] == (*in_attrs)[0][ndim-1]", b[-2], a[-1]
    _check(node, _known(left) == _known(right), f"Check failed: {expr} ({_known(left)} vs. {_known(right)}) : "
                                                "Incompatible matrix dimensions for multiplication")
    return tuple(b)


def triangular_back(node, ins, out):
    """trmm and trsm: the second operand has the output's shape, the first is square in its rows (in its columns
    with ``rightside``); a first operand of other known sizes is refused."""
    if len(out) < 2:
        return []
    side = out[-1] if str(node.attrs.get("rightside", False)).lower() in ("1", "true") else out[-2]
    a = tuple(out[:-2]) + (side, side)
    given = ins[0][1]
    if given is not None and len(given) == len(a) and any(g and k and g != k for g, k in zip(given, a)):
        shown = [",".join(str(d or -1) for d in t) for t in (given, a)]
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = [{shown[0]}], inferred "
                         f"shape=[{shown[1]}]")
    return [(ins[0][0], a), (ins[1][0], tuple(out))]


def _lq(node, a):
    rows, cols = _known(a[-2]), _known(a[-1])
    _check(node, rows <= cols, f"Check failed: in_a[ndim-2] <= in_a[ndim-1] ({rows} vs. {cols}) : Input A shape "
                               "wrong: Last dimension must be >= than second to last")
    return [tuple(a), tuple(a[:-1]) + (a[-2],)]


def _syrk(node, a):
    k = a[-1] if str(node.attrs.get("transpose", False)).lower() in ("1", "true") else a[-2]
    return [tuple(a[:-2]) + (k, k)]


def gemm_rule(node, shapes):
    """gemm: gemm2's checks, then the product's shape (unknown sizes kept unknown), which C is given where its own
    sizes are unknown (the output does not take C's)."""
    from ..ndarray.ops_linalg import check_gemm_shapes
    from ..util import is_np_shape
    a, b = shapes[0], shapes[1]
    if is_np_shape():
        return None
    if a is None or b is None or len(a) != len(b) or len(a) < 2:
        return None
    flag = {k: str(node.attrs.get(k, False)).lower() in ("1", "true") for k in ("transpose_a", "transpose_b")}
    axis = int(node.attrs.get("axis", -2))
    try:
        check_gemm_shapes(node.op.name, [_known(d) for d in a], [_known(d) for d in b], flag["transpose_a"],
                          flag["transpose_b"], axis)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e).split(": ", 1)[1])) from None
    row = axis % len(a)
    out = list(a)
    out[row], out[-1] = a[-1] if flag["transpose_a"] else a[row], b[row] if flag["transpose_b"] else b[-1]
    c = shapes[2] if len(shapes) > 2 else None
    if c is not None and len(c) == len(out) and any(k and o and k != o for k, o in zip(c, out)):
        shown = [",".join(str(d or -1) for d in s) for s in (c, out)]
        raise MXNetError(f"Error in operator {node.name}: Shape inconsistent, Provided = [{shown[0]}], inferred "
                         f"shape=[{shown[1]}]")
    c = tuple(k or o for k, o in zip(c, out)) if c is not None and len(c) == len(out) else tuple(out)
    return [a, b, c] + list(shapes[3:]), [tuple(out)]


def linalg_outputs(node, shapes):
    """The output shapes MXNet infers for a linalg node (None where it leaves one unknown), or None when its rule
    is not written here (the op is run on probes); raises MXNet's check where it fails."""
    from ..util import is_np_shape
    name = node.op.name
    if is_np_shape() and name not in _NP_SHAPE_RULED:
        return None             # (rules written for legacy semantics, where a 0 size is unknown)
    a = shapes[0] if shapes else None
    if name in ("_linalg_potrf", "_linalg_potri"):
        return [None if a is None else tuple(a)]
    if name in _TWO_OPERANDS:
        if any(s is None for s in shapes[:2]):
            return None
        if len(shapes[0]) != len(shapes[1]) or len(shapes[0]) < 2:
            return [None]           # MXNet's rule returns undecided: operands of two ranks
        return [_triangular(node, a, shapes[1])] if name in ("_linalg_trmm", "_linalg_trsm") else None
    if a is None:
        return None
    if name == "_linalg_sumlogdiag":
        return [None if len(a) < 2 else tuple(a[:-2]) or (1,)]
    if name in ("_linalg_gelqf", "_linalg_syrk"):
        if len(a) < 2:
            return [None] * node.num_outputs
        return _lq(node, a) if name == "_linalg_gelqf" else _syrk(node, a)
    if name in ("_linalg_det", "_linalg_slogdet"):
        return [_determinant(node, a)] * node.num_outputs
    if name == "_linalg_inverse":
        _matrices(node, a, "Input A's dimension must be >= 2")
        _square(node, a, "in[ndim-2] == in[ndim-1]", "Input A's last two dimension must be equal")
        return [tuple(a)]
    if name in ("_linalg_extractdiag", "_linalg_extracttrian"):
        _extraction(node, a)
    if name == "_linalg_syevd":
        return _eigen(node, a)
    if name == "_linalg_maketrian" and a:
        _triangle_side(node, a[-1])
    return None


def _triangle_side(node, size):
    """maketrian checks its last size holds a triangle even where other sizes are unknown; an unknown one is
    read as -1 (and fails); the probe sizes the output."""
    from ..ndarray.ops_linalg import _trian_size
    try:
        _trian_size(node.op.name, _known(size), 0)
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None


def _eigen(node, a):
    """syevd needs every size before it checks the rank (a vector leaves it undecided) and squareness."""
    _check(node, all(a), "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    if len(a) < 2:
        return [None, None]
    _check(node, a[-2] == a[-1], f"Check failed: in_a[ndim-2] == in_a[ndim-1] ({a[-2]} vs. {a[-1]}) : Input A shape "
                                 "wrong: Last two dimensions must be equal")
    return [tuple(a), tuple(a[:-1])]


_TWO_OPERANDS = ("_linalg_gemm", "_linalg_gemm2", "_linalg_trmm", "_linalg_trsm")
# the rules that hold under NumPy shape semantics too
_NP_SHAPE_RULED = frozenset(("_linalg_inverse", "_linalg_det", "_linalg_slogdet"))
LINALG_RULED = frozenset(("_linalg_potrf", "_linalg_potri", "_linalg_sumlogdiag", "_linalg_gelqf", "_linalg_syrk",
                          "_linalg_det", "_linalg_slogdet", "_linalg_inverse", "_linalg_extractdiag",
                          "_linalg_extracttrian", "_linalg_maketrian", "_linalg_syevd") + _TWO_OPERANDS)
