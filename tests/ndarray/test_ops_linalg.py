"""dot, batch_dot and linalg_*: forward against numpy, backward against finite differences, MXNet's rules."""
import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of
from distnet.ndarray import registry
from distnet.ndarray.ndarray import _wrap
from distnet.test_utils import assert_almost_equal

rng = np.random.RandomState(3)
SPD = (lambda m: m @ m.T + 3 * np.eye(3))(rng.uniform(-1, 1, (3, 3)))
SPD2 = np.stack([SPD, SPD + np.eye(3)])
LOW = np.tril(rng.uniform(-1, 1, (3, 3))) + 2 * np.eye(3)      # well-conditioned triangular
UP = LOW.T.copy()
SQ = rng.uniform(-1, 1, (2, 3, 3)) + 2 * np.eye(3)             # invertible
POSDIAG = np.abs(rng.uniform(0.5, 2, (2, 3, 3)))
WIDE = rng.uniform(-1, 1, (2, 2, 4)) + np.eye(2, 4)
SYM = (lambda m: m + m.T)(rng.uniform(-1, 1, (3, 3))) + np.diag([3.0, 0.0, -3.0])   # distinct eigenvalues


def _t(x):
    return np.swapaxes(x, -1, -2)


def _mm(a, b):
    return np.matmul(a, b)


CASES = [
    Case("dot", (2, 3), (3, 4), ref=np.dot),
    Case("dot", (3,), (3,), ref=lambda a, b: np.dot(a, b).reshape(1), label="vec"),
    Case("dot", (3, 2), (3, 4), transpose_a=True, ref=lambda a, b: a.T @ b),
    Case("dot", (2, 3), (4, 3), transpose_b=True, ref=lambda a, b: a @ b.T),
    Case("dot", (2, 3, 2), (2, 4), ref=lambda a, b: np.tensordot(a, b, 1), label="3d"),
    Case("dot", (2, 3, 2), (2, 4), transpose_a=True, label="3d",
         ref=lambda a, b: (a.reshape(2, 6).T @ b).reshape(3, 2, 4)),
    Case("batch_dot", (2, 3, 4), (2, 4, 2), ref=_mm),
    Case("batch_dot", (2, 4, 3), (2, 2, 4), transpose_a=True, transpose_b=True, ref=lambda a, b: _t(a) @ _t(b)),
    Case("_linalg_gemm2", (2, 2, 3), (2, 3, 4), alpha=1.5, ref=lambda a, b: 1.5 * _mm(a, b)),
    Case("_linalg_gemm2", (3, 2), (4, 3), transpose_a=True, transpose_b=True, ref=lambda a, b: a.T @ b.T),
    Case("_linalg_gemm2", (3, 2, 4), (4, 2, 5), axis=-3, label="axis",
         ref=lambda a, b: np.einsum("ikj,jkl->ikl", a, b)),
    Case("_linalg_gemm", (2, 3), (3, 4), (2, 4), alpha=2.0, beta=0.5, ref=lambda a, b, c: 2 * a @ b + 0.5 * c),
    Case("_linalg_gemm", (3, 2), (3, 4), (2, 4), transpose_a=True, ref=lambda a, b, c: a.T @ b + c),
    Case("_linalg_potrf", SPD2, ref=np.linalg.cholesky),
    Case("_linalg_potri", LOW, ref=lambda l: np.linalg.inv(l @ l.T)),
    Case("_linalg_trsm", LOW, (3, 2), alpha=2.0, ref=lambda a, b: 2 * np.linalg.solve(a, b)),
    Case("_linalg_trsm", UP, (2, 3), rightside=True, transpose=True, lower=False,
         ref=lambda a, b: b @ np.linalg.inv(a.T)),
    Case("_linalg_trmm", LOW, (3, 2), alpha=0.5, ref=lambda a, b: 0.5 * a @ b),
    Case("_linalg_trmm", UP, (2, 3), rightside=True, transpose=True, lower=False, ref=lambda a, b: b @ a.T),
    Case("_linalg_syrk", (2, 3, 2), alpha=1.5, ref=lambda a: 1.5 * _mm(a, _t(a))),
    Case("_linalg_syrk", (3, 2), transpose=True, ref=lambda a: a.T @ a),
    Case("_linalg_sumlogdiag", POSDIAG, ref=lambda a: np.log(np.diagonal(a, axis1=1, axis2=2)).sum(-1)),
    Case("_linalg_extractdiag", (2, 3, 3), offset=1, ref=lambda a: np.diagonal(a, 1, 1, 2)),
    Case("_linalg_makediag", (2, 3), offset=-1, ref=lambda v: np.stack([np.diag(r, -1) for r in v])),
    Case("_linalg_extracttrian", (2, 3, 3), ref=lambda a: a[:, [0, 1, 1, 2, 2, 2], [0, 0, 1, 0, 1, 2]]),
    Case("_linalg_extracttrian", (3, 3), offset=1, ref=lambda a: a[[0, 0, 1], [1, 2, 2]]),
    Case("_linalg_maketrian", (2, 6), lower=False,
         ref=lambda v: np.stack([np.array([[r[0], r[1], r[3]], [0, r[2], r[4]], [0, 0, r[5]]]) for r in v])),
    Case("_linalg_inverse", SQ, ref=np.linalg.inv),
    Case("_linalg_det", SQ, ref=np.linalg.det),
    Case("_linalg_slogdet", SQ, output=1, ref=lambda a: list(np.linalg.slogdet(a))),
    Case("_linalg_gelqf", WIDE, output=0, ref=None, label="Q"),
    Case("_linalg_gelqf", WIDE, output=1, ref=None, label="L"),
    Case("_linalg_syevd", SYM, output=1, ref=None, label="lam"),
    Case("_linalg_syevd", SYM, output=0, ref=None, label="U"),
]

# These read only one triangle of a symmetric input and report MXNet's symmetric gradient, so their
# finite differences move A[i, j] and A[j, i] together.
SYMMETRIC_INPUT = {"_linalg_potrf", "_linalg_syevd"}


