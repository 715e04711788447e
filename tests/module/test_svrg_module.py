"""contrib SVRGModule: full gradients, the variance-reduced update, and argument checks."""
import numpy as np
import pytest

import distnet as mx
from distnet.contrib.svrg_optimization.svrg_module import SVRGModule

X = np.array([[1, 2], [3, 1], [2, 2], [4, 3], [1, 1], [2, 4]], np.float32)
Y = X @ np.array([1.0, 2.0], np.float32)


def regression(batch_size=3, contexts=(mx.cpu(),), optimizer=True):
    data = mx.io.NDArrayIter(X, Y, batch_size=batch_size, label_name="lin_reg_label")
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(mx.sym.Variable("data"), name="fc1", num_hidden=1)
        out = mx.sym.LinearRegressionOutput(fc, label=mx.sym.Variable("lin_reg_label"), name="lro")
    mod = SVRGModule(out, data_names=["data"], label_names=["lin_reg_label"], update_freq=2, context=list(contexts))
    mod.bind(data_shapes=data.provide_data, label_shapes=data.provide_label)
    mod.init_params(initializer=mx.init.One())      # weights one, bias zero (initializers zero biases)
    if optimizer:
        mod.init_optimizer(kvstore="local", optimizer="sgd", optimizer_params=(("learning_rate", 0.01),))
    return data, mod


def squared_error_grad(w, b, x, y):
    """d/dw and d/db of sum((xw + b - y)^2) / 2 over a batch."""
    r = x @ w + b - y
    return r @ x, r.sum()


def test_full_gradient_is_the_mean_batch_gradient():
    data, mod = regression()
    mod.update_full_grads(data)
    grads = [squared_error_grad(np.ones(2), 0.0, X[i:i + 3], Y[i:i + 3]) for i in (0, 3)]
    np.testing.assert_allclose(mod._param_dict[0]["fc1_weight"].asnumpy()[0], (grads[0][0] + grads[1][0]) / 2)
    np.testing.assert_allclose(mod._param_dict[0]["fc1_bias"].asnumpy(), [(grads[0][1] + grads[1][1]) / 2])


def test_update_uses_the_variance_reduced_gradient():
    data, mod = regression()
    mod.update_full_grads(data)
    full_w = mod._param_dict[0]["fc1_weight"].asnumpy()[0]
    data.reset()
    batch = next(iter(data))
    mod.forward_backward(batch)       # snapshot == current weights: g - g_snapshot + full = full
    mod.update()
    np.testing.assert_allclose(mod.get_params()[0]["fc1_weight"].asnumpy()[0], 1 - 0.01 / 3 * full_w, rtol=1e-6)
    assert sorted(mod._optimizer.idx2name.values()) == ["fc1_bias", "fc1_bias_full", "fc1_weight", "fc1_weight_full"]


def test_update_freq_must_be_a_positive_integer():
    sym = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=1)
    with pytest.raises(ValueError, match="positive integer"):
        SVRGModule(sym, label_names=None, update_freq=0)
    with pytest.raises(TypeError, match="must be an integer"):
        SVRGModule(sym, label_names=None, update_freq=1.5)


def test_fit_on_two_contexts_converges():
    data, mod = regression(contexts=(mx.cpu(0), mx.cpu(1)), optimizer=False)
    metric = mx.metric.create("mse")
    mod.fit(data, eval_metric=metric, optimizer="sgd", optimizer_params=(("learning_rate", 0.02),), num_epoch=40,
            force_init=True, initializer=mx.init.One())
    assert metric.get()[1] < 0.05
