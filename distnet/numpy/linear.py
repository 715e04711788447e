"""``mx.np`` products: dot, matmul, tensordot, einsum, inner, outer, vdot, trace, diagonal; differentiable."""
import functools
import inspect
import string

import numpy as _np

from ..base import MXNetError, _Null, located
from ..ndarray.shape_text import inference_failure, listed_shape, with_given_attrs
from ..ndarray.ndarray import NDArray
from ..ndarray.failures import KernelError, backward_kernel_error, float_only
from ..ndarray.ops_reduce import kahan_sum
from ..ndarray.registry import OPS, defop, inferred_type_name as _type_name
from ..util import is_np_shape, wrap_np_binary_func
from .multiarray import invoke_np, legacy_refusal, ndarray, not_an_array, refuse_legacy_arrays, type_text
from .multiarray import fails_when_read, refuse_unknown_shapes
from .shaping import _check_out, _into, _legacy_output, _rearrange, written_into
from .recorded_names import record_as, show_as_method, with_shown
from ..autograd import recorded_as_one_op as _recorded_as_one_op


@defop("_npi_einsum")
def einsum_op(*operands, subscripts="", optimize=False):
    """``numpy.einsum(subscripts, *operands)`` with explicit output subscripts, accumulated in double and
    rounded once to the operands' type, as MXNet computes it."""
    _check_terms(subscripts, operands)      # (a graph's shape inference meets it here)
    dtype = _np.result_type(*operands)
    shapes = [o.shape for o in operands]
    refusal = _kernel_refusal(subscripts, shapes)
    if refusal is not None:
        if optimize and len(operands) > 1 and refusal[1] == 311:     # (met in the path step holding its operand)
            refusal = _stepped_collapse_refusal(subscripts, shapes) or refusal
        raise located(KernelError(refusal[0], _np.zeros(_labelled_shape(subscripts, shapes), dtype)),
                      ("../src/operator/numpy/./np_einsum_op-inl.h", refusal[1]))
    if optimize and dtype.kind == "f" and len(operands) > 1:
        return _contract_in_steps(subscripts, operands, dtype)
    wide = [o.astype(_np.float64) if o.dtype.kind == "f" else o for o in operands]
    res = _np.asarray(_sequential_einsum(subscripts, wide)).astype(dtype)
    return res + dtype.type(0) if dtype.kind == "f" else res      # MXNet adds each term to a +0.0


_SEQUENTIAL_TERMS = 1 << 22     # products summed one by one as MXNet's kernel; beyond, NumPy's order (rounded once)


def _sequential_einsum(subscripts, operands):
    """``numpy.einsum`` with each output's products added one by one in row-major order of the summed letters
    (in order of appearance), as MXNet's einsum kernel does; NumPy's pairwise sums round float64 differently."""
    if "." in subscripts:
        subscripts, operands = _ellipsis_spelt_out(subscripts, operands)
    if "->" not in subscripts or "." in subscripts:
        return _np.einsum(subscripts, *operands)
    inputs, output = subscripts.replace(" ", "").split("->")
    letters = "".join(dict.fromkeys(c for c in inputs if c != ","))
    summed = "".join(c for c in letters if c not in output)
    sizes = {c: n for sub, o in zip(inputs.split(","), operands) for c, n in zip(sub, o.shape)}
    total = int(_np.prod([sizes[c] for c in letters]))
    if not summed or operands[0].dtype.kind != "f" or total > _SEQUENTIAL_TERMS:
        return _np.einsum(subscripts, *operands)
    terms = _np.einsum(f"{inputs}->{output}{summed}", *operands)
    terms = terms.reshape(terms.shape[:len(output)] + (int(_np.prod(terms.shape[len(output):])),))
    if terms.shape[-1] == 0:
        return _np.zeros(terms.shape[:-1], terms.dtype)
    # an accumulate adds in order, as the kernel's loop from +0.0 (which turns an all -0.0 sum into +0.0)
    return _np.add.accumulate(terms, axis=-1, out=terms)[..., -1] + 0.0


