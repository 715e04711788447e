"""An update operator infers one type for its weight, gradient and states: a state of another dtype (left from
before a cast, or made for another weight) is refused by its input position, before anything is written."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of


def first_line(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).splitlines()[0]


def refusal(position, want, have):
    return ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at "
            f"{position}-th input: expected {want}, got {have}")


@pytest.mark.parametrize("name, kwargs, position", [
    ("sgd", {"momentum": 0.9}, 2), ("nag", {"momentum": 0.9}, 2), ("adam", {}, 2), ("signum", {}, 2),
    ("lamb", {}, 2), ("ftml", {}, 2), ("dcasgd", {}, 1),
])
@pytest.mark.parametrize("weight_type, state_type", [("float16", "float32"), ("float32", "float16"),
                                                     ("float64", "float32")])
def test_a_state_of_another_type_is_refused_by_its_position(name, kwargs, position, weight_type, state_type):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    state = opt.create_state(0, nd.zeros((2, 3), dtype=state_type))
    weight = nd.ones((2, 3), dtype=weight_type)
    assert first_line(lambda: opt.update(0, weight, nd.ones((2, 3), dtype=weight_type), state)) == \
        refusal(position, weight_type, state_type)
    assert weight.asnumpy().tolist() == [[1, 1, 1]] * 2


@pytest.mark.parametrize("name, kwargs, types, position", [
    ("sgd", {}, ("float32", "float16"), 2),                         # weight, grad per weight
    ("sgd", {"momentum": 0.9}, ("float32", "float16"), 3),          # weight, grad, momentum
    ("sgd", {"momentum": 0.9}, ("float32", "float32", "float64"), 6),
    ("sgd", {"multi_precision": True}, ("float32", "float16"), 2),  # the first weight picks the kernel
    ("lamb", {}, ("float32", "float16"), 4),                        # weight, grad, mean, var
    ("lamb", {}, ("float16", "float16", "float32"), 8),
])
def test_one_fused_call_takes_one_type(name, kwargs, types, position):
    opt = mx.optimizer.create(name, learning_rate=0.1, **kwargs)
    weights = [nd.ones((2,), dtype=t) for t in types]
    states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(weights)]
    grads = [nd.ones((2,), dtype=t) for t in types]
    assert first_line(lambda: opt.update_multi_precision(list(range(len(types))), weights, grads, states)) == \
        refusal(position, types[0], types[-1])
    assert all(w.asnumpy().tolist() == [1, 1] for w in weights)      # nothing written before the check


def test_casting_a_net_after_a_momentum_step_leaves_its_float32_state_behind():
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(mx.init.One())
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9})
    for dtype in ("float32", "float16"):
        net.cast(dtype)
        with autograd.record():
            loss = net(nd.ones((1, 3), dtype=dtype)).sum()
        loss.backward()
        if dtype == "float32":
            trainer.step(1)
    assert first_line(lambda: trainer.step(1)) == refusal(2, "float16", "float32")
    # the first step moved the (zero) bias by -lr * 1; the refused one wrote nothing
    assert np.allclose(net.bias.data().asnumpy(), -0.1, atol=1e-3)


@pytest.mark.parametrize("name", ["nag", "adam", "signum", "ftml", "dcasgd"])
def test_a_list_of_indices_meets_the_bare_assert_of_a_one_weight_update(name):
    opt = mx.optimizer.create(name, learning_rate=0.1)
    weights = [nd.ones((2,)), nd.ones((2,))]
    states = [opt.create_state(i, w) for i, w in enumerate(weights)]
    with pytest.raises(AssertionError) as info:
        opt.update([0, 1], weights, [nd.ones((2,))] * 2, states)
    assert message_of(info.value) == ""        # MXNet's ``assert(isinstance(weight, NDArray))`` says nothing
