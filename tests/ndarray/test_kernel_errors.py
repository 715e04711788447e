"""Errors found in an operator's kernel surface as MXNet 1.9.1's engine surfaces them (measured there):
not at the call but at the first read or waitall, once; they flow to everything computed from the
failed result, and to every later sampler until raised."""
import numpy as np
import pytest

import distnet as mx
from distnet import gluon, nd
from distnet.base import MXNetError, message_of

GAUSSIAN = "Check failed: param.scale > 0 (-1 vs. 0) : scale parameter in gaussian has to be positive"


@pytest.fixture(autouse=True)
def _no_error_left():
    yield
    try:                 # a test that fails midway must not hand its error to the next one
        nd.waitall()
    except MXNetError:
        pass


def _raises(read, message=GAUSSIAN):
    with pytest.raises(MXNetError) as info:
        read()
    assert message_of(info.value) == message


def test_error_waits_for_the_first_read_then_is_gone():
    a = nd.random.normal(0, -1, (2, 2))
    assert a.shape == (2, 2) and a.dtype == np.float32 and a.size == 4 and len(a) == 2
    assert a[0].shape == (2,)                       # slicing does not read
    _raises(a.asnumpy)
    assert a.asnumpy().shape == (2, 2)              # raised once: the (meaningless) data reads now
    nd.waitall()


def test_waitall_raises_the_error_once():
    a = nd.random.normal(0, -1, (2, 2))
    _raises(nd.waitall)
    nd.waitall()
    assert a.asnumpy().shape == (2, 2)


def test_print_and_asscalar_read():
    _raises(lambda: repr(nd.random.normal(0, -1, (2, 2))))
    _raises(lambda: nd.random.normal(0, -1, (2, 2)).sum().asscalar())


def test_results_computed_from_a_failed_array_carry_its_error():
    a = nd.random.normal(0, -1, (2, 2))
    b = a + 1
    c = nd.dot(b, b)
    d, e = a.copy(), a.astype("float64")
    assert (c.shape, e.dtype) == ((2, 2), np.float64)
    _raises(c.asnumpy)
    for x in (a, b, d, e):                 # one error, shared: raised once for all of them
        x.asnumpy()
    nd.waitall()


def test_rows_of_a_failed_array_share_its_error():
    # MXNet's test_exc_post_fail: iterating does not raise; the first row read does, the next do not
    first, second = nd.random.normal(0, -1, (2, 2)).copyto(mx.cpu())
    _raises(first.asnumpy)
    assert second.asnumpy().shape == (2,)


def test_later_samplers_inherit_the_error_and_draw_nothing():
    mx.random.seed(1)
    expected = nd.random.uniform(shape=(3,)).asnumpy()
    mx.random.seed(1)
    nd.random.normal(0, -1, (2, 2))
    inherited = nd.random.uniform(2, 1, shape=(3,))     # its own error never shows: it did not run
    plain = nd.ones((2,)) * 3                           # no random numbers: unaffected
    _raises(inherited.asnumpy)
    assert plain.asnumpy().tolist() == [3.0, 3.0]
    np.testing.assert_array_equal(nd.random.uniform(shape=(3,)).asnumpy(), expected)
    nd.waitall()


def test_dropout_holds_the_random_resource_even_when_predicting():
    nd.random.normal(0, -1, (2,))
    _raises(nd.Dropout(nd.ones((2,)), p=0.5).asnumpy)


def test_writes_and_attach_grad_do_not_read():
    a = nd.random.normal(0, -1, (2, 2))
    a.attach_grad()
    a[:] = 1
    _raises(a.asnumpy)


def test_out_target_carries_the_error():
    a = nd.random.normal(0, -1, (2, 2))
    target = nd.zeros((2, 2))
    nd.elemwise_add(a, a, out=target)
    _raises(target.asnumpy)