def _ellipsis_spelt_out(subscripts, operands):
    """(``subscripts``, ``operands``) with each ``...`` spelt out in letters of its own, the operands' ellipsis
    axes broadcast to one shape (as given where NumPy's broadcasting refuses them)."""
    text = subscripts.replace(" ", "")
    if "->" not in text:
        return subscripts, operands
    inputs, output = text.split("->")
    if "..." not in output:     # (MXNet's kernel refuses it: left to NumPy, whose refusal is worded as MXNet's)
        return subscripts, operands
    subs = inputs.split(",")
    spare = [c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" if c not in text]
    try:
        shape = _np.broadcast_shapes(*(o.shape[:o.ndim - (len(sub) - 3)] for sub, o in zip(subs, operands)
                                       if "..." in sub))
    except ValueError:
        return subscripts, operands
    if len(shape) > len(spare):
        return subscripts, operands
    letters = "".join(spare[:len(shape)])
    full = [shape + o.shape[o.ndim - (len(sub) - 3):] if "..." in sub else o.shape for sub, o in zip(subs, operands)]
    operands = [o if o.shape == f else _np.array(_np.broadcast_to(o, f)) for o, f in zip(operands, full)]
    return ",".join(sub.replace("...", letters) for sub in subs) + "->" + output.replace("...", letters), operands


def _contract_in_steps(subscripts, operands, dtype):
    """MXNet's optimized einsum: pairwise along NumPy's greedy path, the steps a matrix product can do by BLAS in
    the operands' type, the others accumulated in double and rounded once."""
    operands, steps = _np.einsum_path(subscripts, *operands, optimize="greedy", einsum_call=True)
    operands = list(operands)
    for step in steps:
        inds, step_subscripts, blas = step[0], step[2], step[-1]
        terms = [operands.pop(k) for k in inds]
        if blas:
            res = _tensordot_step(step_subscripts, *terms)
        else:
            res = _sequential_einsum(step_subscripts, [t.astype(_np.float64) for t in terms])
        operands.append(_np.asarray(res).astype(dtype))
    return operands[0]


def _tensordot_step(subscripts, a, b):
    """One BLAS step of the optimized einsum as MXNet's tensordot takes it: the summed letters (in ``a``'s
    order) moved last in ``a`` and first in ``b``, one GEMM in the operands' type, then the output's order."""
    inputs, output = subscripts.split("->")
    sa, sb = inputs.split(",")
    summed = [c for c in sa if c in sb and c not in output]
    free_a, free_b = [c for c in sa if c not in summed], [c for c in sb if c not in summed]
    at = _np.transpose(a, [sa.index(c) for c in free_a + summed])
    bt = _np.transpose(b, [sb.index(c) for c in summed + free_b])
    k = int(_np.prod([a.shape[sa.index(c)] for c in summed]))
    rows, cols = int(_np.prod(at.shape[:len(free_a)])), int(_np.prod(bt.shape[len(summed):]))
    at2, bt2 = _np.ascontiguousarray(at).reshape(rows, k), _np.ascontiguousarray(bt).reshape(k, cols)
    if a.dtype == _np.float16:      # (its half GEMM: products summed in float, rounded once)
        res = _np.dot(at2.astype(_np.float32), bt2.astype(_np.float32)).astype(_np.float16)
    else:
        res = OPS["dot"].fwd(at2, bt2)
    res = res.reshape(at.shape[:len(free_a)] + bt.shape[len(summed):])
    return _np.einsum(f"{''.join(free_a + free_b)}->{output}", res)


def _stepped_grads(dy, operands, subscripts, dtype):
    """The gradients of the optimized einsum as MXNet takes them: back through the forward's steps in reverse,
    a BLAS step by its tensordot's two matrix products, another by the einsum kernel's backward, each step's
    gradients rounded to the operands' type."""
    count = len(operands)
    operands, steps = _np.einsum_path(subscripts, *operands, optimize="greedy", einsum_call=True)
    operands, held = list(operands), list(range(count))     # the operands, and the number of each
    taken = []
    for number, step in enumerate(steps, count):         # (an intermediate result numbered after the operands)
        inds, step_subscripts, blas = step[0], step[2], step[-1]
        terms = [operands.pop(k) for k in inds]
        taken.append((step_subscripts, blas, terms, [held.pop(k) for k in inds], number))
        res = _tensordot_step(step_subscripts, *terms) if blas else \
            _sequential_einsum(step_subscripts, [t.astype(_np.float64) for t in terms])
        operands.append(_np.asarray(res).astype(dtype))
        held.append(number)
    grads = {held[-1]: _np.asarray(dy, dtype)}
    for step_subscripts, blas, terms, which, number in reversed(taken):
        dres = grads.pop(number)
        parts = _blas_step_grads(dres, step_subscripts, *terms) if blas else \
            einsum_op.bwd(dres, None, *terms, subscripts=step_subscripts, optimize=False)
        grads.update((w, _np.asarray(g).astype(dtype)) for w, g in zip(which, parts))
    return tuple(grads[i] for i in range(count))


def _blas_step_grads(dres, subscripts, a, b):
    """The gradients of one BLAS step of the optimized einsum: its result's gradient in the tensordot's order
    (``a``'s free letters, then ``b``'s), then the tensordot's two products."""
    inputs, output = subscripts.split("->")
    sa, sb = inputs.split(",")
    summed = [c for c in sa if c in sb and c not in output]
    free = [c for c in sa if c not in summed] + [c for c in sb if c not in summed]
    dfree = _np.einsum(f"{output}->{''.join(free)}", dres)
    axes = [sa.index(c) for c in summed], [sb.index(c) for c in summed]
    if a.dtype == _np.float16:      # (its half GEMM: products summed in float, rounded once)
        wide = (x.astype(_np.float32) for x in (dfree, a, b))
        return tuple(g.astype(_np.float16) for g in _contract_grads(*wide, *axes))
    return _contract_grads(dfree, a, b, *axes)


def _spelled_out(subscripts, operands):
    """``subscripts`` with ``...`` spelled out as letters, and the operands broadcast to their common batch shape
    (a graph's einsum node keeps the ellipsis its imperative call spells out)."""
    inputs, _ = subscripts.split("->")
    subs = inputs.split(",")
    cores = [len(s.replace("...", "")) for s in subs]
    batch = _np.broadcast_shapes(*[x.shape[:x.ndim - n] for s, x, n in zip(subs, operands, cores) if "..." in s])
    letters = "".join([c for c in string.ascii_letters if c not in subscripts][:len(batch)])
    wide = [_np.broadcast_to(x, batch + x.shape[x.ndim - n:]) if "..." in s else x
            for s, x, n in zip(subs, operands, cores)]
    return subscripts.replace("...", letters), wide


@einsum_op.grad
def _(dy, out, *operands, subscripts="", optimize=False):
    if _kernel_refusal(subscripts, [x.shape for x in operands]) is not None:
        return tuple(_np.zeros(x.shape, x.dtype) for x in operands)     # (the forward's error reaches them)
    dtype = _np.result_type(*operands)
    if optimize and dtype.kind == "f" and len(operands) > 1:
        return _stepped_grads(dy, operands, subscripts, dtype)
    shapes = [x.shape for x in operands]
    if "..." in subscripts:     # (a broadcast operand's gradient sums its broadcast axes in the kernel's loop)
        subscripts, operands = _spelled_out(subscripts, operands)
    inputs, output = subscripts.split("->")
    subs = inputs.split(",")
    return tuple(_operand_grad(dy, output, subs, operands, i, shape) for i, shape in enumerate(shapes))


def _operand_grad(dy, output, subs, operands, i, shape):
    """The gradient of operand ``i`` (of ``shape``, broadcast to ``operands[i]``'s): MXNet's backward runs its
    forward kernel on the output's gradient and the other operands, in double and in order, summing the letters
    the operand lacks, sums within it alone or broadcasts."""
    sub, x = subs[i], operands[i]
    own = dict(zip(sub, (1,) * (x.ndim - len(shape)) + tuple(shape)))
    others = [(s, o) for j, (s, o) in enumerate(zip(subs, operands)) if j != i]
    known = set(output).union(*[set(s) for s, _ in others])
    spread = {c for s, o in [(output, dy)] + others for c, n in zip(s, o.shape) if n != 1}
    kept = "".join(dict.fromkeys(c for c in sub if c in known and not (own[c] == 1 and c in spread)))
    terms = [dy] + [o for _, o in others]
    wide = [t.astype(_np.float64) if t.dtype.kind == "f" else t for t in terms]
    g = _sequential_einsum(",".join([output] + [s for s, _ in others]) + "->" + kept, wide)
    if kept != sub or g.shape != tuple(own[c] for c in sub):   # letters summed within this operand alone,
        # broadcast, of one element in the others (the same gradient all along), or repeated (a diagonal)
        uniq = "".join(dict.fromkeys(sub))
        g = _np.broadcast_to(g.reshape([g.shape[kept.index(c)] if c in kept else 1 for c in uniq]),
                             [own[c] for c in uniq])
        if len(uniq) != len(sub):
            grids = _np.indices([own[c] for c in uniq])
            spread = _np.zeros([own[c] for c in sub], g.dtype)
            spread[tuple(grids[uniq.index(c)] for c in sub)] = g
            g = spread
    return _np.asarray(g, x.dtype).reshape(shape)


def _check(*arrays):
    for a in arrays:
        if not isinstance(a, NDArray):
            raise TypeError(f"type {type_text(a)} not supported")


def _packed_operands(*arrays):
    """tensordot's and inner's operands: MXNet's FFI packs them as they are and refuses a number, a list or a
    NumPy array, each with its own error."""
    for a in arrays:
        if isinstance(a, (bool, int, float, _np.generic)):
            raise MXNetError("unknown type_code=14")
        if isinstance(a, (list, tuple)):
            raise _sequence_refusal(a)
        if isinstance(a, _np.ndarray):
            raise TypeError(f"Don't know how to handle type {type_text(a)}")
    _check(*arrays)


def _sequence_refusal(seq):
    """MXNet's FFI refusal of a list or tuple operand: the first entry (depth first) it cannot convert, else the
    sequence it made, which no operator takes."""
    for entry in seq:
        if isinstance(entry, (list, tuple)):
            return _sequence_refusal(entry)
        if not isinstance(entry, (int, _np.integer)):
            return ValueError(f"don't know how to convert type {type_text(entry)} to node")
    return MXNetError("unknown type_code=14")


def _flattenable(*arrays):
    """MXNet's outer and vdot flatten their operands first: a non-array has no ``flatten``; a NumPy array's
    or scalar's flattened array is then refused by tensordot."""
    for a in arrays:
        if not isinstance(a, (NDArray, _np.ndarray, _np.generic)):
            raise AttributeError(f"'{type(a).__name__}' object has no attribute 'flatten'")
    _packed_operands(*(a.flatten() for a in arrays if not isinstance(a, NDArray)))


def _legacy_accepted(*arrays):
    """The arrays as mx.np views: MXNet's tensordot (and inner/outer on it) takes legacy NDArrays too."""
    return tuple(a.as_np_ndarray() if not isinstance(a, ndarray) else a for a in arrays)


def _same(a, b, name="dot", empty=False):
    """MXNet's products need one dtype on both sides, a floating one unless the result is ``empty`` (its
    kernel, which checks the type, is then not run)."""
    if a.dtype != b.dtype:
        a_name, b_name = _type_name(a.dtype), _type_name(b.dtype)
        raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {a_name}, got {b_name}")
    if _np.dtype(a.dtype).kind != "f" and not empty:
        raise MXNetError(f"{name}: This operation only support floating point types, got {_np.dtype(a.dtype).name}")
    return a, b


def _einsum(subscripts, *operands, optimize=False, given=None):
    """einsum's operator on explicit ``subscripts``, recorded with the subscripts as ``given``."""
    attrs = {"subscripts": subscripts, "optimize": bool(optimize)}
    shown = dict(attrs, subscripts=given or subscripts, optimize=int(optimize), num_args=len(operands))
    return invoke_np(einsum_op, operands, with_shown(attrs, shown))


def _einsum_text_refused(text, arrays, optimize):
    """MXNet's refusal of einsum subscripts given as ``text`` (an object's str) before ``arrays``: no arrays is no
    operator input; else the first character no subscript may hold."""
    if not arrays:
        raise MXNetError("value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number of input "
                         f'arrays., in operator _npi_einsum(name="", num_args="0", optimize="{optimize}", '
                         f'subscripts="{text}")')
    if any(isinstance(x, NDArray) and not isinstance(x, ndarray) for x in arrays):
        raise legacy_refusal("_npi_einsum")
    for x in arrays:
        if x is not None and not isinstance(x, NDArray):
            raise AssertionError(f"Positional arguments must have NDArray type, but got {x!s}")
    _check_symbols(text)


def einsum(*operands, **kwargs):
    """Einstein summation: ``einsum('ij,jk->ik', a, b)``; as MXNet's, keywords other than ``optimize`` (read as
    an int) and ``out`` are ignored."""
    optimize = int(kwargs.pop("optimize", False))
    out = kwargs.pop("out", None)
    if out is not None and not isinstance(out, ndarray):
        raise legacy_refusal("_npi_einsum")
    if not operands:        # MXNet reads the subscripts as the first operand
        raise IndexError("tuple index out of range")
    if not isinstance(operands[0], str):    # MXNet reads the first argument's text as the subscripts
        _einsum_text_refused(str(operands[0]), operands[1:], optimize)
    given = subscripts = operands[0]
    arrays = operands[1:]
    for x in arrays:
        if not isinstance(x, NDArray):
            raise AssertionError(f"Positional arguments must have NDArray type, but got {x!s}")
    refuse_legacy_arrays("_npi_einsum", arrays)     # (before the subscripts are parsed, in shape inference)
    refuse_unknown_shapes("_npi_einsum", arrays, [("num_args", len(arrays)), ("optimize", optimize),
                                                  ("subscripts", given)])
    subscripts = subscripts.replace(" ", "")
    _check_subscripts(subscripts, arrays)
    if "->" not in subscripts:           # NumPy's implicit output: the broadcast axes, then the letters used once
        letters = subscripts.replace(",", "").replace(".", "")
        subscripts += "->" + ("..." if "..." in subscripts else "") + \
            "".join(sorted(c for c in set(letters) if letters.count(c) == 1))
    if isinstance(out, NDArray):        # (shapes are inferred before the operands' types)
        _check_gemm_out_shape(out, _einsum_shape(subscripts, arrays))
    for k, x in enumerate(arrays[1:], 1):
        if x.dtype != arrays[0].dtype:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {k}-th input: "
                             f"expected {_type_name(arrays[0].dtype)}, got {_type_name(x.dtype)}")
    if isinstance(out, NDArray) and arrays:     # (refused at the call: a kernel refusing the subscripts never runs)
        _check_out(out, _np.broadcast_to(arrays[0].dtype.type(0), out.shape), types="assigned")
    unkernelled = optimize and arrays and arrays[0].dtype == _np.bool_     # (the optimized kernel has no bool case)
    optimize = 0 if unkernelled else optimize
    res = _into(out, _einsum(subscripts, *arrays, optimize=optimize, given=given), types="assigned")
    return fails_when_read(res, "Unknown type enum 7") if unkernelled else res