def check_symmetric_grad(case):
    """Autograd's gradient against central differences along symmetric perturbations."""
    fn = registry.function(case.op)
    x = case.arrays()[0].astype(np.float64)

    def pick(r):
        return r[case.output] if isinstance(r, (list, tuple)) else r

    proj = np.random.RandomState(1).uniform(0.5, 1.5, size=pick(fn(_wrap(x))).shape)
    arg = _wrap(x.copy())
    arg.attach_grad()
    with autograd.record():
        y = pick(fn(arg))
    y.backward(_wrap(proj))
    got = arg.grad.asnumpy()
    n, eps = x.shape[-1], 1e-6
    for batch in np.ndindex(x.shape[:-2]):
        for i in range(n):
            for j in range(i + 1):
                d = np.zeros_like(x)
                d[batch + (i, j)] = d[batch + (j, i)] = eps
                hi = (pick(fn(_wrap(x + d))).asnumpy() * proj).sum()
                lo = (pick(fn(_wrap(x - d))).asnumpy() * proj).sum()
                numeric = (hi - lo) / (2 * eps)
                analytic = got[batch + (i, j)] * (1 if i == j else 2)
                assert abs(analytic - numeric) <= 1e-4 * (1 + abs(numeric)), (case, batch, i, j, analytic, numeric)
    assert_almost_equal(got, _t(got))


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    if case.op in SYMMETRIC_INPUT:
        if case.ref is not None:
            run_case(Case(case.op, *case.inputs, ref=case.ref, grad=False, output=case.output, **case.attrs))
        check_symmetric_grad(case)
    else:
        run_case(case)


# ---- dot: MXNet's N-D rule, shapes measured from MXNet 1.9.1 ------------------------------
@pytest.mark.parametrize("a, b, kw, shape", [
    ((3,), (3,), {}, (1,)),
    ((2, 3), (3,), {}, (2,)),
    ((3,), (3, 4), {}, (4,)),
    ((3,), (3, 4), {"transpose_a": True}, (4,)),
    ((3, 2), (2,), {"transpose_b": True}, (3,)),
    ((2, 3, 4), (4, 5, 6), {}, (2, 3, 5, 6)),
    ((2, 3, 4), (2, 5, 6), {"transpose_a": True}, (3, 4, 5, 6)),
    ((2, 3, 4), (5, 6, 4), {"transpose_b": True}, (2, 3, 5, 6)),
    ((4, 2, 3), (5, 6, 4), {"transpose_a": True, "transpose_b": True}, (2, 3, 5, 6)),
    ((2, 3, 4), (4,), {}, (2, 3)),
    ((4,), (4, 2, 3), {}, (2, 3)),
])
def test_dot_shapes_match_mxnet(a, b, kw, shape):
    assert nd.dot(nd.ones(a), nd.ones(b), **kw).shape == shape


def test_dot_transpose_a_keeps_the_remaining_axes_in_order():
    a, b = np.arange(24.0).reshape(4, 3, 2), np.arange(20.0).reshape(4, 5)
    got = nd.dot(nd.array(a), nd.array(b), transpose_a=True).asnumpy()
    assert got.shape == (3, 2, 5)
    assert_almost_equal(got, (a.reshape(4, 6).T @ b).reshape(3, 2, 5))


def test_dot_keeps_dtype():
    assert nd.dot(nd.ones((2, 2)), nd.ones((2, 2))).dtype == np.float32
    assert nd.dot(nd.ones((2, 2), dtype="float64"), nd.ones((2, 2), dtype="float64")).dtype == np.float64


def test_dot_errors_name_the_op_and_shapes():
    with pytest.raises(MXNetError, match=r"dot shape error: \[2,3\] X \[4,5\]"):
        nd.dot(nd.ones((2, 3)), nd.ones((4, 5)))
    with pytest.raises(MXNetError, match="Cannot transpose vectors"):
        nd.dot(nd.ones(3), nd.ones(3), transpose_a=True)
    with pytest.raises(MXNetError, match=r"batch_dot shape error \(the leading batch dimensions must be equal\)"):
        nd.batch_dot(nd.ones((2, 3, 4)), nd.ones((3, 4, 5)))
    with pytest.raises(MXNetError, match=r"batch_dot shape error.*\[2,3,4\] X \[2,3,5\]"):
        nd.batch_dot(nd.ones((2, 3, 4)), nd.ones((2, 3, 5)))
    with pytest.raises(MXNetError, match=r"\(3 vs. 4\) : Incompatible matrix dimensions for multiplication$"):
        nd.linalg.gemm2(nd.ones((2, 3)), nd.ones((4, 5)))
    with pytest.raises(MXNetError, match=r"Invalid row axis \(1\)"):
        nd.linalg.gemm2(nd.ones((2, 3)), nd.ones((3, 2)), axis=1)


def test_batch_dot_four_dimensional():
    a, b = rng.uniform(size=(2, 2, 3, 4)), rng.uniform(size=(2, 2, 4, 5))
    assert_almost_equal(nd.batch_dot(nd.array(a), nd.array(b)), np.matmul(a, b), rtol=1e-5)


# ---- the nd.linalg namespace and MXNet's conventions --------------------------------------------
def test_linalg_namespace_and_aliases():
    for name in ("gemm", "gemm2", "potrf", "potri", "trsm", "trmm", "syrk", "sumlogdiag", "extractdiag",
                 "makediag", "extracttrian", "maketrian", "inverse", "det", "slogdet", "gelqf", "syevd"):
        assert getattr(nd.linalg, name).op is getattr(nd._internal, "_linalg_" + name)
        assert getattr(nd.linalg, name).__name__ == name      # (MXNet's function of the submodule: potrf)
    assert nd.linalg_gemm2.op is nd.linalg.gemm2.op     # one operator, two functions (each named as called)
    assert nd.linalg_gemm2.__name__ == "linalg_gemm2"


def test_gemm2_axis_on_four_dimensional_input():
    x = rng.uniform(-1, 1, (2, 3, 4, 2))
    got = nd.linalg.gemm2(nd.array(x), nd.array(x), axis=1, transpose_b=True)
    assert got.shape == (2, 3, 4, 3)
    assert_almost_equal(got, np.einsum("aibj,akbj->aibk", x, x), rtol=1e-5)


def test_single_matrix_scalars_have_shape_one():
    assert nd.linalg.det(nd.array(SQ[0])).shape == (1,)
    assert nd.linalg.sumlogdiag(nd.array(POSDIAG[0])).shape == (1,)
    assert [r.shape for r in nd.linalg.slogdet(nd.array(SQ[0]))] == [(1,), (1,)]
    assert nd.linalg.det(nd.array(SQ)).shape == (2,)


def test_trian_packing_order_matches_mxnet():
    a = nd.array(np.arange(16.0).reshape(4, 4))
    expected = {(0, True): [0, 4, 5, 8, 9, 10, 12, 13, 14, 15], (0, False): [0, 1, 5, 2, 6, 10, 3, 7, 11, 15],
                (1, True): [1, 2, 6, 3, 7, 11], (1, False): [1, 2, 6, 3, 7, 11],
                (-1, True): [4, 8, 9, 12, 13, 14], (-1, False): [4, 8, 9, 12, 13, 14]}
    for (offset, lower), values in expected.items():
        got = nd.linalg.extracttrian(a, offset=offset, lower=lower)
        assert got.asnumpy().tolist() == values, (offset, lower)
    v = nd.array(np.arange(1.0, 7.0))
    assert nd.linalg.maketrian(v, offset=1).asnumpy().tolist() == [
        [0, 1, 2, 4], [0, 0, 3, 5], [0, 0, 0, 6], [0, 0, 0, 0]]
    assert nd.linalg.maketrian(v, offset=-1).asnumpy().tolist() == [
        [0, 0, 0, 0], [1, 0, 0, 0], [2, 3, 0, 0], [4, 5, 6, 0]]


