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
