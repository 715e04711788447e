"""Operators of ``mx.sym.np`` graphs that run an ``mx.np`` function whole (``_npi_diff``, ``_np_roll``, ...).

Each is registered under the name MXNet's symbol gets, with MXNet's attributes, so that a block calling
``F.np.diff`` hybridizes, exports and loads back as MXNet's does. The forward calls the ``mx.np`` function on
the node's inputs; the backward differentiates that same call with autograd, so a graph gives what the
imperative function gives.
"""
import numpy as _np

from ..base import MXNetError, located, message_of
from ..ndarray.failures import FailedNDArray, KernelError, _forget
from ..ndarray.ndarray import _DATA_SLOT
from ..ndarray.registry import defop, unbroadcast
from ..symbol.graph import attr_from_str
from .multiarray import wrap_np

# op name -> (how many outputs it makes from its attributes), for the symbols that build these nodes
NUM_OUTPUTS = {}
# the ops whose nodes carry no ``num_args`` (MXNet gives it to the ones joining any number of arrays only)
UNCOUNTED = set()
_NUMERIC_KINDS = "fiu"


def _value(attrs, key, default=None):
    """Attribute ``key`` as a Python value (nodes read back from JSON hold strings)."""
    return attr_from_str(attrs[key]) if key in attrs else default


def _arrays(result):
    """A function's result as a tuple of numpy arrays."""
    parts = result if isinstance(result, (list, tuple)) else (result,)
    failed = next((p for p in parts if isinstance(p, FailedNDArray) and p._pending.live), None)
    if failed is not None:       # the function's kernel failed: the node's outputs fail when read, as in MXNet
        failure = failed._pending
        _forget(failure)
        placeholders = tuple(_np.asarray(_DATA_SLOT.__get__(p)) if isinstance(p, FailedNDArray) else _np.asarray(p)
                             for p in parts)
        raise KernelError(failure.message, placeholders if len(parts) > 1 else placeholders[0], kind=failure.kind)
    return tuple(_np.asarray(p._data) if hasattr(p, "_data") else _np.asarray(p) for p in parts)


def _differentiate(call, dy, arrays, attrs):
    """Gradients of ``call`` w.r.t. its numeric inputs (integers too, as MXNet's kernels write theirs), for the
    head gradients ``dy``."""
    from .. import autograd
    inputs = [wrap_np(_np.array(a)) for a in arrays]
    for x in inputs:
        if x.dtype.kind in _NUMERIC_KINDS:
            x.attach_grad()
    with autograd.record():
        result = call(inputs, attrs)
    heads = list(result) if isinstance(result, (list, tuple)) else [result]
    head_grads = [wrap_np(_np.asarray(g, dtype=h.dtype)) for g, h in zip(dy if len(heads) > 1 else (dy,), heads)]
    recorded = [(h, g) for h, g in zip(heads, head_grads) if h._node is not None]
    if recorded:
        autograd.backward([h for h, _ in recorded], [g for _, g in recorded])
    return tuple(_gradient_of(x) for x in inputs)


def _gradient_of(x):
    """An input's gradient (None where it has none); an empty input's is empty, whatever failed on the way."""
    if x.dtype.kind not in _NUMERIC_KINDS or x.grad is None:
        return None
    return _np.zeros(x.shape, x.dtype) if x.size == 0 else x.grad._data


def function_op(name, call, outputs=None, differentiable=True, counted=False):
    """Register op ``name`` running ``call(inputs, attrs)`` (inputs as mx.np arrays); ``outputs(attrs)`` counts
    its outputs where there are several; ``counted`` ops take any number of arrays (a ``num_args`` attribute)."""
    def forward(*arrays, **attrs):
        parts = _arrays(call([wrap_np(a) for a in arrays], attrs))
        return parts if outputs is not None else parts[0]
    forward.__doc__ = f"MXNet's ``{name}``: the mx.np function it stands for, run on the node's inputs."
    op = defop(name)(forward)
    if differentiable:
        @op.grad
        def _(dy, out, *arrays, **attrs):
            return _differentiate(call, dy, arrays, attrs)
    if outputs is not None:
        NUM_OUTPUTS[name] = outputs
    if not counted:
        UNCOUNTED.add(name)
    return op