def test_gluon_forward_on_a_failed_input_fails_at_wait_to_read():
    net = gluon.nn.Sequential()
    net.add(gluon.nn.Dense(4, activation="tanh", in_units=3), gluon.nn.Dropout(1), gluon.nn.Dense(2, in_units=4))
    net.initialize()
    z = net(nd.random.normal(10, -10, (5, 3)))
    assert z.shape == (5, 2)
    _raises(z.wait_to_read, GAUSSIAN.replace("(-1 vs", "(-10 vs"))


@pytest.mark.parametrize("make, message", [
    (lambda: nd.random.uniform(2, 1, shape=(2,)),
     "Check failed: param.high >= param.low (1 vs. 2) : low must be less or equal to high in uniform distribution"),
    (lambda: nd.random.normal(0, -1e-7, shape=(2,)),
     "Check failed: param.scale > 0 (-1e-07 vs. 0) : scale parameter in gaussian has to be positive"),
    (lambda: nd.random.normal(0, -123456789, shape=(2,)),
     "Check failed: param.scale > 0 (-1.23457e+08 vs. 0) : scale parameter in gaussian has to be positive"),
    (lambda: nd.random.exponential(-1, shape=(2,)),
     "Check failed: param.lam > 0 (-1 vs. 0) : lambda parameter in exponential distribution has to be positive"),
    (lambda: nd.random.gamma(1, -1, shape=(2,)),
     "Check failed: param.beta > 0 (-1 vs. 0) : beta parameter in gamma distribution has to be positive"),
    (lambda: nd.random.poisson(-1, shape=(2,)),
     "Check failed: param.lam >= 0 (-1 vs. 0) : lambda parameter in poisson distribution has to be non-negative"),
    (lambda: nd.random.negative_binomial(1, -0.5, shape=(2,)),
     "Check failed: param.p >= 0 (-0.5 vs. 0) : p parameter in negative binomial distribution has to be "
     "non-negative"),
    (lambda: nd.random.generalized_negative_binomial(-1, 0.5, shape=(2,)),
     "Check failed: param.mu >= 0 (-1 vs. 0) : mu parameter in generalized negative binomial distribution has to "
     "be non-negative"),
    (lambda: nd.random.randint(5, 2, shape=(2,)),
     "Check failed: param.high >= param.low (2 vs. 5) : low must be less or equal to high in uniform distribution"),
    (lambda: nd.random.normal_like(nd.ones((2,)), 0, -1), GAUSSIAN),
])
def test_sampler_parameter_checks_read_as_mxnet(make, message):
    result = make()
    assert result.shape == (2,)
    _raises(result.asnumpy, message)


POTRF = ("Check failed: ret == 0 ({} vs. 0) : {}potrf failed in lapack on cpu. This may happen when the input "
         "matrix is either not symmetric or not positive definite.")


@pytest.mark.parametrize("matrix, dtype, message", [
    ([[1.0, 2], [2, 1]], "float32", POTRF.format(2, "s")),
    ([[1.0, 2], [2, 1]], "float64", POTRF.format(2, "d")),
    ([[1.0, 0, 0], [0, 1, 0], [0, 0, -1]], "float32", POTRF.format(3, "s")),
    ([[[1.0, 0], [0, 1]], [[1.0, 2], [2, 1]]], "float32", POTRF.format(2, "s")),
])
def test_cholesky_failure_reports_lapack_info(matrix, dtype, message):
    factor = nd.linalg.potrf(nd.array(matrix, dtype=dtype))
    assert factor.shape == np.shape(matrix)
    _raises(factor.asnumpy, message)


def test_potri_and_inverse_of_singular_matrices_fail_on_reading():
    _raises(nd.linalg.potri(nd.zeros((2, 2))).asnumpy,
            "Check failed: ret == 0 (1 vs. 0) : spotri failed in lapack on cpu. This may happen when the input "
            "matrix is not a Cholesky factorization obtained by a prior call of the potrf-operator.")
    for matrix, info in (([[0.0, 0], [0, 0]], 1), ([[1.0, 2], [2, 4]], 2), ([[0.0, 1], [0, 1]], 2),
                         ([[1.0, 1, 1], [1, 1, 1], [1, 2, 3]], 2)):
        _raises(nd.linalg.inverse(nd.array(matrix)).asnumpy,
                f"Check failed: ret == 0 ({info} vs. 0) : the input matrix is non-convertible")


