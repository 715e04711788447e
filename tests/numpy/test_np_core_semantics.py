"""mx.np: MXNet's result dtypes, indexing, random streams and errors (values measured on MXNet 1.9.1),
and gradients of the differentiable functions against finite differences (float64)."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np


@pytest.fixture
def np_shape(monkeypatch):
    """NumPy shape semantics on (0-d results of integer indexing), as after ``npx.set_np()``."""
    npx = getattr(mx, "npx", None)
    if npx is not None and hasattr(npx, "set_np"):
        npx.set_np()
        yield
        npx.reset_np()
    else:
        monkeypatch.setattr(mx.util, "is_np_shape", lambda: True)
        yield


def test_array_class_and_conversions():
    a = np.array([[1, 2], [3, 4]])
    assert type(a) is np.ndarray and isinstance(a, mx.nd.NDArray)
    assert a.dtype == onp.float32 and repr(a) == "array([[1., 2.],\n       [3., 4.]])"
    nd = a.as_nd_ndarray()
    assert type(nd) is mx.nd.NDArray
    nd[0, 0] = 7                        # zero-copy
    assert a.tolist() == [[7.0, 2.0], [3.0, 4.0]]
    assert type(mx.nd.ones((2,)).as_np_ndarray()) is np.ndarray
    with pytest.raises(ValueError):
        np.array(mx.nd.ones((2,)))
    with pytest.raises(AttributeError):
        a.asscalar()
    assert repr(np.array([1, 2], dtype="int32") > 1) == "array([False,  True])"


@pytest.mark.parametrize("lhs, rhs, expected", [
    ("int32", "float32", "float32"), ("int32", "float64", "float64"), ("int32", "int64", "int64"),
    ("int8", "uint8", "int32"), ("float16", "float32", "float32"), ("bool", "int8", "int8"),
    ("int64", "float16", "float16"), ("bool", "bool", "bool")])
def test_binary_result_dtype(lhs, rhs, expected):
    r = np.ones((2,), dtype=lhs) + np.ones((2,), dtype=rhs)
    assert r.dtype == onp.dtype(expected)


def test_scalar_operands_and_division():
    i = np.array([-3, 2], dtype="int32")
    assert (i + 1.5).tolist() == [-2, 3] and (i + 1.5).dtype == onp.int32    # scalar cast first
    assert (i / 2).dtype == onp.float32 and (i / 2).tolist() == [-1.5, 1.0]
    b = np.array([True, False], dtype=bool)
    assert (b * 2.5).dtype == onp.int64 and (b * 2.5).tolist() == [2, 0]
    with pytest.raises(TypeError):
        np.array([1.0]) + [1]
    with pytest.raises(mx.MXNetError):
        np.maximum(np.ones(2), np.ones(2, dtype="float64"))
    with pytest.raises(mx.MXNetError):
        np.sqrt(b).asnumpy()      # MXNet infers a bool result; its kernel fails on reading


def test_unary_on_integers_keeps_dtype():
    i = np.array([1, -2, 3], dtype="int32")
    assert np.exp(i).tolist() == [2, 0, 20] and np.exp(i).dtype == onp.int32
    assert np.degrees(i).tolist() == [57, -114, 171]
    assert np.round(np.array([0.5, 1.5, 2.5, -0.5])).tolist() == [0.0, 2.0, 2.0, 0.0]


def test_reduction_dtypes_and_shapes():
    i = np.array([1, -2, 3], dtype="int32")
    b = np.array([1, 0, 1], dtype=bool)
    assert np.sum(i).shape == () and np.sum(i).dtype == onp.int32
    assert np.sum(b).dtype == onp.int64 and np.sum(b).item() == 2
    assert np.mean(i).dtype == onp.float32 and abs(np.mean(i).item() - 0.6666667) < 1e-6
    assert np.std(i).dtype == onp.int32 and np.std(i).item() == 2
    assert np.argmax(i).dtype == onp.int64 and np.count_nonzero(i) == 3
    assert np.cumsum(b).tolist() == [1, 1, 2]


def test_indexing(np_shape):
    x = np.arange(12).reshape(3, 4)
    assert x[1, 2].shape == () and x[1, 2].item() == 6.0
    assert x[x > 9].tolist() == [10.0, 11.0]
    assert x[np.array([0, 2]), np.array([1, 3])].tolist() == [1.0, 11.0]
    # a float32 "mask" indexes by position, as in MXNet
    assert x[np.array([True, False, True])].tolist()[0] == [4.0, 5.0, 6.0, 7.0]
    with pytest.raises(IndexError):
        x[5]
    y = np.zeros((2, 3))
    y[y == 0] = 2
    y[:, 0] = np.array([5, 6])
    assert y.tolist() == [[5.0, 2.0, 2.0], [6.0, 2.0, 2.0]]


def test_integer_index_without_numpy_shape_keeps_one_axis():
    assert np.array([1, 2])[0].shape == (1,)
    with pytest.raises(mx.MXNetError):
        np.zeros(())


def _grad(fn, *arrays):
    for a in arrays:
        a.attach_grad()
    with mx.autograd.record():
        out = fn(*arrays)
        total = (out * np.array(onp.linspace(0.5, 1.5, out.size).reshape(out.shape))).sum()
    total.backward()
    return [a.grad.asnumpy() for a in arrays]


def _numeric(fn, *arrays, eps=1e-6):
    values = [a.asnumpy() for a in arrays]
    grads = []
    for k, v in enumerate(values):
        g = onp.zeros_like(v)
        for idx in onp.ndindex(v.shape):
            def f(delta):
                vs = [x.copy() for x in values]
                vs[k][idx] += delta
                out = fn(*[np.array(x, dtype="float64") for x in vs]).asnumpy()
                return (out * onp.linspace(0.5, 1.5, out.size).reshape(out.shape)).sum()
            g[idx] = (f(eps) - f(-eps)) / (2 * eps)
        grads.append(g)
    return grads


@pytest.mark.parametrize("fn, shapes", [
    (lambda a: np.sum(a * a, axis=0), [(2, 3)]),
    (lambda a: np.mean(a, axis=1, keepdims=True), [(2, 3)]),
    (lambda a: np.prod(a), [(2, 2)]),
    (lambda a: np.max(a, axis=0), [(3, 2)]),
    (lambda a: np.min(a, axis=1, keepdims=True), [(3, 2)]),
    (lambda a: np.cumsum(a, axis=1), [(2, 3)]),
    (lambda a: np.diff(a * a, n=2, axis=1), [(2, 4)]),
    (lambda a: np.ediff1d(a * a) * np.arange(4, dtype="float64"), [(5,)]),
    (lambda a, b: np.dot(a, b), [(2, 3), (3, 2)]),
    (lambda a, b: np.matmul(a, b), [(2, 2, 3), (3, 2)]),
    (lambda a, b: np.einsum("ij,jk->ik", a, b), [(2, 3), (3, 2)]),
    (lambda a: np.einsum("ii->", a), [(3, 3)]),
    (lambda a, b: np.tensordot(a, b, axes=([0], [1])), [(2, 3), (4, 2)]),
    (lambda a: np.transpose(a)[::-1] * 2, [(2, 3)]),
    (lambda a, b: np.concatenate([a, b], axis=1), [(2, 2), (2, 1)]),
    (lambda a: np.stack(np.split(a, 2, axis=1)), [(2, 4)]),
    (lambda a: np.tile(np.roll(a, 1), 2), [(3,)]),
    (lambda a: np.pad(a, ((1, 0), (0, 2))), [(2, 2)]),
    (lambda a: np.broadcast_to(a, (2, 3)) * np.arange(6, dtype="float64").reshape(2, 3), [(3,)]),
    (lambda a: a[np.array([0, 0, 2])] * 3, [(3,)]),
    (lambda a: np.where(a > 0.5, a, a * a), [(2, 3)]),
    (lambda a: np.sort(a, axis=1), [(2, 3)]),
    (lambda a: np.tril(a) + np.diag(np.diagonal(a)), [(3, 3)]),
    (lambda a: np.diagflat(a, -1) * np.arange(25, dtype="float64").reshape(5, 5), [(2, 2)]),
    (lambda a: np.linalg.inv(a + np.eye(2, dtype="float64") * 3), [(2, 2)]),
    (lambda a: np.linalg.norm(a), [(2, 3)]),
    (lambda a: np.linalg.det(a + np.eye(3, dtype="float64")), [(2, 3, 3)]),
    (lambda a: np.linalg.slogdet(a + np.eye(3, dtype="float64"))[1], [(3, 3)]),
    (lambda a: np.exp(a) / np.sqrt(a + 1) - np.tanh(a), [(2, 2)]),
    (lambda a, b: np.arctan2(a, b) + np.ldexp(a, b) * np.copysign(b, a - 0.5), [(2, 2), (2,)]),
    (lambda a, b: a ** b - np.maximum(a, b), [(2, 2), (2, 2)]),
])
def test_gradients_match_finite_differences(fn, shapes, np_shape):
    rng = onp.random.RandomState(0)
    arrays = [np.array(rng.uniform(0.1, 1.0, s), dtype="float64") for s in shapes]
    got = _grad(fn, *arrays)
    want = _numeric(fn, *arrays)
    for g, w in zip(got, want):
        onp.testing.assert_allclose(g, w, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("mode", ["edge", "reflect", "symmetric", "maximum", "minimum"])
def test_pad_gradient_has_the_constant_mode_only_as_mxnet(mode, np_shape):
    x = np.ones((2, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = np.pad(x, ((1, 0), (0, 2)), mode=mode)
    y.backward()        # the backward kernel's error surfaces when the gradient is read
    with pytest.raises(mx.base.MXNetError, match="Other modes are not supported. $"):
        x.grad.asnumpy()


def test_gradient_through_nd_view_matches_mxnet():
    x = np.array([1.0, 2.0])
    x.attach_grad()
    with mx.autograd.record():
        z = (x.as_nd_ndarray() * 2).as_np_ndarray().sum()
    z.backward()
    assert type(x.grad) is np.ndarray and x.grad.tolist() == [2.0, 2.0]


def test_random_streams_match_mxnet():
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.uniform(size=3).asnumpy(), [0.5488135, 0.5928446, 0.71518934], rtol=1e-6)
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.normal(size=3).asnumpy(), [2.2122064, 1.1630787, 0.7740038], rtol=1e-6)
    mx.random.seed(0)
    assert np.random.randint(0, 10, size=5).tolist() == [1, 4, 3, 9, 9]
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.exponential(size=3).asnumpy(), [0.59999657, 0.522823, 0.33520797],
                                rtol=1e-6)
    mx.random.seed(0)
    x = np.arange(5)
    np.random.shuffle(x)
    assert x.tolist() == [0.0, 2.0, 3.0, 1.0, 4.0]
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.uniform(size=3, dtype="float64").asnumpy(),
                                [0.54881352, 0.59284461, 0.71518934], rtol=1e-7)


def test_random_streams_past_one_generator_state_match_mxnet():
    """Long draws come from the sequential engine (one stream), not the parallel states of nd.random."""
    mx.random.seed(3)
    assert abs(np.random.uniform(size=(1000,)).sum().item() - 501.72235) < 1e-3
    mx.random.seed(3)
    onp.testing.assert_allclose(np.random.normal(size=(2000,))[1997:].asnumpy(), [-0.55843925, -1.0574493, -1.8566383],
                                rtol=1e-6)
    mx.random.seed(0)
    np.random.exponential(size=2)       # the same stream: uniform continues after it
    onp.testing.assert_allclose(np.random.uniform(size=2).asnumpy(), [0.71518934, 0.84426576], rtol=1e-6)
    mx.random.seed(0)
    np.random.randint(0, 10, size=3)    # randint draws from the parallel states: uniform starts over
    onp.testing.assert_allclose(np.random.uniform(size=2).asnumpy(), [0.5488135, 0.5928446], rtol=1e-6)


def test_gamma_family_matches_mxnet():
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.gamma(2.0, size=3).asnumpy(), [1.3180723, 1.4530704, 1.5560241], rtol=1e-6)
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.gamma(0.5, size=3).asnumpy(), [0.62680876, 0.7103246, 0.1587578], rtol=1e-6)
    mx.random.seed(0)
    onp.testing.assert_allclose(np.random.beta(2.0, 3.0, size=3).asnumpy(), [0.18761526, 0.16277348, 0.29152876],
                                rtol=1e-6)
    mx.random.seed(0)
    assert np.random.multinomial(5, [0.2, 0.8], size=3).tolist() == [[0, 5], [1, 4], [0, 5]]
    mx.random.seed(0)
    assert np.random.choice(5, 3, replace=False).tolist() == [3, 1, 2]


def test_numpy_fallback_functions_return_np_arrays():
    x = np.array([1.0, 3.0, 2.0])
    d = np.diff(x)
    assert type(d) is np.ndarray and d.tolist() == [2.0, -1.0]
    assert np.float_power(x, 2).dtype == onp.float64          # NumPy's dtype, as MXNet's fallback keeps it
    p = np.percentile(x, 50)
    assert type(p) is np.ndarray and p.shape == () and p.dtype == onp.float32 and p.item() == 2.0
    assert np.allclose(x, x) is True


def test_out_arguments_and_in_place_operators(np_shape):
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    b = np.zeros((2, 2))
    assert np.add(a, a, out=b) is b and b.tolist() == [[2.0, 4.0], [6.0, 8.0]]
    i = np.array([5, 6, 7], dtype="int32")
    i += 1.7                                  # the scalar is cast to int32 first, as in MXNet
    assert i.tolist() == [6, 7, 8] and i.dtype == onp.int32
    with pytest.raises(mx.MXNetError, match="Type inconsistent"):
        i /= 2                                # int32 / 2 is float32: MXNet refuses to write it into int32
    assert (np.array(2.0) + 1).dtype == onp.float32          # a 0-d float32 array stays float32


def test_mixing_with_legacy_arrays_and_numpy_ufuncs():
    a = np.ones((2, 2))
    with pytest.raises(TypeError):
        a + mx.nd.ones((2, 2))
    with pytest.raises(TypeError):
        mx.nd.ones((2, 2)) + a
    r = onp.add(a, 1)                         # a NumPy ufunc runs the mx.np function
    assert type(r) is np.ndarray and r.tolist() == [[2.0, 2.0], [2.0, 2.0]]
    c = onp.concatenate([a, a])               # and so does a NumPy function MXNet dispatches
    assert type(c) is np.ndarray and c.shape == (4, 2)
    assert type(onp.linalg.norm(a)) is np.ndarray


def test_creation_details_match_mxnet():
    assert np.arange(0, 1, 0.1).asnumpy()[-1] == onp.float32(0.90000004)     # start + i * step in float32
    with pytest.raises(mx.MXNetError):
        np.zeros((2,), dtype="int16")
    with pytest.raises(KeyError):
        np.array([1, 2], dtype="complex64")
    with pytest.raises(TypeError):
        np.array([[1, 2], [3]])
    with pytest.raises(NotImplementedError):
        np.empty((2,), order="F")
    with pytest.raises(mx.MXNetError):                  # zero-size inputs need NumPy shape semantics
        np.prod(np.array([1.0, 2.0])[:0])
    with mx.util.np_shape(True):
        assert np.prod(np.array([1.0, 2.0])[:0]).item() == 0.0               # MXNet's empty product
    assert isinstance(np.average(np.ones((2, 2)), weights=np.ones((2, 2)), returned=True), list)


def test_linalg_conventions_match_mxnet(np_shape):
    a = np.array([[4.0, 1.0], [1.0, 3.0]])
    assert np.linalg.det(a).shape == () and np.linalg.det(a).item() == onp.float32(11.000001)   # sign * exp(logdet)
    sign, logdet = np.linalg.slogdet(a)
    assert sign.item() == 1.0 and abs(logdet.item() - 2.3978953) < 1e-6
    ut, l, v = np.linalg.svd(a)                      # each row of v: its largest element positive
    onp.testing.assert_allclose(v.asnumpy(), [[0.85065085, 0.52573115], [-0.5257312, 0.8506507]], atol=1e-6)
    onp.testing.assert_allclose(ut.asnumpy(), [[0.8506507, -0.52573115], [0.52573115, 0.8506507]], atol=1e-6)
    w, u = np.linalg.eigh(a)
    onp.testing.assert_allclose(u.asnumpy(), [[-0.52573115, 0.85065085], [0.85065085, 0.52573115]], atol=1e-6)
    with pytest.raises(mx.MXNetError):
        np.linalg.norm(np.array([1.0, 2.0]), onp.inf).wait_to_read()       # MXNet 1.9.1 refuses the inf norm
    with pytest.raises(mx.MXNetError):
        np.dot(np.ones((2,), dtype="int32"), np.ones((2,), dtype="int32")).wait_to_read()     # its kernel refuses
    assert np.linalg.matrix_rank(a) == 2


def test_det_without_numpy_shape_has_one_axis():
    assert np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]])).shape == (1,)


def test_std_and_var_pass_no_gradient_as_mxnet(np_shape):
    x = np.array([[1.0, 2.0, 4.0]])
    x.attach_grad()
    with mx.autograd.record():
        y = np.std(x) + np.var(x, axis=1).sum()
    y.backward()
    assert x.grad.tolist() == [[0.0, 0.0, 0.0]]


def test_reduction_quirks_of_mxnet():
    i = np.arange(6, dtype="int32").reshape(2, 3)
    assert i.var().item() == 3               # the int mean (2) and variance (19 / 6) are truncated, as in MXNet
    with mx.util.np_shape(True):
        assert np.mean(np.zeros((4,))[:0]).item() == 0.0
    with pytest.raises(mx.MXNetError):
        np.cumsum(i, axis=-1).asnumpy()      # MXNet 1.9.1 refuses a negative cumsum axis (when read)
    with pytest.raises(AssertionError):
        np.sum([1, 2])


def _fixed_floats():
    rs = onp.random.RandomState(0)
    return (rs.uniform(-3, 3, size=200).astype("float32"), rs.uniform(0.01, 5, size=200).astype("float32"))


def test_float_sums_and_products_follow_mxnet_bits():
    """Values measured on MXNet 1.9.1: sum/mean Kahan-sum in float32, einsum accumulates in double,
    dot/matmul of matrices run MXNet's GEMM order."""
    x, p = (np.array(v) for v in _fixed_floats())
    assert np.sum(x).item() == onp.float32(0.52535975)
    assert repr(np.mean(x)) == "array(0.0026268)"
    onp.testing.assert_array_equal(np.sum(x.reshape(20, 10), axis=0)[:3].asnumpy(),
                                   onp.array([3.485913, -0.14873886, 2.481248], onp.float32))
    a, b = x.reshape(10, 20), p.reshape(20, 10)
    wide = (a.asnumpy().astype(onp.float64) @ b.asnumpy().astype(onp.float64)).astype(onp.float32)
    onp.testing.assert_array_equal(np.einsum("ij,jk->ik", a, b).asnumpy(), wide)
    onp.testing.assert_array_equal(np.dot(a, b).asnumpy(), mx.nd.dot(a.as_nd_ndarray(), b.as_nd_ndarray()).asnumpy())


