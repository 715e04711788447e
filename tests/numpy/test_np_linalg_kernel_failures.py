"""mx.np.linalg refusals that MXNet's kernels (not its shape or type inference) make surface when the result is
read; solve's shape checks and singular systems speak MXNet's and LAPACK's words."""
import numpy as onp
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np
FLOAT_WORDS = "This operation only supports 32-bit and 64-bit floating point"


pytestmark = pytest.mark.usefixtures("np_semantics")


def _fails_when_read(result, text):
    with pytest.raises(MXNetError) as e:
        result.asnumpy()
    assert message_of(e.value) == text


@pytest.mark.parametrize("fn, shape, dtype", [
    (fn, (2, 2), dtype) for fn in (np.linalg.inv, np.linalg.cholesky, np.linalg.pinv)
    for dtype in ("int32", "float16", "bool", "uint8")
    if not (fn is np.linalg.pinv and dtype == "float16")])     # (pinv's type inference refuses float16 at the call)
def test_other_types_fail_in_the_kernel(fn, shape, dtype):
    r = fn(np.ones(shape, dtype=dtype))
    assert r.shape == shape
    _fails_when_read(r, FLOAT_WORDS)


def test_svd_of_integers_fails_writing_its_first_output():
    ut, l, v = np.linalg.svd(np.ones((2, 3), dtype='int64'))
    assert (ut.shape, l.shape, v.shape) == ((2, 2), (2,), (2, 3))
    _fails_when_read(ut, FLOAT_WORDS)


def test_eigenvalues_of_bools_fail_in_the_type_switch():
    _fails_when_read(np.linalg.eigvalsh(np.ones((2, 2), dtype='bool')), "Unknown type enum 7")
    _fails_when_read(np.linalg.eig(np.ones((2, 2), dtype='bool'))[0], "Unknown type enum 7")


def test_cholesky_of_a_rectangle_fails_in_potrf():
    _fails_when_read(np.linalg.cholesky(np.ones((3, 2))),
                     "Check failed: A.size(0) == A.size(1) (3 vs. 2) : No square matrix as input to potrf.")


def test_inf_vector_norm_fails_when_read():
    r = np.linalg.norm(np.ones((2, 3)), ord=float('inf'), axis=1, keepdims=True)
    assert r.shape == (2, 1)
    _fails_when_read(r, "inf norm handled in front-end.")


def test_string_order_names_the_norm_call():
    with pytest.raises(MXNetError) as e:
        np.linalg.norm(np.ones((2, 3)), ord='bogus', axis=0)
    assert message_of(e.value) == ("Invalid Parameter format for ord expect double but value='bogus', in operator "
                            '_npi_norm(name="", flag="-1", keepdims="False", axis="(0,)", ord="bogus")')


@pytest.mark.parametrize("a, b, text", [
    ((3, 3), (2, 3), "Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 2] (3 vs. 2) : Input A's and "
                     "B's last second dimension must be equal"),
    ((3, 3), (4,), "Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 1] (3 vs. 4) : Input A's and "
                   "B's last dimension must be equal"),
    ((2, 3, 3), (3, 3), "Check failed: in_a_shape[i] == in_b_shape[i] (2 vs. 3) : A's and B's dimensions don't match"),
    ((3, 3), (3, 3, 1), "A's and B's dimensions don't match"),
])
def test_solve_shape_checks(a, b, text):
    with pytest.raises(MXNetError) as e:
        np.linalg.solve(np.eye(3) + np.ones(a), np.ones(b))
    assert message_of(e.value) == text


def test_singular_solve_names_the_zero_pivot_when_read():
    r = np.linalg.solve(np.array([[1., 2], [2, 4]]), np.ones(2))
    assert r.shape == (2,)
    _fails_when_read(r, "sgesv: Check failed: res <= 0 (2 vs. 0) : U(2, 2) is exactly zero. The factorization has "
                        "been completed,but the factor U is exactly singular, so the solution could not be computed.")
    r = np.linalg.solve(np.array([[0., 1], [0, 1]], dtype='float64'), np.ones(2, dtype='float64'))
    with pytest.raises(MXNetError, match=r"dgesv: Check failed: res <= 0 \(1 vs. 0\) : U\(1, 1\)"):
        r.asnumpy()


def test_tensorsolve_needs_a_square_shape():
    with pytest.raises(MXNetError) as e:
        np.linalg.tensorsolve(np.ones((6, 2, 3)), np.ones(6), (0, 1))
    assert message_of(e.value) == "Check failed: prod_front == prod_back (3 vs. 12) : a shape must be square."