def test_makediag_and_extractdiag_offsets():
    assert nd.linalg.makediag(nd.array([1, 2]), offset=1).asnumpy().tolist() == [[0, 1, 0], [0, 0, 2], [0, 0, 0]]
    a = nd.array(np.arange(16.0).reshape(4, 4))
    assert nd.linalg.extractdiag(a, offset=-2).asnumpy().tolist() == [8, 13]


def test_triangular_ops_read_only_their_triangle():
    a = LOW.copy()
    a[0, 2] = 50.0
    b = rng.uniform(-1, 1, (3, 2))
    assert_almost_equal(nd.linalg.trsm(nd.array(a), nd.array(b)), np.linalg.solve(LOW, b), rtol=1e-4)
    assert_almost_equal(nd.linalg.trmm(nd.array(a), nd.array(b)), LOW @ b, rtol=1e-5)
    assert_almost_equal(nd.linalg.potrf(nd.array(np.tril(SPD) + np.triu(np.ones((3, 3)), 1))),
                        np.linalg.cholesky(SPD), rtol=1e-5)


def _grad(op, x, weights):
    a = nd.array(x, dtype="float64")
    a.attach_grad()
    with autograd.record():
        ys = op(a)
        ys = ys if isinstance(ys, list) else [ys]
        loss = sum((y * nd.array(w, dtype="float64")).sum() for y, w in zip(ys, weights))
    loss.backward()
    return [y.asnumpy() for y in ys], a.grad.asnumpy()


W3 = np.array([[1.0, 0.5, 0.2], [0.3, 1.2, 0.7], [0.9, 0.4, 1.1]])


def test_potrf_gradient_is_mxnets_symmetric_one():
    s = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]])
    _, g = _grad(nd.linalg.potrf, s, [W3])
    assert_almost_equal(g, [[0.2385922551, -0.0284324293, 0.1481268178],
                            [-0.0284324293, 0.3588184537, 0.1098225268],
                            [0.1481268178, 0.1098225268, 0.3953404036]], rtol=1e-7, atol=1e-9)


def test_gelqf_values_and_gradient_match_mxnet():
    a = np.array([[1.0, 2.0, 0.5], [-0.3, 0.8, 1.5]])
    (q, l), g = _grad(nd.linalg.gelqf, a, [[[1.0, 0.5, 0.2], [0.3, -1.0, 0.7]], [[0.4, 0.0], [0.6, -0.2]]])
    assert_almost_equal(q, [[-0.4364357805, -0.8728715609, -0.2182178902],
                            [0.4677005694, -0.0129020847, -0.8837928001]], rtol=1e-7, atol=1e-9)
    assert_almost_equal(l, [[-2.2912878475, 0.0], [-0.89469335, -1.4763210388]], rtol=1e-7, atol=1e-9)
    assert_almost_equal(g, [[0.1061014617, -0.3575872251, -0.614884301],
                            [-0.8802404585, -0.1880716943, -0.2367777229]], rtol=1e-7, atol=1e-9)


def test_syevd_sign_convention_and_gradient_match_mxnet():
    a = np.array([[2.0, 0.5, -0.3], [0.5, 1.0, 0.4], [-0.3, 0.4, -1.0]])
    (u, lam), g = _grad(nd.linalg.syevd, a, [W3, [0.3, -0.5, 0.8]])
    assert_almost_equal(u, [[0.1268792831, -0.2120686701, 0.9689832438],
                            [-0.3494106565, 0.90470789, 0.2437536193],
                            [0.9283392918, 0.3695003558, -0.0406896352]], rtol=1e-7, atol=1e-9)
    assert_almost_equal(lam, [-1.1268249516, 0.9146643006, 2.212160651], rtol=1e-7)
    assert_almost_equal(g, [[0.7206270254, 0.3354694424, -0.0104435376],
                            [0.3354694424, -0.4128115813, -0.129555742],
                            [-0.0104435376, -0.129555742, 0.2921845559]], rtol=1e-7, atol=1e-9)


def test_gelqf_reconstructs_the_input():
    q, l = nd.linalg.gelqf(nd.array(WIDE))
    assert_almost_equal(np.matmul(l.asnumpy(), q.asnumpy()), WIDE, rtol=1e-4, atol=1e-5)
    assert_almost_equal(np.matmul(q.asnumpy(), _t(q.asnumpy())), np.broadcast_to(np.eye(2), (2, 2, 2)), atol=1e-5)


def test_potrf_rejects_indefinite_matrices():
    with pytest.raises(MXNetError, match="spotrf failed in lapack.*not positive definite"):
        nd.linalg.potrf(nd.array(-np.eye(2))).asnumpy()       # found by the kernel: raised on reading
    with pytest.raises(MXNetError, match=r"in\[ndim-2\] == in\[ndim-1\] \(2 vs. 3\) : Input A's last two dimension"):
        nd.linalg.inverse(nd.ones((2, 3)))


def test_outputs_keep_float32():
    for r in (nd.linalg.potrf(nd.array(SPD)), nd.linalg.inverse(nd.array(SQ)), nd.linalg.det(nd.array(SQ)),
              nd.linalg.gemm2(nd.ones((2, 2)), nd.ones((2, 2)), alpha=0.5)):
        assert r.dtype == np.float32


# recorded from MXNet 1.9.1 on a CPU its OpenBLAS does not know (Prescott kernels) and with
# OPENBLAS_CORETYPE=Haswell (the kernels of AVX2 CPUs it knows, AMD Zen included)
@pytest.mark.parametrize("core,dtype,n,expected", [
    ("prescott", "float32", 7, "f38062c0"), ("prescott", "float32", 31, "3f513ac1"),
    ("prescott", "float32", 45, "7c892041"), ("prescott", "float32", 1000, "7a7ff9c1"),
    ("prescott", "float64", 7, "9cfc697d1e500cc0"), ("prescott", "float64", 31, "fc14c4dd274a27c0"),
    ("prescott", "float64", 45, "fc70ca902f112440"), ("prescott", "float64", 1000, "efbe15e1ee2f3fc0"),
    ("haswell", "float32", 7, "f38062c0"), ("haswell", "float32", 45, "7d892041"),
    ("haswell", "float32", 1000, "797ff9c1"), ("haswell", "float32", 64, "b7f72e40"),
    ("haswell", "float64", 7, "9dfc697d1e500cc0"), ("haswell", "float64", 45, "fa70ca902f112440"),
    ("haswell", "float64", 1000, "f0be15e1ee2f3fc0"), ("haswell", "float64", 64, "cc4475c1f6de0540")])
