"""mx.context, mx.name, mx.attribute and mx.util fail and warn as MXNet 1.9.1 does."""
import warnings

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def test_unknown_device_type_is_the_bare_table_lookup_key_error():
    for device_type in ("tpu", "CPU", 1, None):
        with pytest.raises(KeyError) as caught:
            mx.Context(device_type)
        assert caught.value.args == (device_type,)


def test_default_ctx_reads_and_writes_warn_deprecation():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        old = mx.Context.default_ctx
        mx.Context.default_ctx = mx.cpu(5)
        try:
            assert mx.current_context() == mx.cpu(5)
        finally:
            mx.Context.default_ctx = old
    assert [w.category for w in caught] == [DeprecationWarning] * 3
    assert str(caught[0].message).startswith("Context.default_ctx has been deprecated. Please use "
                                             "Context.current_context() instead.")


def test_num_gpus_lives_in_mx_context_only():
    assert mx.context.num_gpus() == 0 and not hasattr(mx, "num_gpus")


def test_gpu_queries_fail_with_mxnet_cpu_build_messages():
    for call in (lambda: mx.context.gpu_memory_info(0), lambda: mx.util.get_gpu_memory(1)):
        with pytest.raises(MXNetError, match=r"This call is only supported for MXNet built with CUDA support\.$"):
            call()
    with pytest.raises(OSError, match="could not load any of: libcuda.so libcuda.dylib cuda.dll$"):
        mx.util.get_cuda_compute_capability(mx.gpu(0))


def test_scopes_remember_the_outer_one_under_mxnet_attribute_names():
    ctx, scope, manager = mx.cpu(3), mx.AttrScope(a="1"), mx.name.Prefix("p_")
    with ctx, scope, manager:
        assert ctx._old_ctx == mx.cpu(0)
        assert isinstance(scope._old_scope, mx.AttrScope)
        assert isinstance(manager._old_manager, mx.name.NameManager)


@pytest.mark.parametrize("active", [None, "on", 1.5])
def test_set_np_shape_takes_a_c_int_and_keeps_the_state_on_a_type_error(active):
    before = mx.util.is_np_shape()
    with pytest.raises(TypeError):
        mx.util.set_np_shape(active)
    assert mx.util.is_np_shape() == before


def test_set_np_shape_returns_the_previous_state():
    try:
        assert mx.util.set_np_shape(1) is False
        assert mx.util.set_np_shape(0) is True
    finally:
        mx.util.set_np_shape(False)


@pytest.mark.parametrize("make, message", [
    (lambda g: mx.nd.zeros((2,), ctx=g), "Operator _zeros is not implemented for GPU."),
    (lambda g: mx.nd.ones((2,), ctx=g, dtype="int32"), "Operator _ones is not implemented for GPU."),
    (lambda g: mx.nd.arange(3, ctx=g), "Operator _arange is not implemented for GPU."),
    (lambda g: mx.nd.linspace(0, 1, 3, ctx=g), "Operator _linspace is not implemented for GPU."),
    (lambda g: mx.nd.eye(2, ctx=g), "Operator _eye is not implemented for GPU."),
    (lambda g: mx.np.zeros((2,), ctx=g), "Operator _npi_zeros is not implemented for GPU."),
    (lambda g: mx.np.ones((2,), ctx=g), "Operator _npi_ones is not implemented for GPU."),
    (lambda g: mx.np.full((2,), 3, ctx=g), "Operator _full is not implemented for GPU."),
    (lambda g: mx.np.arange(3, ctx=g), "Operator _npi_arange is not implemented for GPU."),
    (lambda g: mx.np.eye(2, ctx=g), "Operator _npi_eye is not implemented for GPU."),
    (lambda g: mx.np.identity(2, ctx=g), "Operator _npi_identity is not implemented for GPU."),
    (lambda g: mx.np.indices((2,), ctx=g), "Operator _npi_indices is not implemented for GPU."),
    (lambda g: mx.nd.array([1, 2], ctx=g), "Compile with USE_CUDA=1 to enable GPU usage"),
    (lambda g: mx.nd.empty((2,), ctx=g), "Compile with USE_CUDA=1 to enable GPU usage"),
    (lambda g: mx.nd.full((2,), 1, ctx=g), "Compile with USE_CUDA=1 to enable GPU usage"),
    (lambda g: mx.np.array([1, 2], ctx=g), "Compile with USE_CUDA=1 to enable GPU usage"),
    (lambda g: mx.nd.ones((2,)).copyto(g), "GPU is not enabled"),
    (lambda g: mx.nd.ones((2,)).as_in_context(g), "GPU is not enabled"),
    (lambda g: mx.np.ones((2,)).as_in_ctx(g), "GPU is not enabled"),
    (lambda g: mx.nd.random.uniform(shape=(2,), ctx=g), "GPU is not enabled"),
    (lambda g: mx.np.random.normal(0, 1, size=(2,), ctx=g), "GPU is not enabled"),
])
def test_a_gpu_is_refused_with_the_words_of_mxnets_cpu_build(make, message):
    with pytest.raises(MXNetError) as caught:
        make(mx.gpu())
    assert message_of(caught.value) == message


@pytest.mark.parametrize("make", [mx.name.NameManager, lambda: mx.name.Prefix("p_"), mx.AttrScope])
def test_exiting_a_scope_never_entered_is_a_bare_assertion(make):
    scope = make()
    with pytest.raises(AssertionError, match="^$"):
        scope.__exit__(None, None, None)
    with scope:
        pass
    scope.__exit__(None, None, None)    # entered once: it remembers the outer scope