def test_complex_eigenvalues_fail_when_read_naming_the_imaginary_part():
    # [[0, -1], [1, 0]] rotates by 90 degrees: eigenvalues +-i, imaginary magnitude 1
    w, v = np.linalg.eig(np.array([[0., -1.], [1., 0.]]))
    _fails_when_read(w, "Check failed: fabs(wi_ptr[i]) <= 1e-15 (1 vs. 1e-15) : Complex eigvals is unsupported in "
                        "linalg temporary.")
    assert v.asnumpy().tolist() == [[0, 0], [0, 0]]
    _fails_when_read(np.linalg.eigvals(np.array([[1., -2.], [2., 1.]])),
                     "Check failed: fabs(wi_ptr[i]) <= 1e-15 (2 vs. 1e-15) : Complex eigvals is unsupported in "
                     "linalg temporary.")


@pytest.mark.parametrize("ord_, keepdims, shape", [("nuc", False, (2,)), (2, True, (2, 1, 1)), (-2, False, (2,))])
def test_singular_value_norms_of_tall_matrices_fail_when_read(ord_, keepdims, shape):
    r = np.linalg.norm(np.ones((2, 3, 4)), ord=ord_, axis=(-1, -2), keepdims=keepdims)
    assert r.shape == shape
    _fails_when_read(r, "Check failed: V.size(0) <= V.size(1) (4 vs. 3) : The second to last dimension of A must "
                        "be less or equal to the last dimension")


def test_svd_of_tall_matrices_is_refused_in_its_shape_words():
    with pytest.raises(MXNetError) as e:
        np.linalg.svd(np.ones((4, 2)))
    assert message_of(e.value) == ("Check failed: in_a[ndim - 2] <= in_a[ndim - 1] (4 vs. 2) : Input A shape wrong: The "
                            "second to last dimension must be less than orequal to the last dimension")


@pytest.mark.parametrize("fn, b_shape", [(np.linalg.solve, (3, 3)), (np.linalg.tensorsolve, (3,))])
def test_boolean_systems_fail_in_the_type_switch_when_read(fn, b_shape):
    r = fn(np.ones((3, 3), dtype=bool), np.ones(b_shape, dtype=bool))
    assert (r.shape, r.dtype) == (b_shape, onp.float64)
    _fails_when_read(r, "Unknown type enum 7")
    with pytest.raises(MXNetError, match="Input A's last two dimension must be equal"):    # shapes checked first
        np.linalg.solve(np.ones((3, 2), dtype=bool), np.ones((3, 3), dtype=bool))


def test_tensorinv_of_an_empty_map_is_refused():
    with pytest.raises(MXNetError) as e:
        np.linalg.tensorinv(np.zeros((2, 0, 0)), ind=2)
    assert message_of(e.value) == "Check failed: prod_back > 0 (0 vs. 0) : can not reshape array of size 0 into shape"


def _solve_gradients(a_shape, b_shape):
    a = np.array(onp.eye(a_shape[-1]) * 2 + onp.zeros(a_shape), dtype="float32")
    b = np.ones(b_shape)
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        y = np.linalg.solve(a, b)
    y.backward()
    return a.grad, b.grad


@pytest.mark.parametrize("a_shape, b_shape, text", [
    ((4, 4), (4,), "Check failed: (tA ? A.size(1) : A.size(0)) == C.size(0) (4 vs. 1) : Non compatible matrix "
                   "dimensions between inputs A and C for gemm"),
    ((2, 3, 3), (2, 3), "Check failed: A == B (2 vs. 1) : Inconsistent batch size between arguments to linear "
                        "algebra operator")])
def test_solve_gradient_of_a_vector_right_hand_side_fails_when_read(a_shape, b_shape, text):
    da, db = _solve_gradients(a_shape, b_shape)
    _fails_when_read(da, text)
    assert not db.asnumpy().any()        # the failed backward's other gradient, read afterwards


def test_solve_gradient_of_a_one_element_vector():
    # x = b / a: dx/da = -b / a^2, dx/db = 1 / a
    da, db = _solve_gradients((1, 1), (1,))
    assert da.asnumpy().tolist() == [[-0.25]] and db.asnumpy().tolist() == [0.5]


def test_pinv_rcond_array_must_broadcast_against_the_stack():
    with pytest.raises(MXNetError) as e:
        np.linalg.pinv(np.ones((2, 2, 3)), rcond=np.array([0.1, 0.2, 0.3]))
    assert message_of(e.value) == ("Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes "
                            "[3,1] [2,1]")


def test_symbolic_linalg_lacks_what_mxnets_lacks():
    for name in ("qr", "lstsq", "cond", "matrix_rank", "multi_dot", "matrix_power"):
        with pytest.raises(AttributeError) as e:
            getattr(mx.sym.np.linalg, name)
        assert message_of(e.value) == f"module 'mxnet.symbol.numpy.linalg' has no attribute '{name}'"