def test_zero_dim_results_of_shape_functions(np_shape):
    assert np.squeeze(np.ones((1, 1))).shape == ()
    assert np.dot(np.ones((3,)), np.ones((3,))).shape == ()


def test_half_rint_and_double_radians_match_mxnet():
    assert str(np.rint(np.array([-0.4998], dtype="float16")).item()) == "-0.0"     # the fraction compared in float
    r = np.radians(np.array([1.2345678901234], dtype="float64")).item()
    assert r == 1.2345678901234 * float(onp.float32(onp.pi / 180))              # MXNet's float constant


def test_random_parameter_errors_as_mxnet():
    with pytest.raises(ValueError):         # the kernel's checks: raised when the samples are read
        np.random.normal(0, -1, size=2).asnumpy()
    with pytest.raises(ValueError):
        np.random.weibull(0).asnumpy()
    with pytest.raises(mx.MXNetError):
        np.random.multinomial(3, [0.9, 0.9]).asnumpy()     # every cumulative probability must stay <= 1
    with pytest.raises(mx.MXNetError):
        np.random.choice(3, 5, replace=False).asnumpy()     # (MXNet's allocation fails when it is read)
    mx.random.seed(1)
    onp.testing.assert_allclose(np.random.exponential(np.array([1.0, 2.0])).asnumpy(), [0.6465817, 5.8003473],
                                rtol=1e-6)