@pytest.mark.parametrize("transpose, rightside, lower, expected", [
    (False, False, True, [[0.25, 0.5], [np.inf, np.inf]]),
    (False, False, False, [[np.nan, np.nan], [np.inf, np.inf]]),
    (False, True, True, [[-np.inf, np.inf], [-np.inf, np.inf]]),
    (False, True, False, [[0.25, np.inf], [0.75, np.inf]]),
    (True, False, True, [[-np.inf, -np.inf], [np.inf, np.inf]]),
    (True, False, False, [[0.25, 0.5], [np.inf, np.inf]]),
    (True, True, True, [[0.25, np.inf], [0.75, np.inf]]),
    (True, True, False, [[np.nan, np.inf], [np.nan, np.inf]]),
])
def test_trsm_with_a_zero_on_the_diagonal_divides_by_it(transpose, rightside, lower, expected):
    x = nd.linalg.trsm(nd.array([[2.0, 0], [1, 0]]), nd.array([[1.0, 2], [3, 4]]), transpose=transpose,
                       rightside=rightside, lower=lower, alpha=0.5)
    np.testing.assert_array_equal(x.asnumpy(), np.array(expected, np.float32))


def test_take_raise_mode_checks_in_the_kernel():
    result = nd.take(nd.arange(6).reshape((2, 3)), nd.array([1.5]), mode="raise")
    assert result.shape == (1, 3)
    _raises(result.asnumpy, "Check failed: is_valid: take operator contains indices out of bound")