def _mnp():
    from .. import numpy as mnp
    return mnp


def _num_args(attrs):
    return int(_value(attrs, "num_args", 1))


# ---- shapes and joins ------------------------------------------------------------------------------------
for _n in (1, 2, 3):
    function_op(f"_np_atleast_{_n}d", lambda xs, a, n=_n: getattr(_mnp(), f"atleast_{n}d")(*xs), outputs=_num_args,
                counted=True)
function_op("_npi_column_stack", lambda xs, a: _mnp().column_stack(xs), counted=True)
function_op("_npi_dstack", lambda xs, a: _mnp().dstack(xs), counted=True)


def _split_count(attrs):
    sections = int(_value(attrs, "sections", 0))
    return sections if sections > 0 else len(tuple(_value(attrs, "indices", ())))


def _split(name):
    def call(xs, a):
        sections = int(_value(a, "sections", 0))
        points = list(_value(a, "indices", ()))[1:]
        return getattr(_mnp(), name)(xs[0], sections if sections > 0 else points)
    function_op(f"_npi_{name}", call, outputs=_split_count)


_split("hsplit")
_split("dsplit")
function_op("_np_diagflat", lambda xs, a: _mnp().diagflat(xs[0], k=int(_value(a, "k", 0))))
function_op("_np_diagonal", lambda xs, a: _mnp().diagonal(xs[0], _value(a, "offset", 0), _value(a, "axis1", 0),
                                                           _value(a, "axis2", 1)))
function_op("_np_roll", lambda xs, a: _mnp().roll(xs[0], _value(a, "shift"), _value(a, "axis")))
_HALF_TURN_CHECK = ("../include/mxnet/tuple.h", 244)


def _rot90(xs, a):
    try:
        return _mnp().rot90(xs[0], _value(a, "k", 1), _value(a, "axes", (0, 1)))
    except MXNetError as e:
        site = getattr(e, "raised_at", None)
        if site != _HALF_TURN_CHECK:
            raise
        # a half turn's shape function lets an axis past the last pass: its kernel fails, when the result is read
        raise located(KernelError(message_of(e), _np.zeros(xs[0].shape, xs[0].dtype)), site) from None


function_op("_npi_rot90", _rot90)
function_op("_npi_diff", lambda xs, a: _mnp().diff(xs[0], _value(a, "n", 1), _value(a, "axis", -1)))
def _pad_call(xs, a):
    return _mnp().pad(xs[0], _value(a, "pad_width"), _value(a, "mode", "constant"))


_pad = function_op("_npi_pad", _pad_call)


@_pad.grad
def _(dy, out, x, **attrs):
    if _value(attrs, "mode", "constant") != "constant":
        raise MXNetError("Other modes are not supported. ")      # MXNet's pad backward: constant mode only
    return _differentiate(_pad_call, dy, (x,), attrs)


def _ediff1d(xs, a):
    rest = list(xs[1:])
    begin = rest.pop(0) if _value(a, "to_begin_arr_given", False) else _value(a, "to_begin_scalar")
    end = rest.pop(0) if _value(a, "to_end_arr_given", False) else _value(a, "to_end_scalar")
    return _mnp().ediff1d(xs[0], to_end=end, to_begin=begin)


function_op("_npi_ediff1d", _ediff1d)


def _delete(xs, a):
    if len(xs) > 1:
        obj = xs[1]
    elif "int_ind" in a:
        obj = _value(a, "int_ind")
    else:
        obj = slice(_value(a, "start"), _value(a, "stop"), _value(a, "step"))
    return _mnp().delete(xs[0], obj, _value(a, "axis"))


def _refuse_gradient(op):
    """MXNet registers no gradient for ``op``: a backward through it fails, naming it (a hybridized block holding
    it, when its graph is built)."""
    op.nondifferentiable = True

    @op.grad
    def _(dy, out, *arrays, **attrs):
        raise MXNetError(f"Operator {op.name} is non-differentiable because it didn't register FGradient attribute.")