def test_solve_gradient_of_a_stack_of_one_speaks_of_its_gemm():
    da, _ = _solve_gradients((1, 2, 2), (1, 2))
    _fails_when_read(da, "Check failed: (tA ? A.size(1) : A.size(0)) == C.size(0) (2 vs. 1) : Non compatible matrix "
                         "dimensions between inputs A and C for gemm")


def test_pinv_rcond_array_widening_the_stack_is_refused():
    with pytest.raises(MXNetError) as e:
        np.linalg.pinv(np.ones((2, 2, 3)), rcond=np.array([[0.1], [0.2]]))
    assert message_of(e.value) == ("Error: non-broadcastable output operand with shape [2,2] doesn't match the broadcast "
                            "shape [2,2,2]")


@pytest.mark.parametrize("dtype, text", [
    ("float16", "Matrix +/- 2-norm does not support float 16 due to SVD implementation."),
    ("int32", FLOAT_WORDS)])
@pytest.mark.parametrize("axis", [None, (1, 0)])        # (the type refused before a tall shape)
def test_singular_value_norms_of_other_types_fail_when_read(dtype, text, axis):
    for ord_ in ("nuc", 2, -2):
        r = np.linalg.norm(np.ones((3, 4), dtype=dtype), ord=ord_, axis=axis)
        assert (r.shape, r.dtype) == ((), onp.dtype(dtype))
        _fails_when_read(r, text)


@pytest.mark.parametrize("ord_, axis, text", [
    ("nuc", (1, 0), "Check failed: V.size(0) <= V.size(1) (4 vs. 3) : The second to last dimension of A must be "
                    "less or equal to the last dimension"),
    (float("inf"), 1, "inf norm handled in front-end."), (-float("inf"), 0, "-inf norm handled in front-end.")])
def test_gradients_of_refused_norms_fail_when_read(ord_, axis, text):
    x = np.ones((3, 4))
    x.attach_grad()
    with mx.autograd.record():
        y = np.linalg.norm(x, ord=ord_, axis=axis)
    y.backward()
    assert x.grad.shape == (3, 4)
    _fails_when_read(x.grad, text)


def test_float32_eigenvectors_are_signed_as_lapacks_single_precision_geev():
    # MXNet 1.9.1 runs sgeev on float32 matrices; its eigenvector signs (recorded) differ from double precision's
    rs = onp.random.RandomState(5)
    m = rs.uniform(-1, 1, (3, 3))
    m = (m @ m.T + 3 * onp.eye(3)).round(3)
    w, v = np.linalg.eig(np.array(m, dtype="float32"))
    assert [round(float(x), 4) for x in w.asnumpy()] == [4.6753, 3.6357, 3.092]
    assert onp.sign(v.asnumpy()).astype(int).ravel().tolist() == [1, -1, -1, -1, -1, -1, -1, -1, 1]
    onp.testing.assert_allclose(m @ v.asnumpy(), v.asnumpy() * w.asnumpy(), atol=1e-4)


X = [[1., -2., 3.], [4., 5., -7.]]     # row sums of magnitudes 6 and 16, column sums 5, 7 and 10


@pytest.mark.parametrize("ord_, expect", [(-0.5, 6.0), (-3.0, 6.0), (float("nan"), 6.0), (0.5, 16.0), (3.0, 16.0),
                                          ("-3", 6.0), ("1.5f", 16.0), ("e", 6.0), (" 1", 10.0), ("+inf", 16.0)])
def test_other_matrix_norm_orders_take_row_sums_as_mxnet(ord_, expect):
    # MXNet's operator: the largest row sum for a positive order, the smallest for 0, nan and negative ones; a text
    # order is read by dmlc's number parser (' 1' is the column-sum 1-norm)
    assert float(np.linalg.norm(np.array(X), ord=ord_)) == expect


@pytest.mark.parametrize("ord_", [2.0, -2.0, "2", "-2"])
def test_float_or_text_two_norms_are_singular_value_norms(ord_):
    s = onp.linalg.svd(onp.array(X), compute_uv=False)
    got = float(np.linalg.norm(np.array(X), ord=ord_))
    assert abs(got - (s[0] if float(ord_) > 0 else s[-1])) < 1e-4


@pytest.mark.parametrize("text, rest", [("fro2", "ro2"), ("1x", "x"), ("inf2", "2"), ("2 ", " "), ("0x10", "x10")])
def test_text_orders_with_trailing_characters_are_refused(text, rest):
    with pytest.raises(MXNetError) as e:
        np.linalg.norm(np.array(X), ord=text)
    assert message_of(e.value) == (f"Some trailing characters could not be parsed: '{rest}', in operator _npi_norm("
                            f'name="", flag="-1", keepdims="False", axis="None", ord="{text}")')
