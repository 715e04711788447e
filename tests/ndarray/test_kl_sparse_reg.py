"""IdentityAttachKLSparseReg: identity forward; the backward adds the KL sparseness penalty's gradient."""
import numpy as np

import distnet as mx

nd = mx.nd


def test_backward_adds_the_penalty_on_the_updated_moving_average():
    x = np.random.RandomState(0).rand(5, 3).astype(np.float32)
    target, penalty, momentum = 0.2, 0.01, 0.8
    with mx.name.NameManager():
        sym = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="r", sparseness_target=target, penalty=penalty,
                                               momentum=momentum)
    assert sym.list_auxiliary_states() == ["r_moving_avg"]
    assert sym.infer_shape(d=(5, 3))[2] == [(3,)]
    moving = np.array([0.5, 0.2, 0.7], np.float32)
    ex = sym.bind(mx.cpu(), {"d": nd.array(x)}, args_grad={"d": nd.zeros((5, 3))},
                  aux_states={"r_moving_avg": nd.array(moving)})
    np.testing.assert_array_equal(ex.forward(is_train=True)[0].asnumpy(), x)
    ex.backward(nd.ones((5, 3)))
    avg = momentum * moving + (1 - momentum) * x.mean(axis=0)
    np.testing.assert_allclose(ex.aux_dict["r_moving_avg"].asnumpy(), avg, rtol=1e-6)
    want = 1 + penalty * (-target / avg + (1 - target) / (1 - avg))
    np.testing.assert_allclose(ex.grad_dict["d"].asnumpy(), np.broadcast_to(want, (5, 3)), rtol=1e-6)


def test_moving_average_has_one_unit_per_channel_and_rows_are_the_last_axis():
    # MXNet sizes moving_avg from axis 1 and its kernel reads N-D data as rows of the last axis
    with mx.name.NameManager():
        sym = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="r", momentum=0.5)
    assert sym.infer_shape(d=(2, 3, 3))[2] == [(3,)]
    x = np.linspace(0.1, 0.9, 18).reshape(2, 3, 3).astype(np.float32)
    ex = sym.bind(mx.cpu(), {"d": nd.array(x)}, args_grad={"d": nd.zeros((2, 3, 3))},
                  aux_states={"r_moving_avg": nd.ones((3,)) * 0.3})
    ex.forward(is_train=True)
    ex.backward(nd.zeros((2, 3, 3)))
    avg = 0.5 * 0.3 + 0.5 * x.reshape(6, 3).mean(axis=0)
    np.testing.assert_allclose(ex.aux_dict["r_moving_avg"].asnumpy(), avg, rtol=1e-6)
    want = 0.001 * (-0.1 / avg + 0.9 / (1 - avg))
    np.testing.assert_allclose(ex.grad_dict["d"].asnumpy(), np.broadcast_to(want, (2, 3, 3)), rtol=1e-5)


def test_rows_of_another_width_than_axis_1_fail_the_reduction_check():
    with mx.name.NameManager():
        sym = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="r")
    ex = sym.simple_bind(mx.cpu(), d=(2, 3, 2))
    ex.forward(is_train=True)
    ex.backward(nd.ones((2, 3, 2)))
    try:
        ex.grad_dict["d"].asnumpy()
    except mx.base.MXNetError as e:
        assert "eshape[1] == dshape[0] (2 vs. 3) : :reduction dimension do not match" in str(e)
    else:
        raise AssertionError("the backward did not fail")


def test_one_dimensional_data_has_no_axis_1():
    sym = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="r")
    try:
        sym.infer_shape(d=(3,))
    except mx.base.MXNetError as e:
        assert "index = 1 must be in range [0, 1)" in str(e)
    else:
        raise AssertionError("inference did not fail")


def test_binding_a_graph_of_other_float_types_fails_the_float32_check():
    sym = mx.sym.IdentityAttachKLSparseReg(mx.sym.var("d"), name="k")
    try:       # (MXNet's bind infers the types: the check fails there)
        sym.bind(mx.cpu(), {"d": nd.ones((2, 3), dtype="float64")},
                 aux_states={"k_moving_avg": nd.ones((3,), dtype="float64")})
    except mx.base.MXNetError as e:
        assert "in_type->at(i) == -1: Unsupported data type 1" in str(e)
    else:
        raise AssertionError("float64 data was taken")