def _einsum_shape(subscripts, arrays):
    """The shape of einsum's result, found on zero-strided stand-ins of the operands (or for subscripts its
    kernel refuses, a size per output letter, as its shape function gives)."""
    shapes = [x.shape for x in arrays]
    if _kernel_refusal(subscripts, shapes) is not None:
        return _labelled_shape(subscripts, shapes)
    return _np.einsum(subscripts, *[_np.broadcast_to(_np.float32(0), x.shape) for x in arrays]).shape


def _check_subscripts(subscripts, arrays):
    """MXNet's parse of the subscripts (its shape inference, before the types are checked), in its order and
    words: one '->'; with a '.' anywhere, each input's ellipsis, then the output's ellipsis put in its place;
    a term per operand, output letters found among the inputs, then each term's length and (with no ellipsis,
    in turn) one size per letter, a size 1 broadcasting; its message gives the earlier size first."""
    _check_symbols(subscripts)
    if subscripts.count("->") > 1:
        raise located(MXNetError('Check failed: !invalid && _count_substring(subscripts, "->") == 1: Subscripts '
                                 "can only contain one '->'."), ("../src/operator/numpy/np_einsum_op.cc", 76))
    inputs, arrow, output = subscripts.partition("->")
    terms = inputs.split(",")
    if "." in subscripts:
        _check_ellipses(terms, arrays)
        if arrow and "..." not in output:     # (the output's ellipsis, replaced by the broadcast letters, not found)
            raise MXNetError(f"basic_string: :replace: __pos (which is 18446744073709551615) > this->size() "
                             f"(which is {len(output)})")
    if len(terms) != len(arrays):
        error = MXNetError(f"Check failed: std: :count(ret[0].begin(), ret[0].end(), ',') + 1 == shapes.size() "
                           f"({len(terms)} vs. {len(arrays)}) : Number of einsum subscripts must be equal to the "
                           "number of operands.")
        error.op_name = "_npi_einsum"
        raise error
    letters = set(inputs) - set(".,")
    missing = next((c for c in output.replace("...", "", 1) if c not in letters), None)    # (a '.' left over too)
    if missing is not None:
        raise MXNetError(f"Check failed: input_subscripts_set.test(c): Output character {missing} did not appear in "
                         "the input")
    in_turn = "." not in subscripts     # (without an ellipsis: each operand's axes, then its label sizes, in turn)
    if not in_turn:
        _check_terms(subscripts, arrays)
    sizes = {}
    for k, (term, x) in enumerate(zip(terms, arrays)):
        if in_turn:
            _check_terms(",".join(terms[:k + 1]), arrays[:k + 1])
        for c, size in _labelled_sizes(term, x.shape):
            if sizes.get(c, 1) == 1:
                sizes[c] = size
            elif size not in (1, sizes[c]):
                raise MXNetError(f"Check failed: dim == 1 || dim == dimension_dict[static_cast<int>(c)]: Size of label "
                                 f"'{c}' for operand  {k} ({sizes[c]}) does not match previous terms ({size}).")


def _check_ellipses(terms, arrays):
    """MXNet's parse of each input term's ellipsis, in turn: three dots, together, over no fewer axes than its
    operand has (a 0-d operand's is dropped)."""
    for k, term in enumerate(terms):
        if "." not in term:
            continue
        site = ("../src/operator/numpy/np_einsum_op.cc", 119)
        if term.count(".") != 3:
            raise located(MXNetError(f"Check failed: std: :count(sub.begin(), sub.end(), '.') == 3 "
                                     f"({term.count('.')} vs. 3) : Invalid Ellipses"), site)
        if "..." not in term:
            raise located(MXNetError('Check failed: _count_substring(sub, "...") == 1 (0 vs. 1) : Invalid Ellipses'),
                          (site[0], 121))
        if k < len(arrays) and 0 < arrays[k].ndim < len(term) - 3:
            error = MXNetError(f"Check failed: ellipse_count >= 0 ({arrays[k].ndim - len(term) + 3} vs. 0) : "
                               "Ellipses lengths do not match.")
            raise located(error, (site[0], 137))


def _repeated_output_letter(subscripts):
    """A letter the output subscripts name twice (None if none): MXNet's kernel refuses it, its shape function not."""
    output = subscripts.partition("->")[2]
    return next((c for i, c in enumerate(output) if c != "." and c in output[i + 1:]), None)


def _repeated_output_words(letter):
    return ("Check failed: memchr(subscripts + i + 1, label, length - i - 1) == nullptr: einstein sum subscripts "
            f"string includes output subscript '{letter}' multiple times")