def test_dot_of_vectors_adds_as_mxnet_blas_sdot_ddot(core, dtype, n, expected, monkeypatch):
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    a = np.random.RandomState(n).randn(2, n).astype(dtype)
    r = nd.dot(nd.array(a[0], dtype=dtype), nd.array(a[1], dtype=dtype)).asnumpy()
    assert r.tobytes().hex() == expected


@pytest.mark.parametrize("env,expected", [
    ({"DISTNET_OPENBLAS_CORE": "Prescott", "OPENBLAS_CORETYPE": "Haswell"}, "prescott"),
    ({"OPENBLAS_CORETYPE": "Zen"}, "haswell"), ({"OPENBLAS_CORETYPE": "SkylakeX"}, "haswell"),
    ({"OPENBLAS_CORETYPE": "PRESCOTT"}, "prescott")])
def test_openblas_kernel_set_follows_the_environment(env, expected, monkeypatch):
    from distnet.ndarray.openblas_core import core
    monkeypatch.delenv("DISTNET_OPENBLAS_CORE", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert core() == expected


def test_numpy_openblas_runs_one_thread_once_distnet_is_imported():
    """As MXNet's BLAS: a product split between threads sums some outputs in another order."""
    import os
    import subprocess
    import sys
    code = ("import ctypes, numpy; "
            "lib = next(l.split()[-1] for l in open('/proc/self/maps') if 'openblas' in l.lower() and '/' in l); "
            "get = [getattr(ctypes.CDLL(lib), n) for n in ('openblas_get_num_threads64_', "
            "'scipy_openblas_get_num_threads64_', 'openblas_get_num_threads') if hasattr(ctypes.CDLL(lib), n)][0]; "
            "before = get(); import distnet; print(before, get())")
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-1500:]
    before, after = map(int, run.stdout.split())
    assert before >= 1 and after == 1


def test_unknown_forced_kernel_set_is_refused(monkeypatch):
    from distnet.ndarray.openblas_core import core
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "sandybridge")
    with pytest.raises(ValueError, match="DISTNET_OPENBLAS_CORE"):
        core()


# MXNet 1.9.1 on a CPU its OpenBLAS does not know: the Prescott sgemm's tiles, each with its summation order
@pytest.mark.parametrize("m,k,n,ta,tb,expected", [
    (7, 129, 13, False, False, ("5aca3b65c8365a0a", "70f7e27ea325e05f", "0fb482c266a8f5c7")),
    (5, 33, 7, True, False, ("b62b86f463b2bdea", "9a3d8eed1748776c", "aaddd33e43f977eb")),
    (9, 300, 6, False, True, ("dd2ea7163b3533e1", "aa1d4650e7090fcc", "cfe57a986c598e9c")),
    (3, 17, 2, True, True, ("083b7dfa7f3dfcf3", "9d9a61bf7d91ea5c", "5311fb11a9513a66"))])
