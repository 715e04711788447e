"""Executor.debug_str ends with MXNet's memory lines: the bytes pooled for node outputs (values measured on MXNet 1.9.1)."""
import pytest

import distnet as mx

D = mx.sym.var("data")
S = mx.sym

# (graph, data shape, MB MXNet 1.9.1 reports for simple_bind(grad_req='null'))
CASES = {
    "fc": (lambda: S.FullyConnected(D, num_hidden=700, name="fc"), (500, 100), 1),
    "relu chain in place": (lambda: S.relu(S.relu(S.relu(D))), (700, 500), 1),
    "two live outputs": (lambda: S.Group([S.sin(D), S.cos(D)]), (700, 500), 2),
    "sum of two": (lambda: S.sin(D) + S.cos(D), (700, 500), 2),
    "max pooling workspace": (lambda: S.Pooling(S.sin(D), kernel=(2, 2), stride=(2, 2), pool_type="max"),
                              (2, 4, 150, 150), 1),
    "cast counts 4 bytes": (lambda: S.Cast(S.sin(D), dtype="float16"), (700, 500), 2),
    "clip not in place": (lambda: S.clip(S.sin(D), 0, 1), (700, 500), 2),
    "layer norm in place": (lambda: S.LayerNorm(S.sin(D), name="ln"), (700, 500), 1),
    "mlp": (lambda: S.SoftmaxOutput(S.FullyConnected(S.Activation(
        S.FullyConnected(D, num_hidden=1000, name="a"), act_type="tanh"), num_hidden=300, name="b"), name="sm"),
        (300, 50), 1),
    "dot": (lambda: S.dot(S.sin(D), S.cos(D), transpose_b=True), (700, 100), 2),
    "split": (lambda: S.Group(list(S.split(S.sin(D), num_outputs=2, axis=1))), (700, 500), 2),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_memory_line_matches_mxnet(name):
    make, shape, megabytes = CASES[name]
    with mx.name.NameManager():
        text = make().simple_bind(mx.cpu(), grad_req="null", data=shape).debug_str()
    assert text.endswith(f"Total {megabytes} MB allocated\nTotal 11 TempSpace resource requested\n")


def test_the_graph_comes_first():
    with mx.name.NameManager():
        sym = S.relu(D, name="r")
        text = sym.simple_bind(mx.cpu(), grad_req="null", data=(2, 2)).debug_str()
    assert text == sym.debug_str() + "Total 0 MB allocated\nTotal 11 TempSpace resource requested\n"