def _uncollapsed_words(subscripts, shapes):
    """MXNet's kernel's words for a letter repeated in an operand's subscript over axes of other sizes (the first
    not 0), None if none."""
    inputs = subscripts.partition("->")[0]
    for k, (term, shape) in enumerate(zip(inputs.split(","), shapes)):
        first = {}
        for c, size in _labelled_sizes(term, shape):
            if c in first and first[c] != 0 and first[c] != size:
                return ("Check failed: !(combineoffset < 0 && (*newshape)[i] != 0 && (*newshape)[i] != shape[idim]): "
                        f"dimensions in operand {k} for collapsing index '{ord(c)}' don't match ({first[c]} != {size})")
            first.setdefault(c, size)
    return None


def _kernel_refusal(subscripts, shapes):
    """(words, source line) of MXNet's einsum kernel refusing explicit ``subscripts`` on operands of ``shapes``
    (which its shape function passes), None if it does not: an output letter named twice, or a letter repeated
    in an operand over axes of other sizes."""
    letter = _repeated_output_letter(subscripts)
    if letter is not None:
        return _repeated_output_words(letter), 210
    words = _uncollapsed_words(subscripts, shapes)
    return None if words is None else (words, 311)


def _stepped_collapse_refusal(subscripts, shapes):
    """The words and line of the optimized kernel refusing a letter repeated over axes of other sizes in the first
    step of its path that meets one (None if none)."""
    stand_ins = [_np.broadcast_to(_np.float32(0), shape) for shape in shapes]
    _, steps = _np.einsum_path(subscripts, *stand_ins, optimize="greedy", einsum_call=True)
    shapes = list(shapes)
    for step in steps:
        terms = [shapes.pop(k) for k in step[0]]
        words = _uncollapsed_words(step[2], terms)
        if words is not None:
            return words, 311
        shapes.append(_labelled_shape(step[2], terms))
    return None


def _labelled_shape(subscripts, shapes):
    """The shape MXNet's shape function gives einsum's result on operands of ``shapes``: a size per output letter
    (a letter's first size other than 1), the output's ellipsis standing for the most broadcast axes."""
    inputs, _, output = subscripts.partition("->")
    sizes, broadcast = {}, 0
    for term, shape in zip(inputs.split(","), shapes):
        if "..." in term:
            broadcast = max(broadcast, len(shape) - len(term) + 3)
        for c, size in _labelled_sizes(term, shape):
            sizes[c] = size if sizes.get(c, 1) == 1 else sizes[c]
    output = output.replace("...", _broadcast_labels(broadcast))
    return tuple(sizes[c] for c in output)


def _labelled_sizes(term, shape):
    """(label, size) of each axis of an operand, in order: an ellipsis stands for the axes between the letters,
    labelled as MXNet's parse spells them (..., 'Y', 'Z': aligned on the right across operands)."""
    before, dots, after = term.partition("...")
    if not dots:
        return zip(term, shape)
    return list(zip(before + _broadcast_labels(len(shape) - len(before) - len(after)) + after, shape))


def _broadcast_labels(n):
    """The labels of ``n`` axes an ellipsis stands for, as MXNet's parse spells them (..., 'Y', 'Z')."""
    return "".join(chr(ord("Z") - n + 1 + i) for i in range(n))


def _check_symbols(text):
    """MXNet's parse of einsum subscripts: letters, '.', ',' and '->' only."""
    bad = next((c for c in text if not (c.isascii() and c.isalpha()) and c not in ".,->"), None)
    if bad is not None:
        raise MXNetError(f"Check failed: einsum_symbols_set.test(c): Character {bad} is not a valid symbol.")


def _check_terms(subscripts, arrays):
    """MXNet's check that each operand's subscript names each of its axes once (with an ellipsis: at most; a 0-d
    operand is held to the letters after a leading ellipsis, as if it had none, and to nothing after others)."""
    for k, (term, x) in enumerate(zip(subscripts.split("->")[0].split(","), arrays)):
        letters = term.replace("...", "")
        error = None
        if "." not in term or x.ndim == 0 and term.startswith("..."):
            if len(letters) != x.ndim:
                error = MXNetError(f"Check failed: sh.ndim() == term.length() ({x.ndim} vs. {len(letters)}) : Einstein "
                                   f"sum subscript {letters} does not contain the correct number of indices for "
                                   f"operand {k}.")
                error.raised_at = ("../src/operator/numpy/np_einsum_op.cc", 255)
        elif len(letters) > x.ndim > 0:
            error = MXNetError(f"Check failed: ellipse_count >= 0 ({x.ndim - len(letters)} vs. 0) : Ellipses lengths "
                               "do not match.")
            error.raised_at = ("../src/operator/numpy/np_einsum_op.cc", 137)
        if error is not None:
            raise error


_TENSORDOT_TYPES = ("Check failed: out.type_flag_ == kFloat32 || out.type_flag_ == kFloat64 || (out.type_flag_ == "
                    "kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow: :gpu::kDevMask): Tensordot only supports "
                    "float32/float64 for CPU, and float16/float32/float64 for GPU")


def _tensordot_site(int_axes, float16=False):
    """Where MXNet's tensordot kernels refuse a type: that of an int ``axes`` (outer, vdot, dot) checks every type
    at one place; that of axes pairs (inner) checks float16 apart from its type switch."""
    return "../src/operator/numpy/./np_tensordot_op-inl.h", 618 if int_axes else 235 if float16 else 326


def _cpu_float16_refused(func):
    """MXNet's CPU products have no float16 kernel: the result gets its float16 dtype and shape, and reading it
    raises the kernel's error."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def product(*args, **kwargs):
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:
            return func(*args, **kwargs)        # refused on entry, in Python's words
        bound.apply_defaults()
        a, b = bound.arguments["a"], bound.arguments["b"]
        arrays = [x for x in (a, b) if isinstance(x, NDArray)]
        if not arrays or any(x.dtype != _np.float16 for x in arrays):     # mixed dtypes: refused at the call
            return func(*args, **kwargs)
        from .. import autograd
        from .umath import _failing
        rest = {k: v for k, v in bound.arguments.items() if k not in ("a", "b", "out")}
        out = bound.arguments.get("out")
        with autograd.pause():
            shape = func(*(x.astype(_np.float32) if isinstance(x, NDArray) and x.dtype == _np.float16 else x
                           for x in (a, b)), **rest).shape
        if out is not None and (not isinstance(out, NDArray) or out.dtype != _np.float16 or out.shape != shape):
            return func(*args, **kwargs)        # (out= refused by the product's own checks)
        if 0 in shape:      # an empty product runs no kernel
            from .multiarray import wrap_np
            return wrap_np(_np.zeros(shape, _np.float16), arrays[0].ctx) if out is None else out
        int_axes = func.__name__ != "inner" and isinstance(rest.get("axes", 1), (int, _np.integer))
        res = _failing(a, b, _TENSORDOT_TYPES, _np.float16, shape, out=out, site=_tensordot_site(int_axes, True),
                       op="_np_dot" if func.__name__ == "dot" else "_npi_tensordot")
        return record_as(res, *_recorded_form(func.__name__, a.ndim, rest.get("axes")), a, b)
    return product


def _recorded_form(name, ndim_a, axes):
    """(operator, attributes) MXNet records for product ``name`` (dot, tensordot or inner) with ``axes``."""
    if name == "dot":
        return "_np_dot", {}
    if name == "inner":
        axes = ([-1], [-1])
    if isinstance(axes, (int, _np.integer)):
        return "_npi_tensordot_int_axes", {"axes": int(axes)}
    summed = _tensordot_axes(axes, ndim_a)
    return "_npi_tensordot", {key: "[" + ",".join(map(str, v)) + "]"
                              for key, v in zip(("a_axes_summed", "b_axes_summed"), summed)}


def _empty_of(like, shape):
    """An empty array of ``like``'s dtype and context, of ``shape``."""
    from .multiarray import wrap_np
    return wrap_np(_np.zeros(shape, like.dtype), like.ctx)