def test_custom_forward_error_is_printed_at_once_and_raised_on_reading(capsys):
    class Failing(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            raise ValueError("boom")

    @mx.operator.register("kernel_errors_failing")
    class FailingProp(mx.operator.CustomOpProp):
        def infer_shape(self, in_shape):
            return in_shape, in_shape, []

        def create_operator(self, ctx, shapes, dtypes):
            return Failing()

    result = nd.Custom(nd.ones((2,)), op_type="kernel_errors_failing")
    assert result.shape == (2,)
    assert capsys.readouterr().out.startswith("Error in CustomOp.forward: Traceback")
    with pytest.raises(MXNetError, match=r"Check failed: reinterpret_cast<CustomOpFBFunc>\( params.info->callbacks"
                                          r"\[kCustomOpForward\]"):      # MXNet's failed check of the call
        result.asnumpy()


def test_naive_engine_raises_kernel_errors_at_the_call():
    import subprocess
    import sys
    code = ("import distnet as mx\n"
            "try:\n    mx.nd.random.normal(0, -1, (2,))\nexcept mx.base.MXNetError as e:\n"
            "    print('at call:', mx.base.message_of(e))\n"
            "mx.nd.waitall()\nprint('waitall ok')\n")
    env = dict(__import__("os").environ, MXNET_ENGINE_TYPE="NaiveEngine")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines() == ["at call: " + GAUSSIAN, "waitall ok"], done.stderr


@pytest.mark.parametrize("make, kind, message", [
    (lambda: nd.softmax(nd.ones((2, 3)), axis=5), MXNetError,
     "Check failed: axis < ndim && axis >= -ndim: axis 5 exceeds the input dimension of 2"),
    (lambda: nd.softmax(nd.ones((2, 3)), axis=-3), MXNetError,
     "Check failed: axis < ndim && axis >= -ndim: axis -3 exceeds the input dimension of 2"),
    (lambda: nd.log_softmax(nd.ones((2, 3)), axis=2), MXNetError,
     "Check failed: axis < ndim && axis >= -ndim: axis 2 exceeds the input dimension of 2"),
    (lambda: nd.gather_nd(nd.ones((2, 3)), nd.array([[5], [9]])), IndexError,     # (C++ words name their type)
     'Traceback (most recent call last):\n  File "../src/operator/tensor/indexing_op.cc", line 454\n'
     "IndexError: index 5 is out of bounds for axis 0 with size 2"),
])
def test_axis_and_index_checks_of_kernels(make, kind, message):
    result = make()
    with pytest.raises(kind) as info:
        result.asnumpy()
    assert message_of(info.value) == message


class _Scaled(gluon.HybridBlock):
    """A dense layer whose output goes through a softmax over an axis it does not have."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.dense = gluon.nn.Dense(2, in_units=3)

    def hybrid_forward(self, F, x):
        return F.softmax(self.dense(x), axis=5) * 2


@pytest.mark.parametrize("hybridize", [False, True])
def test_blocks_keep_kernel_errors_with_their_outputs(hybridize):
    net = _Scaled()
    net.initialize(mx.init.One())
    if hybridize:
        net.hybridize()
    out = net(nd.ones((2, 3)))
    assert out.shape == (2, 2)
    _raises(out.asnumpy, "Check failed: axis < ndim && axis >= -ndim: axis 5 exceeds the input dimension of 2")
    plain = gluon.nn.HybridSequential()
    plain.add(gluon.nn.Dense(2, in_units=3))
    plain.initialize()
    if hybridize:
        plain.hybridize()
    out = plain(nd.random.normal(0, -1, shape=(2, 3)))       # a failed input: its error rides along
    assert out.shape == (2, 2)
    _raises(out.asnumpy)
    nd.waitall()


def test_backward_through_a_failed_array_fails_on_reading_the_gradient():
    a = nd.random.normal(0, -1, (2, 2))
    x = nd.ones((2, 2))
    x.attach_grad()
    with mx.autograd.record():
        y = x * a
    y.backward()                              # MXNet's backward returns; the gradient carries the error
    _raises(x.grad.asnumpy)
    nd.waitall()


def test_custom_backward_error_shows_on_the_gradient(capsys):
    class Doubling(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            self.assign(out_data[0], req[0], in_data[0] * 2)

        def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
            raise ValueError("bwd boom")

    @mx.operator.register("kernel_errors_failing_backward")
    class DoublingProp(mx.operator.CustomOpProp):
        def infer_shape(self, in_shape):
            return in_shape, in_shape, []

        def create_operator(self, ctx, shapes, dtypes):
            return Doubling()

    x = nd.ones((2,))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.Custom(x, op_type="kernel_errors_failing_backward")
    assert y.asnumpy().tolist() == [2.0, 2.0]
    y.backward()
    assert capsys.readouterr().out.startswith("Error in CustomOp.backward: Traceback")
    with pytest.raises(MXNetError, match=r"Check failed: reinterpret_cast<CustomOpFBFunc>\(params.info->callbacks"
                                          r"\[kCustomOpBackward\]"):
        x.grad.asnumpy()
    nd.waitall()


def test_detach_and_in_place_updates_keep_the_error():
    a = nd.random.normal(0, -1, (2, 2))
    alias = a.detach()
    a += 1
    assert alias.shape == (2, 2)
    _raises(alias.asnumpy)
    a.asnumpy()                                # one error, raised once
    b = nd.random.normal(0, -1, (2, 2))
    b *= 2
    _raises(b.asnumpy)


def test_seeding_is_skipped_while_the_random_resource_holds_an_error():
    mx.random.seed(5)
    expected = nd.random.uniform(shape=(3,)).asnumpy()
    mx.random.seed(5)
    nd.random.normal(0, -1, (2,))
    mx.random.seed(1)                              # an op on the failed resource: MXNet skips it
    _raises(nd.random.uniform(shape=(3,)).asnumpy)
    np.testing.assert_array_equal(nd.random.uniform(shape=(3,)).asnumpy(), expected)


def test_an_output_of_unknown_size_fails_when_read_even_if_empty():
    # MXNet accepts the call, then cannot size the output: reading it raises (an empty result does not escape)
    r = nd.contrib.AdaptiveAvgPooling2D(nd.ones((1, 2, 4, 4)), output_size=(-1, 2))
    with pytest.raises(MXNetError, match=r"dim_size_is_known\(\*it\): Shape dim size cannot be a negative value -1"):
        r.asnumpy()
