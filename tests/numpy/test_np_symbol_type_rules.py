"""mx.sym.np's two-array operators and where infer dtypes as MXNet's graph does: pairs that must share a dtype
are refused in its words (named after the node), a known dtype tells the other operand's, where's output is
x's; a hybridized graph refuses the same pairs when it runs."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError, message_of

c, x, y = (mx.sym.var(n).as_np_ndarray() for n in "cxy")


@pytest.mark.parametrize("build, given, words", [
    (lambda: mx.sym.np.equal(x, y), ("float32", "int32"), "Provided = float32, inferred type = int32"),
    (lambda: mx.sym.np.less(x, y), ("bool", "float32"), "Provided = unknown, inferred type = float32"),
    (lambda: mx.sym.np.hypot(x, y), ("int32", "int32"), "Do not support `int` as input."),
    (lambda: mx.sym.np.bitwise_and(x, y), ("float32", "int32"), "Only supports integer types."),
    (lambda: mx.sym.np.bitwise_and(x, y), ("int32", "float32"), "at 1-th input: expected int32, got float32"),
    (lambda: mx.sym.np.copysign(x, y), ("float16", "float32"), "at 1-th input: expected float16, got float32"),
])
def test_pairs_sharing_a_dtype_are_refused(build, given, words):
    sym = build()
    with pytest.raises(MXNetError) as info:
        sym.infer_type(x=given[0], y=given[1])
    assert message_of(info.value).startswith(f"Error in operator {sym.name}: ") and words in message_of(info.value)


def test_where_takes_x_dtype_and_y_must_agree():
    assert mx.sym.np.where(c, x, y).infer_type(c="bool", x="int32", y="int32")[1] == [onp.int32]
    assert mx.sym.np.where(c, x, 1.5).infer_type(c="bool", x="float16")[1] == [onp.float16]
    assert mx.sym.np.where(c, x, y).infer_type_partial(x="float64") == ([None, onp.float64, None], [onp.float64], [])
    sym = mx.sym.np.where(c, x, y)
    with pytest.raises(MXNetError, match=f"Incompatible attr in node {sym.name} at 1-th input: expected unknown, "
                                         "got float32"):
        sym.infer_type(c="bool", x="bool", y="float32")


def test_one_known_operand_tells_the_other():
    assert mx.sym.np.add(x, y).infer_type(x="int32") == ([onp.int32, onp.int32], [onp.int32], [])
    assert mx.sym.np.equal(x, y).infer_type(y="int8") == ([onp.int8, onp.int8], [onp.bool_], [])
    assert mx.sym.np.add(x, y).infer_type(x="float32", y="int32")[1] == [onp.float32]      # (mixed: promoted)


@pytest.mark.parametrize("fn, words", [
    (lambda F, a, b: F.np.equal(a, b), "Type inconsistent, Provided = float32, inferred type = int32"),
    (lambda F, a, b: F.np.where(a > 0, a, b), "Incompatible attr in node"),
    (lambda F, a, b: F.np.hypot(b, b), "common::is_float(in_attrs->at(0)): Do not support `int` as input."),
])
def test_hybridized_graph_refuses_the_pairs_when_run(fn, words):
    npx.set_np()
    try:
        block = mx.gluon.nn.HybridLambda(fn)
        block.hybridize()
        with pytest.raises(MXNetError, match="Error in operator hybridlambda") as info:
            block(np.ones(2), np.ones(2, dtype="int32"))
        assert words in message_of(info.value)
        assert block(np.ones(2), np.ones(2)).shape == (2,)
    finally:
        npx.reset_np()