def _tensordot_axes(axes, ndim_a):
    """tensordot's summed axes of ``a`` and of ``b`` (as given, negatives kept), read as MXNet's FFI reads
    ``axes``: an integer counts trailing/leading axes; otherwise items 0 and 1 (further ones are ignored) are
    two integers or two sequences of integers."""
    if isinstance(axes, (int, _np.integer)):
        return list(range(ndim_a - int(axes), ndim_a)), list(range(int(axes)))
    if isinstance(axes, (float, str, type(None), NDArray)):
        from .multiarray import ffi_object_refusal
        raise ffi_object_refusal(axes)
    if not isinstance(axes, (tuple, list)):
        raise TypeError(f"Don't know how to handle type {type(axes)}")
    for item in axes:
        inner = item if isinstance(item, (tuple, list)) else [item]
        bad = [x for x in inner if not isinstance(x, (int, _np.integer))]
        if bad:
            raise ValueError(f"don't know how to convert type {type_text(bad[0])} to node")
    if len(axes) < 2:
        raise MXNetError(f"Check failed: idx < size ({len(axes)} vs. {len(axes)}) : Index {len(axes)} out of bounds "
                         f"{len(axes)}\n")
    pair = axes[:2]
    if all(isinstance(x, (int, _np.integer)) for x in pair):
        return [int(pair[0])], [int(pair[1])]
    if not all(isinstance(x, (tuple, list)) for x in pair):
        raise MXNetError("Unknown type index: tensordot's axes pair holds two integers or two sequences, not one "
                         "of each")
    summed_a, summed_b = ([int(x) for x in seq] for seq in pair)
    if len(summed_a) != len(summed_b):     # (MXNet's check has no words after its values)
        error = MXNetError(f"Check failed: a_axes_summed.ndim() == b_axes_summed.ndim() ({len(summed_a)} vs. "
                           f"{len(summed_b)}) : ")
        error.raised_at = ("../src/operator/numpy/np_tensordot_op.cc", 67)
        raise error
    return summed_a, summed_b


def _broadcasts(*shapes):
    """Whether the (batch) shapes broadcast together."""
    try:
        _np.broadcast_shapes(*shapes)
    except ValueError:
        return False
    return True


_MATMUL_TYPES = ("Check failed: out.type_flag_ == kFloat32 || out.type_flag_ == kFloat64 || (out.type_flag_ == "
                 "kFloat16 && ctx.run_ctx.ctx.dev_mask() == mshadow: :gpu::kDevMask): Matmul only supports "
                 "float32/float64 for CPU, and float16/float32/float64 for GPU")


def _refused_type(a, b, shape, int_axes):
    """The result of MXNet's tensordot kernels for bool or integer operands, failing when read: with an int
    ``axes`` (outer, vdot) in the float16 check's words, with axes pairs in the type switch's words; an empty
    result runs no kernel."""
    from .umath import _failing
    if 0 in shape:
        return _empty_of(a, shape)
    if int_axes:
        return _failing(a, b, _TENSORDOT_TYPES, a.dtype, shape, site=_tensordot_site(True))
    return _failing(a, b, _dot_type_refusal(a.dtype), a.dtype, shape, site=_tensordot_site(False))


# ---- the operators MXNet runs these products as (each recorded as one node, its backward beside it) ---------
def _dot_subscripts(ndim_a, ndim_b):
    """``np.dot`` as an einsum: the last axis of ``a`` against the second-to-last (or only) axis of ``b``."""
    letters = iter(string.ascii_letters)
    a = [next(letters) for _ in range(ndim_a)]
    b = [next(letters) for _ in range(ndim_b)]
    if ndim_a and ndim_b:
        b[-2 if ndim_b > 1 else 0] = a[-1]
        out = a[:-1] + [c for c in b if c != a[-1]]
    else:
        out = a + b
    return f"{''.join(a)},{''.join(b)}->{''.join(out)}"


def _tensordot_subscripts(ndim_a, ndim_b, a_axes, b_axes):
    """``np.tensordot`` as an einsum: ``a_axes`` of ``a`` summed against ``b_axes`` of ``b``."""
    letters = iter(string.ascii_letters)
    a = [next(letters) for _ in range(ndim_a)]
    b = [next(letters) for _ in range(ndim_b)]
    for i, j in zip(a_axes, b_axes):
        b[j % ndim_b] = a[i % ndim_a]
    summed = {a[i % ndim_a] for i in a_axes}
    out = [c for c in a if c not in summed] + [c for c in b if c not in summed]
    return f"{''.join(a)},{''.join(b)}->{''.join(out)}"


def _int_axes(ndim_a, axes):
    return list(range(ndim_a - axes, ndim_a)), list(range(axes))


def _refuse_kernel_type(result, float16_words, integer_words, site=None):
    """``result``, unless its dtype has no CPU kernel in MXNet's products (float32/float64 only): then their words
    for a float16 or an integer (bool) dtype, raised when the result is read (``site``: where MXNet checks)."""
    dtype = _np.dtype(result.dtype)
    if dtype == _np.float16 or dtype.kind in "biu":
        error = KernelError(float16_words if dtype == _np.float16 else integer_words, result)
        error.raised_at = site
        raise error
    return result


def _by_matrix_product(a, b):
    """Whether MXNet's kernel contracts ``a`` and ``b`` by one BLAS matrix product (not a 0-d scaling)."""
    return a.ndim and b.ndim and a.dtype == b.dtype and a.dtype in (_np.float32, _np.float64)


def _matrix_operands(a, b, axes_a, axes_b):
    """``a`` and ``b`` laid out as MXNet's tensordot kernel multiplies them: ``a``'s free axes then its summed
    ones, ``b``'s summed axes then its free ones, flattened to matrices (a vector stays one; a full contraction
    is a 1 x k by k x 1 product). Also returns both permutations and the result's shape."""
    axes_a, axes_b = [x % a.ndim for x in axes_a], [x % b.ndim for x in axes_b]
    perm_a = [i for i in range(a.ndim) if i not in axes_a] + axes_a
    perm_b = axes_b + [j for j in range(b.ndim) if j not in axes_b]
    lead = tuple(a.shape[i] for i in perm_a[:a.ndim - len(axes_a)])
    tail = tuple(b.shape[j] for j in perm_b[len(axes_b):])
    k = int(_np.prod([a.shape[i] for i in axes_a]))
    a2 = a.transpose(perm_a).reshape(lead + (k,))
    b2 = b.transpose(perm_b).reshape((k,) + tail)
    if a2.ndim > 2:
        a2 = a2.reshape(int(_np.prod(lead)), k)
    if b2.ndim > 2:
        b2 = b2.reshape(k, int(_np.prod(tail)))
    if a2.ndim == 1 and b2.ndim == 1:
        a2, b2 = a2.reshape(1, k), b2.reshape(k, 1)
    return a2, b2, perm_a, perm_b, lead + tail


def _contract(a, b, axes_a, axes_b):
    a2, b2, _, _, shape = _matrix_operands(a, b, axes_a, axes_b)
    return OPS["dot"].fwd(a2, b2).reshape(shape)


def _contract_grads(dy, a, b, axes_a, axes_b):
    """The gradients of ``_contract``: the dot kernel's two products, laid back out as ``a`` and ``b``."""
    a2, b2, perm_a, perm_b, _ = _matrix_operands(a, b, axes_a, axes_b)
    da, db = OPS["dot"].bwd(dy, None, a2, b2)
    da = da.reshape([a.shape[i] for i in perm_a]).transpose(_np.argsort(perm_a))
    db = db.reshape([b.shape[j] for j in perm_b]).transpose(_np.argsort(perm_b))
    return da, db


def _scaling(a, b):
    """Whether MXNet's product multiplies elementwise: a 0-d float operand (of the other's float type)."""
    return (not a.ndim or not b.ndim) and a.dtype == b.dtype and a.dtype.kind == "f"


def _scaling_grads(dy, a, b):
    """The gradients of a product by a 0-d operand: the other's is ``dy`` times the number; the number's sums the
    products of ``dy`` and the other in double (MXNet's safe accumulation), rounded once."""
    da, db = OPS["_npi_multiply"].bwd(dy, None, a, b)
    for i, (x, other) in enumerate(((a, b), (b, a))):
        if x.ndim == 0 and other.ndim:
            products = _np.multiply(dy, other, dtype=other.dtype).astype(_np.float64)
            total = _np.asarray(kahan_sum(products, tuple(range(products.ndim)))).astype(x.dtype)
            da, db = (total, db) if i == 0 else (da, total)
    return da, db


