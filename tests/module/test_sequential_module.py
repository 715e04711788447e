"""SequentialModule and PythonLossModule: wiring, shapes, and a training step checked in closed form."""
import numpy as np
import pytest

import distnet as mx


def linear(name, data_name="data"):
    return mx.sym.FullyConnected(mx.sym.Variable(data_name), num_hidden=2, no_bias=True, name=name)


def test_chain_binds_each_module_on_the_previous_outputs():
    first = mx.mod.Module(mx.sym.Activation(linear("fc1"), act_type="relu"), label_names=[])
    second = mx.mod.Module(mx.sym.SoftmaxOutput(linear("fc2"), name="softmax"))
    seq = mx.mod.SequentialModule()
    assert seq.add(first) is seq and seq.data_names == ["data"]
    seq.add(second, take_labels=True, auto_wiring=True)
    seq.bind([("data", (4, 3))], [("softmax_label", (4,))])
    seq.init_params()
    assert (first.inputs_need_grad, second.inputs_need_grad) == (False, True)
    assert seq.output_shapes == [("softmax_output", (4, 2))] and seq.output_names == ["softmax_output"]
    assert seq.label_shapes == [("softmax_label", (4,))]
    assert sorted(seq.get_params()[0]) == ["fc1_weight", "fc2_weight"]
    with pytest.raises(AssertionError, match='Unknown meta "bogus"'):
        seq.add(first, bogus=True)
    with pytest.raises(AssertionError, match="empty SequentialModule"):
        mx.mod.SequentialModule().bind([("data", (1, 2))])


def test_duplicate_parameter_names_are_refused():
    seq = mx.mod.SequentialModule().add(mx.mod.Module(linear("fc"), label_names=None))
    seq.add(mx.mod.Module(linear("fc"), label_names=None), auto_wiring=True)
    seq.bind([("data", (4, 2))], for_training=False)
    with pytest.raises(AssertionError, match='Duplicated parameter names: name "fc_weight" in layer 1'):
        seq.init_params()


def test_python_loss_gradient_trains_the_module_before_it():
    x = np.array([[1.0, 2.0], [0.5, -1.0], [0.0, 3.0]], np.float32)
    y = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], np.float32)
    w0 = np.array([[0.1, -0.2], [0.3, 0.4]], np.float32)
    loss = mx.mod.PythonLossModule(grad_func=lambda scores, labels: scores.asnumpy() - labels.asnumpy())
    assert (loss.output_names, loss.get_params()) == (["pyloss_output"], ({}, {}))
    seq = mx.mod.SequentialModule().add(mx.mod.Module(linear("fc"), label_names=None))
    seq.add(loss, take_labels=True, auto_wiring=True)
    seq.bind([("data", (3, 2))], [("softmax_label", (3, 2))])
    seq.init_params(arg_params={"fc_weight": mx.nd.array(w0)})
    seq.init_optimizer(optimizer_params={"learning_rate": 0.5})
    seq.forward(mx.io.DataBatch([mx.nd.array(x)], [mx.nd.array(y)]), is_train=True)
    seq.backward()
    seq.update()
    # squared error: d/dW = (xW^T - y)^T x, scaled by rescale_grad = 1/batch
    expected = w0 - 0.5 / 3 * (x @ w0.T - y).T @ x
    np.testing.assert_allclose(seq.get_params()[0]["fc_weight"].asnumpy(), expected, rtol=1e-6)
    assert loss.output_shapes == [("pyloss_output", (3, 2))] and not loss.binded
    with pytest.raises(AssertionError, match="out_grads should be None"):
        loss.backward(out_grads=[mx.nd.ones((3, 2))])