_delete_op = function_op("_npi_delete", _delete, differentiable=False)
_refuse_gradient(_delete_op)
_delete_op.opaque_shapes = True      # its output's shape is found only when run: no inferred shape


def _insert(xs, a):
    values = xs[1] if len(xs) > 1 else _value(a, "val")
    return _mnp().insert(xs[0], _value(a, "int_ind"), values, _value(a, "axis"))


def _insert_slice(xs, a):
    values = xs[1] if len(xs) > 1 else _value(a, "val")
    obj = slice(_value(a, "start"), _value(a, "stop"), _value(a, "step"))
    return _mnp().insert(xs[0], obj, values, _value(a, "axis"))


def _insert_tensor(xs, a):
    """(inputs: the array, the values, the indices)"""
    return _mnp().insert(xs[0], xs[2], xs[1], _value(a, "axis"))


_refuse_gradient(function_op("_npi_insert_scalar", _insert, differentiable=False))
_refuse_gradient(function_op("_npi_insert_slice", _insert_slice, differentiable=False))
_refuse_gradient(function_op("_npi_insert_tensor", _insert_tensor, differentiable=False))


# ---- statistics and counting -----------------------------------------------------------------------------
def _average(xs, a):
    weights = xs[1] if len(xs) > 1 else None
    return _mnp().average(xs[0], _value(a, "axis"), weights, bool(_value(a, "returned", False)))


function_op("_npi_average", _average, outputs=lambda a: 2 if _value(a, "returned", False) else 1)


def _percentile(xs, a):
    q = xs[1] if len(xs) > 1 else _value(a, "q_scalar")
    return _mnp().percentile(xs[0], q, _value(a, "axis"), interpolation=_value(a, "interpolation", "linear"),
                             keepdims=bool(_value(a, "keepdims", False)))


function_op("_npi_percentile", _percentile)
_bincount = function_op("_npi_bincount", lambda xs, a: _mnp().bincount(xs[0], xs[1] if len(xs) > 1 else None,
                                                                       int(_value(a, "minlength", 0))),
                        differentiable=False)
_bincount.opaque_shapes = True      # its output's length depends on the values: no inferred shape


def _unique_count(attrs):
    return 1 + sum(bool(_value(attrs, k, False)) for k in ("return_index", "return_inverse", "return_counts"))


_unique = function_op("_npi_unique", lambda xs, a: _mnp().unique(xs[0], bool(_value(a, "return_index", False)),
                                                                 bool(_value(a, "return_inverse", False)),
                                                                 bool(_value(a, "return_counts", False)),
                                                                 _value(a, "axis")),
                      outputs=_unique_count, differentiable=False)
_unique.opaque_shapes = True        # its outputs' lengths depend on the values: no inferred shape
function_op("_npi_diag_indices_from", lambda xs, a: _mnp().stack(_mnp().diag_indices_from(xs[0])),
            differentiable=False)
function_op("_npi_share_memory", lambda xs, a: _mnp().shares_memory(xs[0], xs[1]), differentiable=False)

# ---- integer bitwise ops ---------------------------------------------------------------------------------
for _name in ("bitwise_and", "bitwise_or", "bitwise_xor", "lcm"):
    function_op(f"_npi_{_name}", lambda xs, a, n=_name: getattr(_mnp(), n)(xs[0], xs[1]), differentiable=False)
    function_op(f"_npi_{_name}_scalar", lambda xs, a, n=_name: getattr(_mnp(), n)(xs[0], int(_value(a, "scalar"))),
                differentiable=False)
function_op("_npi_bitwise_not", lambda xs, a: _mnp().bitwise_not(xs[0]), differentiable=False)


# ---- arrays made from attributes only --------------------------------------------------------------------
def _dtype(attrs, default=None):
    dtype = _value(attrs, "dtype", default)
    return None if dtype in (None, "None") else dtype


for _name in ("blackman", "hamming", "hanning"):
    function_op(f"_npi_{_name}", lambda xs, a, n=_name: getattr(_mnp(), n)(int(_value(a, "M")), dtype=_dtype(a)),
                differentiable=False)
