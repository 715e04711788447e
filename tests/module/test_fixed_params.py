"""fixed_param_names and grad_req on a Module, as MXNet 1.9.1 (oneDNN) trains them."""
import numpy as np

import distnet as mx


def two_layers():
    with mx.name.NameManager():
        h = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=3, name="fc1")
        return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=2, name="fc2"), name="softmax")


def changed_after_two_steps(**bind_kwargs):
    fixed = bind_kwargs.pop("fixed_param_names", None)
    mod = mx.mod.Module(two_layers(), fixed_param_names=fixed)
    mod.bind([("data", (4, 5))], [("softmax_label", (4,))], **bind_kwargs)
    mod.init_params(initializer=mx.init.Xavier())
    mod.init_optimizer(optimizer_params={"learning_rate": 1.0})
    before = {k: v.asnumpy().copy() for k, v in mod.get_params()[0].items()}
    batch = mx.io.DataBatch([mx.nd.array(np.arange(20).reshape(4, 5) / 20)], [mx.nd.array([0, 1, 1, 0])])
    for _ in range(2):
        mod.forward_backward(batch)
        mod.update()
    after = mod.get_params()[0]
    return {k: bool(np.abs(after[k].asnumpy() - before[k]).max() > 0) for k in sorted(before)}, mod


def test_a_fixed_weight_also_freezes_its_bias():
    # MXNet computes a FullyConnected bias gradient only together with the weight's
    changed, mod = changed_after_two_steps(fixed_param_names=["fc1_weight"])
    assert changed == {"fc1_bias": False, "fc1_weight": False, "fc2_bias": True, "fc2_weight": True}
    assert mod._exec_group.grad_req["fc1_weight"] == "null" and mod._exec_group.grad_req["fc1_bias"] == "write"


def test_grad_req_dict_overrides_the_defaults():
    changed, mod = changed_after_two_steps(grad_req={"fc1_bias": "null", "fc2_weight": "add"})
    assert changed == {"fc1_bias": False, "fc1_weight": True, "fc2_bias": True, "fc2_weight": True}
    assert mod._exec_group.grad_req == {"data": "null", "fc1_weight": "write", "fc1_bias": "null",
                                        "fc2_weight": "add", "fc2_bias": "write", "softmax_label": "null"}


def test_grad_req_list_names_every_argument():
    changed, mod = changed_after_two_steps(grad_req=["write", "null", "write", "add", "write", "null"])
    assert changed == {"fc1_bias": False, "fc1_weight": False, "fc2_bias": True, "fc2_weight": True}
    assert mod._exec_group.execs[0].grad_dict["data"] is not None
