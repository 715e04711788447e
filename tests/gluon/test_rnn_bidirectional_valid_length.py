"""A BidirectionalCell unrolled over symbols with valid_length keeps its reversed steps as one grouped symbol."""
import json

import numpy as np

import distnet as mx
from distnet import gluon, nd

R = gluon.rnn


class _Net(gluon.HybridBlock):
    def __init__(self, merge_outputs, **kwargs):
        super().__init__(**kwargs)
        self._merge = merge_outputs
        with self.name_scope():
            self.bi = R.BidirectionalCell(R.GRUCell(2, input_size=3), R.GRUCell(2, input_size=3))

    def hybrid_forward(self, F, x, valid):
        return self.bi.unroll(4, x, valid_length=valid, merge_outputs=self._merge)[0]


def test_hybridized_unroll_with_valid_length_and_merge_none_matches_the_merged_imperative_result():
    x, valid = nd.array(np.arange(24).reshape(2, 4, 3) * 0.1), nd.array([2, 4])
    merged = _Net(True)
    merged.initialize(mx.init.Constant(0.1))
    expected = merged(x, valid).asnumpy()          # the imperative merge_outputs=True path
    net = _Net(None)
    net.initialize(mx.init.Constant(0.1))
    net.hybridize()
    out = net(x, valid)
    assert out.shape == (2, 4, 4)
    np.testing.assert_allclose(out.asnumpy(), expected, rtol=1e-6)
    assert np.all(out.asnumpy()[0, 2:] == 0)       # steps past the valid length are masked


def test_the_reversed_outputs_are_stacked_once_from_the_split_of_the_reversal():
    cell = R.BidirectionalCell(R.RNNCell(3, prefix="l_"), R.GRUCell(2, prefix="r_"))
    out, _ = cell.unroll(2, mx.sym.var("a"), valid_length=mx.sym.var("v"))
    nodes = json.loads(out.tojson())["nodes"]
    concat = next(n for n in nodes if n["name"] == "bi_out")
    reversed_side = nodes[concat["inputs"][1][0]]
    assert reversed_side["op"] == "stack"
    assert {nodes[i[0]]["op"] for i in reversed_side["inputs"]} == {"SliceChannel"}
    # inputs stacked to reverse them, each side's steps stacked to mask them, the r outputs to reverse, then to join
    assert sum(n["op"] == "stack" for n in nodes) == 5