function_op("_npi_identity", lambda xs, a: _mnp().identity(_value(a, "shape")[0], dtype=_dtype(a)),
            differentiable=False)
function_op("_npi_indices", lambda xs, a: _mnp().indices(_value(a, "dimensions"), dtype=_dtype(a, "int32")),
            differentiable=False)
function_op("_npi_logspace", lambda xs, a: _mnp().logspace(_value(a, "start"), _value(a, "stop"), _value(a, "num", 50),
                                                           bool(_value(a, "endpoint", True)), _value(a, "base", 10.0),
                                                           dtype=_dtype(a)), differentiable=False)

# ---- linear algebra --------------------------------------------------------------------------------------
function_op("_npi_eig", lambda xs, a: _mnp().linalg.eig(xs[0]), outputs=lambda a: 2, differentiable=False)
function_op("_npi_eigh", lambda xs, a: _mnp().linalg.eigh(xs[0], _value(a, "UPLO", "L")), outputs=lambda a: 2)
function_op("_npi_eigvals", lambda xs, a: _mnp().linalg.eigvals(xs[0]), differentiable=False)
function_op("_npi_eigvalsh", lambda xs, a: _mnp().linalg.eigvalsh(xs[0], _value(a, "UPLO", "L")))
function_op("_npi_pinv", lambda xs, a: _mnp().linalg.pinv(xs[0], xs[1], bool(_value(a, "hermitian", False))))
function_op("_npi_pinv_scalar_rcond", lambda xs, a: _mnp().linalg.pinv(xs[0], _value(a, "rcond", 1e-15),
                                                                        bool(_value(a, "hermitian", False))))
function_op("_npi_tensorinv", lambda xs, a: _mnp().linalg.tensorinv(xs[0], _value(a, "ind", 2)))
function_op("_npi_tensorsolve", lambda xs, a: _mnp().linalg.tensorsolve(xs[0], xs[1], _value(a, "a_axes")))


# ---- samplers: array parameters as inputs, the others as attributes --------------------------------------
def _sampler(name, params, function=None, gradient="redrawn"):
    """``_npi_<name>`` drawing ``mx.np.random.<function>``; ``params`` are its parameters in order, each an
    input when the node has it as one (its attribute is then None). ``gradient``: "scaled" for a sampler drawing
    loc + scale * noise, its gradients read back from the samples (differentiating a second draw would use other
    noise); "zero" where MXNet's parameters get none."""
    def call(xs, a):
        inputs = list(xs)
        values = [inputs.pop(0) if _value(a, p) is None and inputs else _value(a, p) for p in params]
        kwargs = {"size": _value(a, "size")}
        if "dtype" in a:
            kwargs["dtype"] = _dtype(a)
        return getattr(_mnp().random, function or name)(*values, **kwargs)
    op = function_op(f"_npi_{name}", call, differentiable=gradient == "redrawn")
    if gradient == "scaled":
        op.grad(_location_scale_gradient(params))


def _location_scale_gradient(params):
    def gradient(dy, out, *arrays, **attrs):
        names = [p for p in params if _value(attrs, p) is None][:len(arrays)]
        given = dict(zip(names, arrays))
        loc = given["loc"] if "loc" in given else _value(attrs, "loc", 0.0) if "loc" in params else 0.0
        scale = given["scale"] if "scale" in given else _value(attrs, "scale", 1.0)
        sc = _np.broadcast_to(_np.asarray(scale, out.dtype), out.shape)
        noise = _np.divide(out - _np.asarray(loc, out.dtype), sc, out=_np.zeros_like(out), where=sc != 0)
        grads = {"loc": dy, "scale": dy * noise}
        return tuple(unbroadcast(grads[n], x) for n, x in zip(names, arrays))
    return gradient