def _failed_scalar_copy(dy, a, b):
    """MXNet's tensordot backward with axes pairs (np.dot's too, for a 0-d ``a`` and a ``b`` of 3 or more axes)
    copies the 0-d operand's gradient through a target sized by its partner's byte count: with a non-empty
    partner it fails when a gradient is read, and only the partner's gradient is written; else None."""
    tensor = b if a.ndim == 0 else a
    if not (tensor.ndim and tensor.size):
        return None
    backward_kernel_error("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are "
                          f"not consistent with target, eshape: ({tensor.size},) dshape:"
                          f"({tensor.size * tensor.dtype.itemsize},)")
    da, db = OPS["_npi_multiply"].bwd(dy, None, a, b)
    return (_np.zeros((), a.dtype), db) if a.ndim == 0 else (da, _np.zeros((), b.dtype))


def _tensordot_op(name, axes_of):
    """Register tensordot's operator ``name``, its summed axes read from its attributes by ``axes_of``."""
    int_axes = name.endswith("int_axes")

    def forward(a, b, **attrs):
        if _scaling(a, b) and a.dtype != _np.float16:
            return OPS["_npi_multiply"].fwd(a, b)
        axes = axes_of(a.ndim, attrs)
        if _by_matrix_product(a, b):
            return _contract(a, b, *axes)
        return _refuse_kernel_type(
            einsum_op.fwd(a, b, subscripts=_tensordot_subscripts(a.ndim, b.ndim, *axes)),
            _TENSORDOT_TYPES, _TENSORDOT_TYPES if int_axes else _dot_type_refusal(a.dtype),
            site=_tensordot_site(int_axes, float16=a.dtype == _np.float16))
    forward.__doc__ = "``np.tensordot(a, b, axes)``: sums of products over the given axes."
    op = defop(name)(forward)

    @op.grad
    def _(dy, out, a, b, **attrs):
        if _scaling(a, b) and a.dtype != _np.float16:
            failed = None if int_axes else _failed_scalar_copy(dy, a, b)
            return failed or _scaling_grads(dy, a, b)
        axes = axes_of(a.ndim, attrs)
        if _by_matrix_product(a, b):
            return _contract_grads(dy, a, b, *axes)
        return einsum_op.bwd(dy, out, a, b, subscripts=_tensordot_subscripts(a.ndim, b.ndim, *axes))
    return op


tensordot_int_axes_op = _tensordot_op("_npi_tensordot_int_axes",
                                      lambda ndim, attrs: _int_axes(ndim, int(attrs.get("axes", 2))))
tensordot_op = _tensordot_op("_npi_tensordot",
                             lambda ndim, attrs: (list(attrs["a_axes_summed"]), list(attrs["b_axes_summed"])))


def _dot_axes(a, b):
    return [a.ndim - 1], [max(b.ndim - 2, 0)]


@defop("_np_dot")
def dot_op(a, b):
    """``np.dot(a, b)``."""
    if _by_matrix_product(a, b):
        return _contract(a, b, *_dot_axes(a, b))
    if _scaling(a, b):
        return OPS["_npi_multiply"].fwd(a, b)
    site = _tensordot_site(True) if a.dtype == _np.float16 else None
    return _refuse_kernel_type(einsum_op.fwd(a, b, subscripts=_dot_subscripts(a.ndim, b.ndim)), _TENSORDOT_TYPES,
                               _dot_type_refusal(a.dtype), site=site)


@dot_op.grad
def _(dy, out, a, b):
    if _by_matrix_product(a, b):
        return _contract_grads(dy, a, b, *_dot_axes(a, b))
    if _scaling(a, b):
        failed = _failed_scalar_copy(dy, a, b) if a.ndim == 0 and b.ndim > 2 else None     # (taken as tensordot's)
        return failed or _scaling_grads(dy, a, b)
    return einsum_op.bwd(dy, out, a, b, subscripts=_dot_subscripts(a.ndim, b.ndim))


@_recorded_as_one_op
@_cpu_float16_refused
def tensordot(a, b, axes=2):
    """Sum of products over the given axes of ``a`` and ``b`` (the last/first ``axes`` when an int); a 0-d
    operand multiplies the other, whatever ``axes`` says."""
    _packed_operands(a, b)
    axes_a, axes_b = _tensordot_axes(axes, a.ndim)
    if isinstance(axes, (int, _np.integer)):     # (0-d or empty operands, without NumPy semantics)
        refuse_unknown_shapes("_npi_tensordot_int_axes", (a, b), outputs=_legacy_output(
            "_npi_tensordot_int_axes", functools.partial(_np.tensordot, axes=axes), (a, b)))
    elif a.ndim == 0 or b.ndim == 0:     # (the summed axes' sizes pass between the operands: only a rank is needed)
        refuse_unknown_shapes("_npi_tensordot", (a, b))
    scalar = a.ndim == 0 or b.ndim == 0
    a, b = _legacy_accepted(a, b)
    if scalar:
        a, b = _same(a, b, "tensordot", empty=True)
        if _np.dtype(a.dtype).kind != "f":
            res = _refused_type(a, b, a.shape + b.shape, int_axes=isinstance(axes, (int, _np.integer)))
            return record_as(res, *_recorded_form("tensordot", a.ndim, axes), a, b)
        return _tensordot_call(a, b, axes, axes_a, axes_b)
    summed_a = [x % a.ndim for x in axes_a]
    summed_b = [x % b.ndim for x in axes_b]
    inferred = list(a.shape)
    for i, j in zip(summed_a, summed_b):
        inferred[i] = b.shape[j]
    if inferred != list(a.shape):       # MXNet infers a's summed axes from b's
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, a.shape))}], inferred shape="
                         f"[{','.join(map(str, inferred))}]")
    a, b = _same(a, b, "tensordot", empty=True)     # types are inferred after shapes
    if _np.dtype(a.dtype).kind != "f":
        shape = tuple(n for i, n in enumerate(a.shape) if i not in summed_a) + \
            tuple(n for j, n in enumerate(b.shape) if j not in summed_b)
        res = _refused_type(a, b, shape, int_axes=isinstance(axes, (int, _np.integer)))
        return record_as(res, *_recorded_form("tensordot", a.ndim, axes), a, b)
    return _tensordot_call(a, b, axes, axes_a, axes_b)


def _tensordot_call(a, b, axes, axes_a, axes_b):
    """tensordot run as MXNet's operator: an int ``axes`` as _npi_tensordot_int_axes, else the summed axes
    ``axes_a`` and ``axes_b`` (as given: negatives kept) as _npi_tensordot."""
    if isinstance(axes, (int, _np.integer)):
        return invoke_np(tensordot_int_axes_op, (a, b), {"axes": int(axes)})
    attrs = {"a_axes_summed": tuple(axes_a), "b_axes_summed": tuple(axes_b)}
    shown = {key: "[" + ",".join(map(str, v)) + "]" for key, v in attrs.items()}
    return invoke_np(tensordot_op, (a, b), with_shown(attrs, shown))


def _summed_axis_refusal(shape, summed):
    """MXNet's shape inference of dot and matmul when ``a`` (of ``shape``) does not end in ``b``'s ``summed`` length:
    it infers only that last axis of ``a``."""
    inferred = [-1] * (len(shape) - 1) + [summed]
    return MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, shape))}], inferred shape="
                      f"[{','.join(map(str, inferred))}]")


def _dot_type_refusal(dtype):
    """MXNet's dot kernel's words for a bool or integer ``dtype``."""
    return "Unknown type enum 7" if dtype == _np.bool_ else float_only(None, dtype)


def _dot_front_end(a=None, b=None, out=None, **kwargs):  # noqa: ARG001
    """MXNet's checks of dot's arrays before it hands ``out=`` to its operator (which finds a None or missing one
    missing)."""
    for name, x in (("a", a), ("b", b)):
        if x is not None and not isinstance(x, NDArray):
            raise not_an_array(name, x)
    return True


