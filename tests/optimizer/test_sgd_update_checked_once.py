"""SGD's update_multi_precision runs its group's update directly once its own wrappers checked plain arrays: the
results are those of update itself, and a subclass's own update is still the one called."""
import numpy as np

import distnet as mx
from distnet import nd


def _arrays(seed):
    rng = np.random.RandomState(seed)
    shapes = [(5, 3), (5,), (2, 5)]
    weights = [nd.array(rng.randn(*s)) for s in shapes]
    grads = [nd.array(rng.randn(*s)) for s in shapes]
    return weights, grads


def test_multi_precision_update_matches_update_bit_for_bit():
    for momentum in (0.0, 0.9):
        opts = [mx.optimizer.SGD(learning_rate=0.1, momentum=momentum, wd=0.01, rescale_grad=0.5) for _ in range(2)]
        results = []
        for opt, method in zip(opts, ("update", "update_multi_precision")):
            weights, grads = _arrays(0)
            states = [opt.create_state_multi_precision(i, w) for i, w in enumerate(weights)]
            for _ in range(3):
                getattr(opt, method)(list(range(3)), weights, grads, states)
            results.append([w.asnumpy().tobytes() for w in weights])
        assert results[0] == results[1]


def test_a_subclass_update_is_still_called():
    class Counting(mx.optimizer.SGD):
        calls = 0

        def update(self, index, weight, grad, state):
            Counting.calls += 1
            super().update(index, weight, grad, state)

    opt = Counting(learning_rate=0.1)
    updater = mx.optimizer.get_updater(opt)
    weights, grads = _arrays(1)
    updater(list(range(3)), grads, weights)
    assert Counting.calls == 1
