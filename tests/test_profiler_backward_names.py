"""mx.profiler lists the operators a backward runs under MXNet's names (counts measured on MXNet 1.9.1)."""
import json
import os

import distnet as mx
from distnet import profiler


def _operator_counts(step, tmp_path):
    profiler.set_config(profile_all=True, aggregate_stats=True, filename=os.path.join(str(tmp_path), "p.json"))
    profiler.set_state("run")
    try:
        step()
    finally:
        profiler.set_state("stop")
    stats = profiler.dumps(reset=True, format="json")
    return {name: row["Count"] for name, row in json.loads(stats)["Time"].get("operator", {}).items()}


def test_autograd_backward_rows(tmp_path):
    x, w, b = mx.nd.ones((4, 5)), mx.nd.ones((3, 5)), mx.nd.zeros((3,))
    for a in (x, w, b):
        a.attach_grad()

    def step():
        with mx.autograd.record():
            y = mx.nd.FullyConnected(x, w, b, num_hidden=3)
            loss = (mx.nd.relu(y) * 2 + mx.nd.sigmoid(y)).sum()
        loss.backward()

    counts = _operator_counts(step, tmp_path)
    assert {k: v for k, v in counts.items() if k.startswith("_backward") or k in ("add_n", "SetValueOp")} == {
        "_backward_FullyConnected": 1, "_backward_broadcast_add": 1, "_backward_mul_scalar": 1,
        "_backward_relu": 1, "_backward_sigmoid": 1, "_backward_sum": 1, "add_n": 1, "SetValueOp": 1}


def test_nine_gradients_are_summed_pairwise(tmp_path):
    x = mx.nd.ones((2, 2))
    x.attach_grad()

    def step():
        with mx.autograd.record():
            y = x * x
            z = sum([y * float(i) for i in range(9)])
        z.backward()

    counts = _operator_counts(step, tmp_path)
    # MXNet 1.9.1: 8 _grad_add and one _copy for the nine terms, one _copy for 0 + y, add_n for x * x
    assert (counts["_grad_add"], counts["_copy"], counts["add_n"]) == (8, 2, 1)


def test_executor_backward_rows(tmp_path):
    data = mx.sym.Variable("data")
    sym = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=4), name="softmax")
    exe = sym.simple_bind(mx.cpu(), data=(5, 10))

    def step():
        exe.forward(is_train=True)
        exe.backward()

    counts = _operator_counts(step, tmp_path)
    assert counts == {"FullyConnected": 1, "SoftmaxOutput": 1, "_backward_FullyConnected": 1,
                      "_backward_SoftmaxOutput": 1}


def test_indexing_rows_follow_mxnet_views():
    from distnet.profiler_indexing import mxnet_indexing
    shape = (4, 5, 3)
    # (operators run, backward operators) measured on MXNet 1.9.1 for x[key] of shape (4, 5, 3)
    assert mxnet_indexing(shape, 1) == ([], ["_backward_slice", "_backward_reshape"])
    assert mxnet_indexing(shape, slice(1, 3)) == ([], ["_backward_slice"])
    assert mxnet_indexing(shape, slice(None)) == ([], [])
    assert mxnet_indexing(shape, (slice(None), 1)) == (["slice"], ["_backward_slice", "_backward_reshape"])
    assert mxnet_indexing(shape, slice(None, None, 2))[0] == ["slice"]
    assert sorted(mxnet_indexing(shape, (1, 2))[1]) == ["_backward_reshape"] * 3 + ["_backward_slice"]
    assert sorted(mxnet_indexing(shape, (1, 2, 0))[1]) == ["_backward_reshape"] * 2 + ["_backward_slice"] * 3
    assert mxnet_indexing(shape, [0, 2]) == (["stack", "broadcast_to", "broadcast_to", "gather_nd"],
                                             ["_backward_gather_nd"])