@_cpu_float16_refused
def dot(a, b, out=None, **kwargs):  # noqa: ARG001  (its operator, without parameters, ignores other keywords)
    """NumPy's dot: products summed over the last axis of ``a`` and the second-to-last of ``b``."""
    for name, x in (("a", a), ("b", b)):
        if not isinstance(x, NDArray):
            raise not_an_array(name, x, "_np_dot", (a is not None) + (b is not None), 2)
    refuse_legacy_arrays("_np_dot", (a, b))        # unlike tensordot, MXNet's dot takes mx.np arrays only
    refuse_unknown_shapes("_np_dot", (a, b), outputs=_legacy_output("_np_dot", _np.dot, (a, b)))
    if a.ndim == 0 or b.ndim == 0:      # the other operand scaled: its shape; out= is checked by shape first
        from .umath import _failing
        if isinstance(out, NDArray):
            _check_gemm_out_shape(out, b.shape if a.ndim == 0 else a.shape)
        if a.dtype != b.dtype:
            raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                             f"expected {_type_name(a.dtype)}, got {_type_name(b.dtype)}")
        if isinstance(out, NDArray):
            _check_gemm_out_type(out, a.dtype)
        if _np.dtype(a.dtype).kind in "biu":       # its scalar kernel has floating point types only
            return record_as(_failing(a, b, _dot_type_refusal(a.dtype), a.dtype, out=out, op="_np_dot"), "_np_dot",
                             {}, a, b)
        return invoke_np(dot_op, (a, b), out=out)
    summed = b.shape[-2 if b.ndim > 1 else 0]
    if a.shape[-1] != summed:
        raise _summed_axis_refusal(a.shape, summed)
    shape = a.shape[:-1] + (b.shape[:-2] + b.shape[-1:] if b.ndim > 1 else ())
    if isinstance(out, NDArray):        # (shapes are inferred before the inputs' types)
        _check_gemm_out_shape(out, shape)
    if _np.dtype(a.dtype).kind in "biu" and a.dtype == b.dtype and a.shape[-1] == summed:
        # its kernel checks the type even for an empty result; reading the result (or out) raises it
        from .umath import _failing
        if isinstance(out, NDArray):
            _check_gemm_out_type(out, a.dtype)
        return record_as(_failing(a, b, _dot_type_refusal(a.dtype), a.dtype, shape, out=out, op="_np_dot"), "_np_dot",
                         {}, a, b)
    res = invoke_np(dot_op, _same(a, b, empty=True))
    if out is not None:
        return _gemm_out(out, res, a, b)
    return res


dot.__signature__ = inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                                       inspect.Parameter("b", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                                       inspect.Parameter("out", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                                         default=None)])     # as MXNet shows it


dot.front_end = _dot_front_end


def _check_gemm_out_shape(out, shape):
    """MXNet's shape inference of dot's ``out=`` array: the product's ``shape`` exactly."""
    if tuple(out.shape) != tuple(shape):
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred "
                         f"shape=[{','.join(map(str, shape))}]")


def _check_gemm_out_type(out, dtype):
    """MXNet's type inference of dot's ``out=`` array: the product's ``dtype``, assigned to it."""
    if out.dtype != dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {_type_name(dtype)}, got {_type_name(out.dtype)}")


def _gemm_out(out, res, a, b):
    """``res`` written into ``out``; MXNet's GEMM clears its output before reading its inputs, so an ``out``
    that is one of them ends up all zeros."""
    _check_gemm_out_shape(out, res.shape)
    _check_gemm_out_type(out, res.dtype)
    if any(_np.shares_memory(out._data, x._data) for x in (a, b)):
        out._data[...] = 0
        return out
    return written_into(out, res)


def check_matmul_shapes(a_shape, b_shape):
    """MXNet's shape checks of matmul, in its order and words (the operator's, in a graph too)."""
    for label, shape in (("a", a_shape), ("b", b_shape)):
        if not shape:
            raise MXNetError(f"Check failed: {label}_ndim != 0 (0 vs. 0) : Multiplication by scalars is not "
                             "allowed.\n")
    if len(a_shape) == 1 and len(b_shape) > 1 and a_shape[0] != b_shape[-2]:     # a vector first: b's axis inferred
        inferred = [-1] * (len(b_shape) - 2) + [a_shape[0], -1]
        raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, b_shape))}], inferred shape="
                         f"[{','.join(map(str, inferred))}]")
    summed = b_shape[-2 if len(b_shape) > 1 else 0]
    if a_shape[-1] != summed:
        raise _summed_axis_refusal(a_shape, summed)
    for pa, pb in zip(reversed(a_shape[:-2]), reversed(b_shape[:-2])):       # batch axes broadcast, right-aligned
        if pa != pb and pa != 1 and pb != 1:
            raise MXNetError(f"Check failed: a_shape[pa] == b_shape[pb] ({pa} vs. {pb}) : Could not be broadcast.\n")


@wrap_np_binary_func      # (NumPy's ufunc keywords checked, the arrays bound as x1 and x2, as MXNet's)
def matmul(x1, x2, out=None):  # noqa: ARG001
    """The matrix product with NumPy's broadcasting of leading (batch) axes (MXNet's batched GEMM)."""
    a, b = x1, x2
    _check(a, b)
    if not (a.ndim and b.ndim):     # (a 0-d operand's rank is unknown without NumPy shape semantics)
        refuse_unknown_shapes("_npi_matmul", (a, b), [])
    check_matmul_shapes(a.shape, b.shape)
    refuse_unknown_shapes("_npi_matmul", (a, b), [], outputs=_legacy_output("_npi_matmul", _np.matmul, (a, b)))
    if out is not None:
        _check_gemm_out_shape(out, _matmul_shape(a.shape, b.shape))
    a, b = _same(a, b, "matmul", empty=True)        # (types are inferred after shapes)
    if out is not None:
        _check_gemm_out_type(out, a.dtype)
    if a.dtype not in (_np.float32, _np.float64) and _broadcasts(a.shape[:-2], b.shape[:-2]):
        # MXNet's matmul kernel checks the type even for an empty result; reading the result raises it
        from .umath import _failing
        res = _failing(a, b, _MATMUL_TYPES, a.dtype, _matmul_shape(a.shape, b.shape), out=out, op="_npi_matmul",
                       site=("../src/operator/numpy/np_matmul_op-inl.h", 260))
        return record_as(res, "_npi_matmul", {}, a, b)
    res = invoke_np(matmul_op, (a, b))
    if out is not None:
        return _gemm_out(out, res, a, b)
    return res


def _matmul_shape(a_shape, b_shape):
    """The shape of matmul's product of operands of (checked) shapes ``a_shape`` and ``b_shape``."""
    a2 = (1,) + a_shape if len(a_shape) == 1 else a_shape
    b2 = b_shape + (1,) if len(b_shape) == 1 else b_shape
    batch = _np.broadcast_shapes(a2[:-2], b2[:-2])
    return batch + a2[-2:-1] * (len(a_shape) > 1) + b2[-1:] * (len(b_shape) > 1)


def chunk_sum(g, shape):
    """MXNet's matmul reduction of a broadcast gradient ``g`` to ``shape``: its flat chunks of that size added."""
    return g.reshape(-1, int(_np.prod(shape))).sum(axis=0).reshape(shape)


def _matmul_operands(a, b):
    """(a as a matrix stack, b as one, the broadcast batch shape, the result's shape)."""
    a2 = a[None, :] if a.ndim == 1 else a
    b2 = b[:, None] if b.ndim == 1 else b
    batch = _np.broadcast_shapes(a2.shape[:-2], b2.shape[:-2])
    shape = batch + (a2.shape[-2], b2.shape[-1])
    if a.ndim == 1:
        shape = shape[:-2] + shape[-1:]
    if b.ndim == 1:
        shape = shape[:-1]
    return a2, b2, batch, shape


def _stacked(x2, batch):
    count = int(_np.prod(batch, dtype=_np.int64))     # not -1: a 0-size matrix leaves it undetermined
    return _np.broadcast_to(x2, batch + x2.shape[-2:]).reshape((count,) + x2.shape[-2:])