_sampler("gamma", ("shape", "scale"), gradient="zero")
_sampler("exponential", ("scale",), gradient="scaled")
def _location_sampler(name):
    """``_npi_<name>`` drawing loc + scale * noise, keeping (as MXNet's node does) the unit noise as a hidden
    output for its backward: the samples alone do not give it back to the last bit."""
    def forward(*arrays, **attrs):
        inputs = [wrap_np(a) for a in arrays]
        values = [inputs.pop(0) if _value(attrs, p) is None and inputs else _value(attrs, p) for p in ("loc", "scale")]
        samples, noise = getattr(_mnp().random, f"_{name}_with_noise")(*values, size=_value(attrs, "size"))
        (samples,) = _arrays(samples)
        return samples, noise
    op = defop(f"_npi_{name}", hidden=1)(forward)
    UNCOUNTED.add(op.name)

    @op.grad
    def _(dy, out, *arrays, **attrs):
        names = [p for p in ("loc", "scale") if _value(attrs, p) is None][:len(arrays)]
        grads = {"loc": dy, "scale": dy * out[1]}
        return tuple(unbroadcast(grads[n], x) for n, x in zip(names, arrays))


_location_sampler("gumbel")
_location_sampler("logistic")
_sampler("powerd", ("a",), "power")
_sampler("rayleigh", ("scale",), gradient="scaled")


def _shape_sampler(name):
    """``_npi_<name>`` of one shape parameter ``a``, keeping (as MXNet's node does) each sample's derivative
    w.r.t. ``a`` as a hidden output for its backward: the samples alone do not give it back to the last bit."""
    def forward(*arrays, **attrs):
        a = wrap_np(arrays[0]) if arrays else _value(attrs, "a")
        samples, grad = getattr(_mnp().random, f"_{name}_with_gradient")(a, _value(attrs, "size"))
        (samples,) = _arrays(samples)
        return samples, _np.zeros_like(samples) if grad is None else grad
    op = defop(f"_npi_{name}", hidden=1)(forward)
    UNCOUNTED.add(op.name)

    @op.grad
    def _(dy, out, *arrays, **attrs):
        return _mnp().random._parameter_gradients(dy, arrays, [lambda g: g * out[1]] * len(arrays))


_shape_sampler("pareto")
_shape_sampler("weibull")


def _choice(xs, a):
    """Indices drawn from range(a), or from the positions of the first input where the attribute ``a`` is None."""
    inputs = list(xs)
    population = _value(a, "a")
    if population is None and inputs:
        population = inputs.pop(0).size
    p = inputs[0] if _value(a, "weighted", False) and inputs else None
    return _mnp().random.choice(population, _value(a, "size"), bool(_value(a, "replace", True)), p)


function_op("_npi_choice", _choice, differentiable=False)


# ---- the NumPy-extension nodes ----------------------------------------------------------------------------
def _npx():
    from .. import numpy_extension as npx
    return npx


def _parameters(xs, a, names):
    """A sampler's parameters: each an input where its attribute is None, else the attribute."""
    inputs = list(xs)
    return [inputs.pop(0) if _value(a, n) is None and inputs else _value(a, n) for n in names]


def _bernoulli(xs, a):
    prob, logit = _parameters(xs, a, ("prob", "logit")) if not _value(a, "is_logit", False) else \
        (None, xs[0] if xs else _value(a, "logit"))
    return _npx().random.bernoulli(prob, logit, _value(a, "size"), _dtype(a))


function_op("_npi_bernoulli", _bernoulli, differentiable=False)
function_op("_npi_normal_n", lambda xs, a: _npx().random.normal_n(*_parameters(xs, a, ("loc", "scale")),
                                                                  batch_shape=_value(a, "size"), dtype=_dtype(a)))
function_op("_npi_uniform_n", lambda xs, a: _npx().random.uniform_n(*_parameters(xs, a, ("low", "high")),
                                                                    batch_shape=_value(a, "size"), dtype=_dtype(a)))
_nonzero = function_op("_npx_nonzero", lambda xs, a: _npx().nonzero(xs[0]), differentiable=False)
_nonzero.opaque_shapes = True       # its output's length depends on the values: no inferred shape
function_op("_npx_constraint_check",
            lambda xs, a: _npx().constraint_check(xs[0], _value(a, "msg", "Constraint violated.")),
            differentiable=False)
