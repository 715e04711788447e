"""Ops whose inputs their attributes declare (Custom, contrib.SparseEmbedding) give the variables they create the
op's attributes, as every other op does (behaviour recorded from MXNet 1.9.1)."""
import json

import distnet as mx


class _Times(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[1])


@mx.operator.register("declared_input_attrs_times")
class _TimesProp(mx.operator.CustomOpProp):
    def __init__(self, k="1"):
        super().__init__(need_top_grad=True)

    def list_arguments(self):
        return ["data", "w"]

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], []

    def create_operator(self, ctx, shapes, dtypes):
        return _Times()


def test_sparse_embedding_weight_takes_the_op_attributes():
    out = mx.sym.contrib.SparseEmbedding(mx.sym.var("x"), input_dim=3, output_dim=2, name="se",
                                         attr={"__x__": "y"})
    weight = json.loads(out.tojson())["nodes"][1]
    assert weight["name"] == "se_weight"
    assert weight["attrs"] == {"__x__": "y", "input_dim": "3", "output_dim": "2"}


def test_custom_op_inputs_take_the_op_attributes():
    out = mx.sym.Custom(mx.sym.var("x"), op_type="declared_input_attrs_times", k="2", name="c")
    assert out.attr_dict()["c_w"] == {"k": "2", "op_type": "declared_input_attrs_times"}
    assert out.attr_dict().get("x") is None       # a given input keeps its own attributes
    result = out.eval(x=mx.nd.array([1.0, 2.0]), c_w=mx.nd.array([3.0, 4.0]))[0]
    assert result.asnumpy().tolist() == [3.0, 8.0]