@defop("_npi_matmul")
def matmul_op(a, b):
    """``np.matmul``: the product over the last two axes with NumPy's broadcasting of the batch axes (as
    ``mx.np.matmul``: MXNet's batched GEMM)."""
    try:
        a2, b2, batch, shape = _matmul_operands(a, b)
        if _np.dtype(a.dtype) == _np.float16 or _np.dtype(a.dtype).kind in "biu":
            return _refuse_kernel_type(_np.matmul(a, b), _MATMUL_TYPES, _MATMUL_TYPES)
        return _np.asarray(OPS["batch_dot"].fwd(_stacked(a2, batch), _stacked(b2, batch))).reshape(shape)
    except (ValueError, IndexError, MXNetError):
        check_matmul_shapes(_np.shape(a), _np.shape(b))     # MXNet's words for shapes it refuses
        raise


@matmul_op.grad
def _(dy, out, a, b):
    a2, b2, batch, shape = _matmul_operands(a, b)
    a3, b3 = _stacked(a2, batch), _stacked(b2, batch)
    dy3 = _np.reshape(dy, (a3.shape[0], a3.shape[1], b3.shape[2]))
    ga, gb = OPS["batch_dot"].bwd(dy3, None, a3, b3)[:2]
    # the per-matrix gradients added chunk by chunk in order (MXNet's graph kernel; its imperative one differs)
    return _batch_gradient(ga, a2).reshape(a.shape), _batch_gradient(gb, b2).reshape(b.shape)


def _batch_gradient(g, x2):
    if x2.size == 0:
        return _np.zeros(x2.shape, g.dtype)
    return chunk_sum(g, x2.shape)


@_recorded_as_one_op
@_cpu_float16_refused
def inner(a, b):
    """Products summed over the last axes of ``a`` and ``b``."""
    _packed_operands(a, b)
    res = tensordot(a, b, ([-1], [-1]))
    if res.dtype == _np.bool_ and res.size == 0 and b.ndim > 1 and b.size:
        # MXNet moves b's summed axis first with a kernel that has no bool case, even for an empty result
        from .umath import _failing
        return _failing(a, b, "Unknown type enum 7", _np.bool_, res.shape)
    return res


def outer(a, b):
    """The outer product of the flattened ``a`` and ``b``."""
    _flattenable(a, b)
    # (a legacy NDArray's own flatten keeps its first axis)
    return tensordot(a.flatten(), b.flatten(), 0)


def vdot(a, b):
    """The dot product of the flattened ``a`` and ``b``."""
    _flattenable(a, b)
    if a.size != b.size:        # (the flattened shapes are inferred before the types)
        raise MXNetError(f"Shape inconsistent, Provided = [{a.size}], inferred shape=[{b.size}]")
    a, b = _same(a.flatten(), b.flatten(), "vdot", empty=True)      # tensordot's kernel refuses other types
    return tensordot(a, b, 1)


def diagonal(a, offset=_Null, axis1=_Null, axis2=_Null):
    """The diagonal of ``a`` in the plane of ``axis1`` and ``axis2``."""
    given = {key: v for key, v in (("offset", offset), ("axis1", axis1), ("axis2", axis2)) if v is not _Null}
    offset, axis1, axis2 = (given.get(key, default) for key, default in (("offset", 0), ("axis1", 0), ("axis2", 1)))
    _check(a)
    _check_plane(a, axis1, axis2, "_np_diagonal")
    return _rearrange(functools.partial(_np.diagonal, offset=offset, axis1=axis1, axis2=axis2), a,
                      shown=("_np_diagonal", given))


def _check_plane(a, axis1, axis2, op, out=None):
    """MXNet's checks of the plane of a diagonal (``op``: _np_diagonal or _np_trace, whose failed shape inference
    lists the shape of an array ``out``), in their words."""
    n = a.ndim
    if n < 2:
        if op == "_np_trace":
            raise inference_failure(op, [listed_shape(a.shape)], [listed_shape(out.shape) if isinstance(out, NDArray)
                                                                  else None])
        n = n if n or is_np_shape() else -1     # (a 0-d array's rank is unknown without NumPy shape semantics)
        raise MXNetError(f"Check failed: ishape.ndim() >= 2 ({n} vs. 2) : Input array should be at least 2d")
    for ax in (axis1, axis2):
        if not -n <= ax < n:
            raise MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {ax} exceeds the input dimension of "
                             f"{n}")
    x1, x2 = axis1 % n, axis2 % n
    if x1 == x2:        # (the trace's words repeat a "the")
        the = "the the" if op == "_np_trace" else "the"
        site = ("../src/operator/numpy/np_trace_op.cc", 43) if op == "_np_trace" else \
            ("../src/operator/numpy/./np_matrix_op-inl.h", 1186)
        raise located(MXNetError(f"Check failed: x1 != x2 ({x1} vs. {x2}) : axis1 and axis2 cannot refer to {the} same "
                                 f"axis {x1}"), site)


@defop("_np_trace")
def trace_op(a, *, offset=0, axis1=0, axis2=1):
    """The sum of the diagonal of ``a`` in the plane of ``axis1`` and ``axis2``: floats added one by one in the
    input type, as MXNet's trace kernel adds them."""
    d = _np.diagonal(a, offset, axis1, axis2)
    if d.dtype.kind != "f" or d.shape[-1] == 0:
        return OPS["_np_sum"].fwd(d, axis=-1)
    return _np.asarray(_np.cumsum(d, axis=-1)[..., -1] + d.dtype.type(0))     # (its sum starts at +0, not -0)


@trace_op.grad
def _(dy, out, x, offset=0, axis1=0, axis2=1):
    grad = _np.zeros(x.shape, x.dtype)
    diag = _np.diagonal(grad, offset, axis1, axis2)
    diag.setflags(write=True)       # (a view of grad)
    diag[...] = _np.asarray(dy, x.dtype)[..., None]
    return (grad,)


def _shows_given(*names):
    """The decorated function's recorded node shows those of attributes ``names`` its caller gave, as the
    function MXNet generates for the operator records them."""
    def decorate(fn):
        signature = inspect.signature(fn)

        def given(args, kwargs):
            return {k: v for k, v in signature.bind(*args, **kwargs).arguments.items() if k in names}

        @functools.wraps(fn)
        def call(*args, **kwargs):
            try:
                res = fn(*args, **kwargs)
            except MXNetError as error:     # (a failed shape inference lists them too)
                raise with_given_attrs(error, given(args, kwargs))
            if getattr(res, "_node", None) is None:
                return res
            return show_as_method(res, given(args, kwargs))
        return call
    return decorate


@_shows_given("offset", "axis1", "axis2")
def trace(a, offset=0, axis1=0, axis2=1, out=None, **kwargs):
    """The sum of the diagonal of ``a`` in the plane of ``axis1`` and ``axis2``."""
    from .reductions import _no_more_arguments
    _no_more_arguments("_np_trace", kwargs)
    _check(a)
    _check_plane(a, axis1, axis2, "_np_trace", out)
    shape = _np.diagonal(_np.broadcast_to(_np.bool_(0), a.shape), offset, axis1, axis2).shape[:-1]
    if isinstance(out, NDArray) and out.shape == shape and out.dtype != a.dtype:    # (an elementwise type check)
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {_type_name(a.dtype)}, got {_type_name(out.dtype)}")
    if isinstance(out, NDArray) and out.shape == shape and a.dtype == _np.bool_:   # its kernel lacks bools
        return fails_when_read(out, "Unknown type enum 7", site=("../src/operator/numpy/./np_trace_op-inl.h", 204))
    attrs = {"offset": offset, "axis1": axis1, "axis2": axis2}
    return invoke_np(trace_op, (a,), with_shown(attrs, {}), out=out)


ndarray.dot = lambda self, b, out=None: dot(self, b, out=out)
ndarray.dot.__doc__ = "``np.dot`` of this array and ``b``."
ndarray.__matmul__ = lambda self, other: matmul(self, other)
ndarray.__rmatmul__ = lambda self, other: matmul(other, self)