def test_float32_dot_and_gradients_add_as_openblas_prescott_sgemm(m, k, n, ta, tb, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(m * k + n)
    a = nd.array(rs.randn(*((k, m) if ta else (m, k))))
    b = nd.array(rs.randn(*((n, k) if tb else (k, n))))
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = nd.dot(a, b, transpose_a=ta, transpose_b=tb)
    y.backward(nd.array(rs.randn(m, n)))
    assert tuple(hashlib.sha256(r.asnumpy().tobytes()).hexdigest()[:16] for r in (y, a.grad, b.grad)) == expected


# MXNet 1.9.1 on the Prescott kernels: alpha scales each inner block's sum, beta * C comes first
@pytest.mark.parametrize("m,k,n,dtype,expected", [
    (3, 5, 7, "float32", ("e49f587f17", "7834680672", "a97e7efa11")),
    (6, 40, 5, "float64", ("1e4167b868", "23e10fc96b", "8f72261c53")),
    (4, 300, 3, "float32", ("5578f1c513", "86029858b0", "ca5d8f9f9b")),
    (4, 300, 3, "float64", ("294c6ecbd8", "93fd19417d", "56de6d6188"))])
def test_linalg_gemm_scales_as_openblas_prescott_kernels(m, k, n, dtype, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(2)
    for shapes in [(3, 5, 7), (6, 40, 5), (4, 300, 3)]:     # the recording drew every case in turn
        for dt in ("float32", "float64"):
            arrays = [nd.array(rs.randn(2, *s), dtype=dt) for s in
                      ((shapes[0], shapes[1]), (shapes[1], shapes[2]), (shapes[0], shapes[2]))]
            if (shapes, dt) == ((m, k, n), dtype):
                A, B, C = arrays
    got = (nd.linalg.gemm2(A, B), nd.linalg.gemm2(A, B, alpha=0.7), nd.linalg.gemm(A, B, C, alpha=0.7, beta=0.3))
    assert tuple(hashlib.md5(r.asnumpy().tobytes()).hexdigest()[:10] for r in got) == expected


# MXNet 1.9.1 on the Prescott kernels: linalg_gemm's gradients are two gemms, each written in its operand's
# own layout with alpha applied by the kernel; GridGenerator's affine gradient is one gemm over all the samples
@pytest.mark.parametrize("m,k,n,ta,tb,expected", [
    (5, 9, 7, False, False, ("686ec92c930c", "4d6bc702d7b7", "0f5ba81107aa")),
    (5, 9, 7, True, False, ("099845f3a40d", "23b52ef4a039", "0f5ba81107aa")),
    (8, 17, 6, False, True, ("ef1e911c1c6a", "ec554ffdd51a", "d77449c11480")),
    (3, 130, 9, True, True, ("eec43c9bd322", "1abf8c77bb84", "9f93d69619e4"))])
def test_linalg_gemm_gradients_add_as_openblas_prescott_sgemm(m, k, n, ta, tb, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(m * k + n)
    a = nd.array(rs.randn(*((k, m) if ta else (m, k))).astype("float32"))
    b = nd.array(rs.randn(*((n, k) if tb else (k, n))).astype("float32"))
    c = nd.array(rs.randn(m, n).astype("float32"))
    for x in (a, b, c):
        x.attach_grad()
    with autograd.record():
        y = nd.linalg.gemm(a, b, c, transpose_a=ta, transpose_b=tb, alpha=0.7, beta=0.3)
    y.backward(nd.array(rs.randn(m, n).astype("float32")))
    assert tuple(hashlib.sha256(x.grad.asnumpy().tobytes()).hexdigest()[:12] for x in (a, b, c)) == expected


def test_grid_generator_affine_grid_and_gradient_add_as_openblas_prescott_sgemm(monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(7)
    theta = nd.array(rs.randn(3, 6).astype("float32"))
    theta.attach_grad()
    with autograd.record():
        g = nd.GridGenerator(theta, transform_type="affine", target_shape=(4, 7))
    rs.randn(3, 2, 5, 6), rs.randn(3, 6)        # the recording drew two more inputs here
    assert hashlib.sha256(g.asnumpy().tobytes()).hexdigest()[:12] == "66c6af4b6fc4"     # forward: one gemm too
    g.backward(nd.array(rs.randn(*g.shape).astype("float32")))
    assert hashlib.sha256(theta.grad.asnumpy().tobytes()).hexdigest()[:12] == "88b8b113ca45"


def test_inverse_gradients_add_as_openblas_prescott_sgemm(monkeypatch):
    """MXNet's inverse backward is two gemms, dY inv(A)^T first; tensorinv's multiplies inv(A)^T dY first."""
    import hashlib
    import distnet as mx
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    expected = {("inv", 2): "d226a8cbda", ("tensorinv", 2): "7766f99440", ("inv", 3): "b9f198dc7d",
                ("tensorinv", 3): "957c53f965", ("inv", 5): "ac5fc0481e", ("tensorinv", 5): "f929cdbbed"}
    rng = np.random.RandomState(3)
    mx.npx.set_np()
    try:
        for n in (2, 3, 5):
            for name, shape in (("inv", (n, n)), ("tensorinv", (2 * n, n, 2))):
                a = rng.randn(*(n, n) if name == "inv" else (2 * n, 2 * n)).astype("float32")
                x = mx.np.array((a + 3 * np.eye(len(a), dtype="float32")).reshape(shape))
                x.attach_grad()
                with autograd.record():
                    y = mx.np.linalg.inv(x) if name == "inv" else mx.np.linalg.tensorinv(x, ind=1)
                y.backward(mx.np.array(rng.randn(*y.shape).astype("float32")))
                assert hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest()[:10] == expected[name, n], (name, n)
    finally:
        mx.npx.reset_np()


# MXNet 1.9.1: syrk's gradient is two gemms, alpha op(dY) A and then alpha op(dY^T) A added onto it
@pytest.mark.parametrize("core,expected", [
    ("prescott", ["0052a8b18f", "46beaceda4", "97376d7877", "4de48cdd4e"]),
    ("haswell", ["cf5305df01", "2c2d92f480", "52e6c98a8d", "7f0df58dda"])])
def test_syrk_gradient_adds_as_mxnets_two_gemms(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(4)
    got = []
    for n, transpose in ((3, False), (3, True), (6, False), (6, True)):
        x = nd.array(rs.randn(*((5, n) if transpose else (n, 5))).astype("float32"))
        x.attach_grad()
        with autograd.record():
            y = nd.linalg.syrk(x, transpose=transpose, alpha=0.8)
        y.backward(nd.array(rs.randn(n, n).astype("float32")))
        got.append(hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest()[:10])
    assert got == expected


@pytest.mark.parametrize("core", ["prescott", "haswell"])
def test_slogdet_gradient_takes_the_inverse_as_mxnets_lapack_calls(core, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(1)
    got = []
    for n in (2, 3):
        v = rs.randn(n, n).astype("float32")
        v = v @ v.T + 3 * np.eye(n, dtype="float32")
        for f in (lambda a: nd.linalg.slogdet(a)[1], nd.linalg.det):
            x = nd.array(v)
            x.attach_grad()
            with autograd.record():
                y = f(x)
            y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
            got.append(hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest()[:10])
    assert got[0::2] == ["3e488f3646", "108c8ed761"]      # MXNet 1.9.1, both kernel sets (det's own value differs)


# MXNet 1.9.1: trmm scales B by alpha before the kernel sums (its gradient dB too, a trmm); dA is a gemm
@pytest.mark.parametrize("core,expected", [
    ("prescott", [("b80e81d7", "d0978861", "c998f656"), ("b1641964", "7f7b6ae0", "26bb71b4"),
                  ("f0fe8462", "d21f582c", "22a80989")]),
    ("haswell", [("e55fad98", "0039abe5", "0f6f105f"), ("404ae4b7", "e901d5fe", "53233eee"),
                 ("6313eec7", "ee691075", "819a21ae")])])
def test_trmm_and_its_gradients_add_as_mxnets_blas(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(8)
    got = []
    for n, right, transpose, lower in ((3, False, False, True), (4, True, True, True), (5, False, True, False)):
        a = nd.array(rs.randn(n, n).astype("float32"))
        b = nd.array(rs.randn(*((6, n) if right else (n, 6))).astype("float32"))
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = nd.linalg.trmm(a, b, transpose=transpose, rightside=right, lower=lower, alpha=0.7)
        y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
        got.append(tuple(hashlib.md5(v.asnumpy().tobytes()).hexdigest()[:8] for v in (y, a.grad, b.grad)))
    assert got == expected


# MXNet 1.9.1 on the Prescott kernels: syrk fills the lower triangle in gemm's tiles, its inner blocks halved
# rounded up, and MXNet mirrors it
@pytest.mark.parametrize("dtype,shape,transpose,alpha,expected", [
    ("float32", (10, 129), False, 1.0, "83b94dd93c"), ("float64", (10, 129), False, 1.0, "86c3c0586b"),
    ("float32", (6, 1000), False, 1.0, "fe2a3abe6e")])
def test_linalg_syrk_adds_as_openblas_prescott_kernels(dtype, shape, transpose, alpha, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(8)
    for dt in ("float32", "float64"):              # the recording drew every case in turn
        for shp in [(10, 128), (10, 129), (10, 200), (10, 256), (6, 1000)]:
            a = nd.array(rs.randn(*shp), dtype=dt)
            if (dt, shp) == (dtype, shape):
                A = a
    r = nd.linalg.syrk(A, transpose=transpose, alpha=alpha)
    assert hashlib.md5(r.asnumpy().tobytes()).hexdigest()[:10] == expected


def test_prescott_replay_stops_at_its_size_cap(monkeypatch):
    # past 2^22 multiply-adds the product is NumPy's (speed); below, the kernel's order (differs from NumPy's here)
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(0)
    big = rs.randn(2, 256, 256).astype(np.float32)
    assert np.array_equal(nd.dot(nd.array(big[0]), nd.array(big[1])).asnumpy(), big[0] @ big[1])
    small = rs.randn(2, 8, 300).astype(np.float32)
    got = nd.dot(nd.array(small[0]), nd.array(small[1]), transpose_b=True).asnumpy()
    assert not np.array_equal(got, small[0] @ small[1].T)


# MXNet 1.9.1's det and slogdet come from getrf's factors of the transpose LAPACK sees: the logs of U's diagonal
# magnitudes added in the dtype, det = sign * exp(that); getf2's dot products fused on the Haswell kernels
@pytest.mark.parametrize("core,expected", [
    ("prescott", [("fc552a6e", "bfdb9e78", "69988b81"), ("f0f65052", "45c15727", "09d88d3f"),
                  ("88b131b3", "deb3cb61", "d3488484"), ("4b47ab11", "45c15727", "b61af2de")]),
    ("haswell", [("fc552a6e", "bfdb9e78", "69988b81"), ("f0f65052", "45c15727", "09d88d3f"),
                 ("fb4b1d53", "deb3cb61", "87d4f477"), ("4b47ab11", "45c15727", "b61af2de")])])
def test_det_and_slogdet_follow_getrf_and_the_log_sum(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(11)
    got = []
    for n, dt in ((3, "float64"), (4, "float32"), (5, "float64"), (5, "float32")):
        a = nd.array(rs.randn(2, n, n), dtype=dt)
        sign, logdet = nd.linalg.slogdet(a)
        got.append(tuple(hashlib.md5(v.asnumpy().tobytes()).hexdigest()[:8] for v in (nd.linalg.det(a), sign, logdet)))
    assert got == expected


# MXNet 1.9.1's trsm: B scaled by alpha, then blocks of the gemm kernel's unroll (each updated by a gemm and
# solved with the diagonal's reciprocal); its gradient a trsm with op(A) flipped and one gemm scaled by -1/alpha
@pytest.mark.parametrize("core,expected", [
    ("prescott", [("61075be7", "bab13afd", "24c85daf"), ("7f0b4386", "3d9f14cc", "b332f139"),
                  ("c4b40f02", "bc632488", "3cb5b857"), ("a0f10806", "b0b59180", "1f1be5ef")]),
    ("haswell", [("2a9b8359", "8df06d6b", "24c85daf"), ("44d2c0a0", "fd528b16", "9c97eeeb"),
                 ("7da7654e", "aab2b4e1", "655b998d"), ("6fb771ef", "f448a236", "4d850b82")])])
def test_trsm_and_its_gradients_solve_as_mxnets_blas(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(21)
    got = []
    for n, dt, right, transpose, lower in ((3, "float32", False, False, True), (5, "float64", True, True, True),
                                           (6, "float64", False, True, False), (7, "float32", True, False, False)):
        a = nd.array(rs.randn(n, n) + 4 * np.eye(n), dtype=dt)
        b = nd.array(rs.randn(*((4, n) if right else (n, 4))), dtype=dt)
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = nd.linalg.trsm(a, b, transpose=transpose, rightside=right, lower=lower, alpha=0.7)
        y.backward(nd.array(rs.randn(*y.shape), dtype=dt))
        got.append(tuple(hashlib.md5(v.asnumpy().tobytes()).hexdigest()[:8] for v in (y, a.grad, b.grad)))
    assert got == expected


@pytest.mark.parametrize("right,transpose,lower", [(False, False, True), (False, True, False), (True, False, False),
                                                   (True, True, True)])
def test_trsm_gradients_match_finite_differences(right, transpose, lower):
    rs = np.random.RandomState(2)
    a0 = rs.randn(4, 4) + 4 * np.eye(4)
    b0 = rs.randn(*((3, 4) if right else (4, 3)))
    w = rs.randn(3, 4) if right else rs.randn(4, 3)

    def loss(a, b):
        return float((nd.linalg.trsm(nd.array(a, dtype="float64"), nd.array(b, dtype="float64"), transpose=transpose,
                                     rightside=right, lower=lower, alpha=0.6).asnumpy() * w).sum())
    a, b = nd.array(a0, dtype="float64"), nd.array(b0, dtype="float64")
    a.attach_grad()
    b.attach_grad()
    with autograd.record():
        y = nd.linalg.trsm(a, b, transpose=transpose, rightside=right, lower=lower, alpha=0.6)
    y.backward(nd.array(w, dtype="float64"))
    for x0, grad, of in ((a0, a.grad.asnumpy(), lambda x: loss(x, b0)), (b0, b.grad.asnumpy(), lambda x: loss(a0, x))):
        numeric = np.zeros_like(x0)
        for idx in np.ndindex(x0.shape):
            step = np.zeros_like(x0)
            step[idx] = 1e-6
            numeric[idx] = (of(x0 + step) - of(x0 - step)) / 2e-6
        if x0 is a0:
            numeric = np.tril(numeric) if lower else np.triu(numeric)
        np.testing.assert_allclose(grad, numeric, rtol=1e-5, atol=1e-7)


def test_potrf_gradient_is_mxnets_trmm_and_two_trsm_solves(monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "haswell")
    rs = np.random.RandomState(5)
    m = rs.randn(3, 3)
    a = nd.array(m @ m.T + 3 * np.eye(3))
    a.attach_grad()
    with autograd.record():
        low = nd.linalg.potrf(a)
    low.backward(nd.array(rs.randn(3, 3)))
    assert hashlib.md5(a.grad.asnumpy().tobytes()).hexdigest()[:8] == "10bcd38b"


@pytest.mark.parametrize("op", [nd.linalg.trsm, nd.linalg.trmm])
def test_triangular_ops_check_shapes_as_mxnet(op):
    with pytest.raises(MXNetError, match=r"\(2 vs. 3\) : Incompatible matrix dimensions for multiplication"):
        op(nd.ones((3, 3)), nd.ones((2, 3)))
    with pytest.raises(MXNetError, match=r"\(3 vs. 2\) : Incompatible matrix dimensions for multiplication"):
        op(nd.ones((3, 3)), nd.ones((3, 2)), rightside=True)
    with pytest.raises(MXNetError, match="Shapes of inputs 0, 1 must be the same, except on last two dimensions"):
        op(nd.ones((2, 3, 3)), nd.ones((3, 3, 2)))
    with pytest.raises(MXNetError, match="inferring shapes failed"):
        op(nd.ones((3, 3)), nd.ones(3))


# MXNet 1.9.1's potri: LAPACK's trti2 and lauu2 on the upper factor it sees, mirrored from the lower triangle
# (None: a Haswell case whose gemv kernel order is not replayed yet)
@pytest.mark.parametrize("core,expected", [
    ("prescott", ["06dcdc64", "7968b910", "e84039a3", "72083c36", "b4995f78", "8ec4b96d", "3346f2f0"]),
    ("haswell", ["06dcdc64", None, None, "72083c36", "5855e0cb", "bc601aa8", "5f32fd75"])])
def test_potri_inverts_as_lapack_trti2_and_lauu2(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(13)
    cases = ((3, "float32"), (4, "float64"), (5, "float32"), (2, "float64"), (3, "float64"), (4, "float32"),
             (6, "float32"))
    for (n, dt), want in zip(cases, expected):
        low = nd.array(np.tril(rs.randn(2, n, n)) + 3 * np.eye(n), dtype=dt)
        got = nd.linalg.potri(low).asnumpy()
        np.testing.assert_allclose(got, np.linalg.inv(low.asnumpy() @ np.swapaxes(low.asnumpy(), -1, -2)),
                                   rtol=1e-5 if dt == "float32" else 1e-12)
        if want is not None:
            assert hashlib.md5(got.tobytes()).hexdigest()[:8] == want


# MXNet 1.9.1's potri gradient: out dY + out dY^T (two gemms, the second added), solved against L^T with alpha -1
@pytest.mark.parametrize("core,expected", [("prescott", ["a7792c01", "f7667a24", "0424d2ee"]),
                                           ("haswell", ["71abecfb", "1ddc8af6", "c8713e04"])])
def test_potri_gradient_is_mxnets_gemms_and_trsm(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(31)
    got = []
    for n, dt in ((3, "float32"), (4, "float64"), (2, "float32")):
        low = nd.array(np.tril(rs.randn(n, n)) + 3 * np.eye(n), dtype=dt)
        low.attach_grad()
        with autograd.record():
            y = nd.linalg.potri(low)
        y.backward(nd.array(rs.randn(n, n), dtype=dt))
        got.append(hashlib.md5(low.grad.asnumpy().tobytes()).hexdigest()[:8])
    assert got == expected


@pytest.mark.parametrize("lower", [True, False])
def test_potri_gradient_matches_finite_differences(lower):
    rs = np.random.RandomState(4)
    tri = np.tril if lower else np.triu
    a0 = tri(rs.randn(4, 4)) + 3 * np.eye(4)
    w = rs.randn(4, 4)

    def loss(a):
        return float((nd.linalg.potri(nd.array(a, dtype="float64"), lower=lower).asnumpy() * w).sum())
    a = nd.array(a0, dtype="float64")
    a.attach_grad()
    with autograd.record():
        y = nd.linalg.potri(a, lower=lower)
    y.backward(nd.array(w, dtype="float64"))
    numeric = np.zeros_like(a0)
    for idx in np.ndindex(a0.shape):
        step = np.zeros_like(a0)
        step[idx] = 1e-6
        numeric[idx] = (loss(a0 + step) - loss(a0 - step)) / 2e-6
    np.testing.assert_allclose(a.grad.asnumpy(), tri(numeric), rtol=1e-5, atol=1e-7)


# MXNet 1.9.1's potrf and its gradient on both kernel sets (Prescott: each column's sums are the kernel's dots;
# None: a Haswell float32 trsm order of order 7 not replayed yet)
@pytest.mark.parametrize("core,expected", [
    ("prescott", [("7832e49e", "cb6b3cea"), ("2bb2ab88", "604fc626"), ("f254f596", "9d73d39b")]),
    ("haswell", [("7832e49e", "cb6b3cea"), ("1ed347d2", "23d077d6"), ("a0e45158", None)])])
def test_potrf_and_its_gradient_as_mxnets_lapack(core, expected, monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", core)
    rs = np.random.RandomState(41)
    for (n, dt), want in zip(((3, "float32"), (5, "float64"), (7, "float32")), expected):
        m = rs.randn(n, n)
        a = nd.array(m @ m.T + n * np.eye(n), dtype=dt)
        a.attach_grad()
        with autograd.record():
            low = nd.linalg.potrf(a)
        low.backward(nd.array(rs.randn(n, n), dtype=dt))
        got = tuple(hashlib.md5(v.asnumpy().tobytes()).hexdigest()[:8] for v in (low, a.grad))
        assert got == tuple(g if w is None else w for g, w in zip(got, want))


def test_haswell_float32_trsm_solving_backwards_sums_the_solved_rows_from_the_end(monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "haswell")
    rs = np.random.RandomState(51)
    got = []
    for n, lower, right in ((6, False, False), (7, False, False), (6, True, True)):
        a = nd.array(rs.randn(n, n) + 4 * np.eye(n))
        b = nd.array(rs.randn(*((5, n) if right else (n, 5))))
        got.append(hashlib.md5(nd.linalg.trsm(a, b, lower=lower, rightside=right, alpha=0.9).asnumpy().tobytes())
                   .hexdigest()[:8])
    assert got == ["8470656c", "37ae0618", "7669dadb"]      # recorded from MXNet 1.9.1 on the Haswell kernels


def test_haswell_float32_linalg_gemm_fuses_the_alpha_step_onto_beta_c(monkeypatch):
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "haswell")
    rs = np.random.RandomState(61)
    got = []
    for (m, k, n), ta, tb, beta in (((3, 5, 4), False, True, 0.5), ((5, 9, 7), True, False, 1.0),
                                    ((4, 17, 6), True, True, 0.0)):
        A = nd.array(rs.randn(*((k, m) if ta else (m, k))))
        B = nd.array(rs.randn(*((n, k) if tb else (k, n))))
        C = nd.array(rs.randn(m, n))
        y = nd.linalg.gemm(A, B, C, transpose_a=ta, transpose_b=tb, alpha=1.3, beta=beta)
        got.append(hashlib.md5(y.asnumpy().tobytes()).hexdigest()[:8])
    assert got == ["6ac6cf30", "ee069c26", "99f1bff4"]      # recorded from MXNet 1.9.1 on the Haswell kernels
    x = nd.array(rs.randn(2, 3, 4))                          # a row axis other than -2 keeps its layout
    ref = 1.3 * np.einsum("kjr,kjc->rjc", x.asnumpy(), x.asnumpy()) + 0.5
    np.testing.assert_allclose(nd.linalg.gemm(x, x, nd.ones((4, 3, 4)), transpose_a=True, alpha=1.3, beta=0.5,
                                              axis=0).asnumpy(), ref, rtol=1e-5)


UNKNOWN_SIZE = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def _empty(shape):
    return nd.array(np.zeros(shape))     # (nd.zeros refuses an unknown size itself)


def _refusal(call):
    with pytest.raises(MXNetError) as e:
        call()
    return message_of(e.value).splitlines()[0]


@pytest.mark.parametrize("offset", [0, 1, -1, 5, -3])
def test_diagonal_extraction_of_unknown_orders_counts_from_minus_one(offset):
    # legacy shape semantics read a 0 size as unknown (-1): the diagonal's length is -1 - |offset|
    for name in ("extractdiag", "extracttrian"):
        text = _refusal(lambda: getattr(nd.linalg, name)(_empty((2, 0, 0)), offset=offset))
        assert text == (f"Check failed: n > 0 ({-1 - abs(offset)} vs. 0) : Illegal offset {offset} for diag/trian "
                        "extraction of matrix with dimension 3")


@pytest.mark.parametrize("call", [
    lambda: nd.linalg.syevd(_empty((0, 0))), lambda: nd.linalg.syevd(_empty((0, 2, 2))),
    lambda: nd.linalg.extractdiag(_empty((0, 2, 2))), lambda: nd.linalg.extracttrian(_empty((0, 3, 3))),
    lambda: nd.linalg.det(_empty((0, 0))), lambda: nd.linalg.slogdet(_empty((0, 0))),
    lambda: nd.dot(_empty((2, 0)), _empty((0, 3))),
    lambda: nd.dot(_empty((0, 2)), _empty((0, 3)), transpose_a=True)])
def test_unknown_sizes_reaching_the_kernel_fail_sizing_it(call):
    assert _refusal(call) == UNKNOWN_SIZE


def test_unknown_sizes_in_a_stack_fail_shape_inference():
    assert _refusal(lambda: nd.linalg.det(_empty((2, 0, 0)))) == "Operator _linalg_det inferring shapes failed."
    assert _refusal(lambda: nd.dot(_empty((0, 2)), _empty((2, 3)))) == "Operator dot inferring shapes failed."


def test_maketrian_of_an_unknown_length():
    assert _refusal(lambda: nd.linalg.maketrian(_empty((0,)), offset=1)) == (
        "Check failed: (m*(m+1))/2 == n (-1073741824 vs. -1) : Input tensor of maketrian has an invalid dimension "
        "for the last axis.")


@pytest.mark.parametrize("name", ["potrf", "potri"])
def test_cholesky_lower_attribute_is_parsed_as_a_boolean(name):
    a = nd.array([[4., 1.], [1., 3.]])
    with pytest.raises(MXNetError) as e:
        getattr(nd.linalg, name)(a, lower="maybe")
    assert message_of(e.value) == (f"Invalid Parameter format for lower expect boolean but value='maybe', in operator "
                            f'_linalg_{name}(name="", lower="maybe")')
    assert getattr(nd.linalg, name)(a, lower="0").asnumpy().tolist() == \
        getattr(nd.linalg, name)(a, lower=False).asnumpy().tolist()


def test_dot_of_two_unknown_length_vectors_sums_nothing():
    r = nd.dot(_empty((0,)), _empty((0,)))
    assert r.shape == (1,) and r.asnumpy().tolist() == [0.0]


def test_potri_mirrors_its_triangle_as_a_copy_keeping_negative_zeros():
    # LAPACK's trti2 on the identity leaves -0 above the diagonal; the symmetric result copies it, not adds it
    for dtype in ("float32", "float64"):
        got = nd.linalg.potri(nd.array(np.eye(2), dtype=dtype)).asnumpy()
        assert got.tolist() == [[1, 0], [0, 1]]
        assert np.signbit(got).tolist() == [[False, True], [True, False]]


@pytest.mark.parametrize("op, words", [
    ("potrf", "Check failed: A.size(0) == A.size(1) (2 vs. 3) : No square matrix as input to potrf."),
    ("sumlogdiag", "Check failed: A.size(1) == A.size(2) (2 vs. 3) : sumlogdiag operator requires square matrices"),
])
def test_linalg_square_kernel_checks_in_a_graph_name_no_node(op, words):
    import distnet as mx
    s = getattr(mx.sym.linalg, op)(mx.sym.var("a"), name="n")
    ex = s.bind(mx.cpu(), {"a": nd.ones((2, 3))})
    with pytest.raises(MXNetError) as info:
        ex.forward()[0].asnumpy()
    assert message_of(info.value).startswith(words)


@pytest.mark.parametrize("op, shape, words", [
    ("potrf", (2, 3), "Check failed: A.size(0) == A.size(1) (2 vs. 3) : No square matrix as input to potrf."),
    ("potri", (2, 2, 3), "Check failed: A.size(0) == A.size(1) (2 vs. 3) : No square matrix as input to potri."),
    ("sumlogdiag", (2, 3), "Check failed: A.size(1) == A.size(2) (2 vs. 3) : sumlogdiag operator requires square"),
])
def test_linalg_kernel_square_checks_fail_on_reading_after_the_type_switch(op, shape, words):
    f = getattr(nd.linalg, op)
    y = f(nd.ones(shape))           # shapes infer: the kernel's check fails when the result is read
    assert y.shape == ((shape[:-2] or (1,)) if op == "sumlogdiag" else shape)
    with pytest.raises(MXNetError) as info:
        y.asnumpy()
    assert message_of(info.value).startswith(words)
    y = f(nd.ones(shape, dtype="int32"))        # the kernel's type switch comes first
    with pytest.raises(MXNetError, match="This operation only supports 32-bit and 64-bit floating point"):
        y.asnumpy()


@pytest.mark.parametrize("op", ["det", "slogdet"])
def test_linalg_determinants_infer_shapes_before_types(op):
    with pytest.raises(MXNetError, match=r"Check failed: in\[ndim-2\] == in\[ndim-1\] \(2 vs. 3\)"):
        getattr(nd.linalg, op)(nd.ones((2, 3), dtype="int8"))
    with pytest.raises(MXNetError, match=r"Check failed: dtype == kFloat32 \|\| dtype == kFloat64"):
        getattr(nd.linalg, op)(nd.ones((3, 3), dtype="int8"))


@pytest.mark.parametrize("op", ["potrf", "potri", "sumlogdiag"])
def test_linalg_kernel_square_check_under_autograd_keeps_the_error_with_the_result(op):
    import distnet as mx
    a = nd.ones((2, 3))
    a.attach_grad()
    with mx.autograd.record():
        y = getattr(nd.linalg, op)(a)
    y.backward()
    if op == "sumlogdiag":      # its backward reads no output: d/dA of sum(log(diag)) is 1/A on the diagonal
        assert a.grad.asnumpy().tolist() == [[1, 0, 0], [0, 1, 0]]
    with pytest.raises(MXNetError, match="square"):
        (a.grad if op != "sumlogdiag" else y).asnumpy()
    if op != "sumlogdiag":      # raised once; the output then holds the input MXNet copied into it
        assert y.asnumpy().tolist() == [[1, 1, 1], [1, 1, 1]]
