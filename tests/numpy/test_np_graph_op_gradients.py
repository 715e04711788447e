"""Every NumPy graph operator (``_npi_*``, ``_np_*``, ``_npx_*``: what mx.sym.np builds) differentiates
as finite differences say, in float64."""
import json

import numpy as onp
import pytest

import distnet as mx
from distnet.ndarray.registry import OPS
from distnet.test_utils import check_numeric_gradient

S = mx.sym.np

# (label, builder over np symbols, input shapes, input range): ranges keep away from kinks and poles
CASES = [
    ("abs", lambda a: S.absolute(a), [(2, 3)], (0.2, 1.0)),
    ("unary", lambda a: S.exp(a) + S.expm1(a) + S.sin(a) + S.cos(a) + S.tan(a) + S.sinh(a) + S.cosh(a)
     + S.tanh(a) + S.arctan(a) + S.arcsinh(a) + S.square(a) + S.negative(a), [(2, 3)], (-0.8, 0.8)),
    ("inverse trig", lambda a: S.arcsin(a) + S.arccos(a) + S.arctanh(a), [(3,)], (-0.7, 0.7)),
    ("logs", lambda a: S.log(a) + S.log10(a) + S.log2(a) + S.log1p(a) + S.sqrt(a) + S.cbrt(a)
     + S.reciprocal(a) + S.arccosh(a + 1), [(2, 2)], (0.5, 1.5)),
    ("angles", lambda a: S.degrees(a) + S.radians(a), [(3,)], (-1, 1)),
    ("steps", lambda a: S.floor(a) + S.ceil(a) + S.fix(a) + S.rint(a) + S.trunc(a) + S.sign(a) + a,
     [(2, 3)], (0.1, 0.4)),
    ("npx", lambda a: mx.sym.npx.relu(a) + mx.sym.npx.sigmoid(a), [(2, 3)], (0.1, 1.0)),
    ("binary", lambda a, b: a + b - a * b + a / b + S.hypot(a, b) + S.power(a, b) + S.mod(a, b + 1.5),
     [(2, 3), (3,)], (0.5, 1.0)),
    ("scalars", lambda a: (a + 2.0) + (a - 2.0) + (2.0 - a) + a * 3.0 + a / 4.0 + 2.0 / a + a ** 2.0
     + 2.0 ** a + a % 2.0 + 2.0 % (a + 0.6), [(2, 3)], (0.3, 0.35)),
    ("shapes", lambda a: S.reshape(a, (3, 2)).T * 2 + S.squeeze(S.expand_dims(a, 0).T.T, 0) + S.copy(a) * 3
     + S.moveaxis(a, 0, 1).T * 5 + S.flip(a, 0), [(2, 3)], (-1, 1)),
    ("diag", lambda a: S.diag(a) * 2, [(3, 3)], (-1, 1)),
    ("trace", lambda a: a * S.trace(a) + S.trace(a, offset=1), [(3, 4)], (-1, 1)),
    ("broadcast", lambda a: S.broadcast_to(a, (4, 3)) * 2, [(1, 3)], (-1, 1)),
    ("joins", lambda a, b: S.concatenate([a, b], axis=0) + S.stack([a, b]).reshape((4, 3)) * 2
     + S.vstack([a, b]) * 3 + S.hstack([a.T, b.T * 2]).T, [(2, 3), (2, 3)], (-1, 1)),
    ("products", lambda a, b: S.dot(a, b) + S.matmul(a, b) + S.tensordot(a, b, 1)
     + S.tensordot(a, b, [[1], [0]]), [(2, 3), (3, 2)], (-1, 1)),
    ("scalar functions", lambda a: S.ldexp(a, 2) + S.ldexp(1.5, a) + S.arctan2(a, 0.5), [(2, 3)], (0.2, 0.9)),
]


def MOMENTS(a):
    """np.std and np.var: MXNet 1.9.1 back-propagates zeros through them."""
    return S.std(a, axis=0) + S.var(a, axis=1).sum()


def _ops_in(sym):
    return {node["op"] for node in json.loads(sym.tojson())["nodes"] if node["op"] != "null"}


@pytest.mark.parametrize("label, build, shapes, bounds", CASES, ids=[c[0] for c in CASES])
def test_np_graph_operator_gradients_match_finite_differences(label, build, shapes, bounds):
    names = "abcd"[:len(shapes)]
    sym = build(*[mx.sym.var(n).as_np_ndarray() for n in names]).as_nd_ndarray()
    rs = onp.random.RandomState(0)
    values = [mx.nd.array(rs.uniform(*bounds, size=s), dtype="float64") for s in shapes]
    check_numeric_gradient(sym, values, numeric_eps=1e-5, rtol=1e-4, atol=1e-6, dtype=onp.float64)


def test_np_std_and_var_graphs_have_mxnets_zero_gradient():
    x = mx.nd.array(onp.random.RandomState(0).uniform(-1, 1, (4, 3)), dtype="float64")
    exe = MOMENTS(mx.sym.var("a").as_np_ndarray()).as_nd_ndarray().bind(mx.cpu(), {"a": x},
                                                                          args_grad={"a": mx.nd.ones((4, 3))})
    exe.forward(is_train=True)
    exe.backward(mx.nd.ones((3,), dtype="float64"))
    assert (exe.grad_dict["a"].asnumpy() == 0).all()


def test_the_cases_cover_every_differentiable_np_graph_operator():
    covered = _ops_in(MOMENTS(mx.sym.var("a").as_np_ndarray()))
    for _, build, shapes, _ in CASES:
        covered |= _ops_in(build(*[mx.sym.var("abcd"[i]).as_np_ndarray() for i in range(len(shapes))]))
    graph_ops = {op.name for op in OPS.values() if op.bwd is not None and op.name.startswith(("_np_", "_npi_", "_npx_"))}
    assert sorted(GRAPH_OPERATORS - covered) == []
    assert GRAPH_OPERATORS <= graph_ops


# The graph operators these cases check (the op-coverage test of tests/ndarray points here for them).
GRAPH_OPERATORS = frozenset("""
_np_copy _np_diag _np_dot _np_moveaxis _np_reshape _np_squeeze _np_trace _np_transpose _npi_absolute _npi_add
_npi_add_scalar _npi_arccos _npi_arccosh _npi_arcsin _npi_arcsinh _npi_arctan _npi_arctanh _npi_broadcast_to
_npi_cbrt _npi_ceil _npi_concatenate _npi_cos _npi_cosh _npi_degrees _npi_exp _npi_expm1 _npi_fix _npi_flip
_npi_floor _npi_hstack _npi_hypot _npi_log _npi_log10 _npi_log1p _npi_log2 _npi_matmul _npi_mod _npi_mod_scalar
_npi_multiply _npi_multiply_scalar _npi_negative _npi_power _npi_power_scalar _npi_radians _npi_reciprocal
_npi_rint _npi_rmod_scalar _npi_rpower_scalar _npi_rsubtract_scalar _npi_rtrue_divide_scalar _npi_sign _npi_sin
_npi_sinh _npi_sqrt _npi_square _npi_stack _npi_std _npi_subtract _npi_subtract_scalar _npi_tan _npi_tanh
_npi_tensordot _npi_tensordot_int_axes _npi_true_divide _npi_true_divide_scalar _npi_trunc _npi_var _npi_vstack
_npx_relu _npx_sigmoid _npi_ldexp_scalar _npi_rldexp_scalar _npi_arctan2_scalar""".split())