def test_views_and_copies_as_mxnet():
    x = np.arange(12).reshape(3, 4)
    x.reshape(-1)[0] = 77                  # reshape makes a new array in MXNet's np
    x[1:][0, 0] = -9                       # a basic slice is a view
    assert x[0, 0].item() == 0 and x[1, 0].item() == -9
    with pytest.raises(mx.MXNetError):
        x[1] = np.ones((2, 4))


def test_without_numpy_shape_operators_refuse_0d_arrays():
    s = np.sum(np.array([1.0, 2.0]))                 # a full reduction still gives shape ()
    assert s.shape == () and s.item() == 3.0 and s[()].shape == ()
    for bad in (lambda: s + 1, lambda: np.sqrt(s), lambda: np.array([1.0]) * s, lambda: np.mean(s)):
        with pytest.raises(mx.MXNetError):
            bad()
    assert np.where(np.array([1.0, 0.0]) > 0.5, np.array([1.0, 2.0]), np.array(0.0)).tolist() == [1.0, 0.0]


def test_round_with_decimals_scales_step_by_step_as_mxnet():
    r = np.round(np.array([0.292881, -0.4580712]), 2).asnumpy()       # x*10*10, rint, /10/10 in float32
    onp.testing.assert_array_equal(r, onp.array([0.29000002, -0.45999998], onp.float32))


def test_norm_follows_mxnet_scaled_reducer():
    x, _ = _fixed_floats()
    assert np.linalg.norm(np.array(x)).item() == onp.float32(24.090908)
    m = np.array((onp.arange(1, 5).reshape(2, 2) / 7.0).astype("float32"))
    assert np.linalg.norm(m).item() == onp.float32(0.78246087)
    onp.testing.assert_allclose(np.linalg.norm(m, axis=1).asnumpy(), onp.linalg.norm(m.asnumpy(), axis=1), rtol=1e-6)
