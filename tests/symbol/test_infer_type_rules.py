"""Symbol.infer_type as MXNet 1.9.1 decides dtypes (values and messages measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def test_batch_norm_types_follow_the_data_only():
    bn = mx.sym.BatchNorm(mx.sym.var('data'), name='bn')
    assert bn.infer_type(data=np.float16) == ([np.float16, np.float32, np.float32], [np.float16],
                                              [np.float32, np.float32])
    assert bn.infer_type(data=np.float64) == ([np.float64] * 3, [np.float64], [np.float64] * 2)
    # a parameter's dtype tells nothing about the data
    assert bn.infer_type_partial(bn_gamma=np.float16) == ([None, np.float16, None], [None], [None, None])
    with pytest.warns(UserWarning):
        assert bn.infer_type(bn_gamma=np.float16) == (None, None, None)
    with pytest.raises(MXNetError, match="This layer requires uniform type. Expected 'float32' v.s. given "
                                         "'float16' at 'gamma'"):
        bn.infer_type(data=np.float32, bn_gamma=np.float16)


def test_embedding_output_takes_the_weight_dtype():
    emb = mx.sym.Embedding(mx.sym.var('data'), input_dim=5, output_dim=2, name='emb')
    assert emb.infer_type(data=np.float16) == ([np.float16, np.float32], [np.float32], [])
    assert emb.infer_type(data=np.int32, emb_weight=np.float64) == ([np.int32, np.float64], [np.float64], [])


@pytest.mark.parametrize("make, message", [
    (lambda d, l: mx.sym.SoftmaxOutput(d, l, name='op'),
     "Check failed: (*in_type)[i] == dtype (4 vs. 0) : This layer requires uniform type. Expected 'float32' v.s. "
     "given 'int32' at 'label'"),
    (lambda d, l: mx.sym.Convolution(d, l, kernel=(1,), num_filter=1, no_bias=True, name='op'),
     "Check failed: (*in_type)[i] == dtype (4 vs. 0) : This layer requires uniform type. Expected 'float32' v.s. "
     "given 'int32' at 'weight'"),
    (lambda d, l: mx.sym.LeakyReLU(d, l, act_type='prelu', name='op'),
     "Type inconsistent, Provided = int32, inferred type = float32"),
    (lambda d, l: mx.sym.Concat(d, l, name='op'),
     "Check failed: in_type->at(i) == dtype || in_type->at(i) == -1: Non-uniform data type in Concat, expected "
     "data type float32, got data type int32 for input 1"),
    (lambda d, l: mx.sym.LinearRegressionOutput(d, l, name='op'),
     "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node op at 1-th input: expected float32, got "
     "int32"),
])
def test_mismatched_input_dtypes_are_reported_in_the_ops_words(make, message):
    sym = make(mx.sym.var('data'), mx.sym.var('label'))
    with pytest.raises(MXNetError) as info:
        sym.infer_type(data=np.float32, label=np.int32)
    assert message_of(info.value) == "Error in operator op: " + message


def test_shapes_are_inferred_through_ops_over_declared_dtypes():
    w = mx.sym.var('w', init=mx.init.Constant(3))
    b = mx.sym.var('b', shape=(2,), dtype='float64', init=mx.init.One())
    fc = mx.sym.FullyConnected(mx.sym.var('data'), weight=w, num_hidden=2, no_bias=True, name='fc')
    net = mx.sym.BatchNorm(mx.sym.broadcast_add(mx.sym.cast(fc, dtype='float64'), b), name='bn')
    assert net.infer_shape(data=(3, 4))[0] == [(3, 4), (2, 4), (2,), (2,), (2,)]
    mod = mx.mod.Module(net, label_names=None)
    mod.bind([('data', (3, 4))])
    mod.init_params(mx.init.Uniform(0.1))
    args, aux = mod.get_params()
    assert {k: v.dtype for k, v in args.items()} == {'w': np.float32, 'b': np.float64, 'bn_gamma': np.float64,
                                                     'bn_beta': np.float64}
    assert args['w'].asnumpy().tolist() == [[3.0] * 4] * 2 and args['b'].asnumpy().tolist() == [1.0, 1.0]
    assert {k: v.dtype for k, v in aux.items()} == {'bn_moving_mean': np.float64, 'bn_moving_var': np.float64}


def test_softmax_dtype_names_the_output_and_unknown_data():
    d = mx.sym.var("d")
    for op in (mx.sym.softmax, mx.sym.log_softmax, mx.sym.softmin):
        assert op(d, dtype="float64").infer_type() == ([np.float64], [np.float64], [])
        assert op(d, dtype="float64").infer_type(d="float32") == ([np.float32], [np.float64], [])
        assert op(d).infer_type() == (None, None, None)
    both = mx.sym.softmax(d, dtype="float16") + mx.sym.var("x", dtype="float16")
    assert both.infer_type() == ([np.float16, np.float16], [np.float16], [])


def test_symbol_comparisons_take_one_dtype():
    d, i = mx.sym.var("d"), mx.sym.var("i")
    with pytest.raises(MXNetError, match="Incompatible attr in node _greater0 at 1-th input: expected float32, got "
                                         "float64"):
        with mx.name.NameManager():
            (d > i).infer_type(d="float32", i="float64")
    assert (d == i).infer_type(d="int32") == ([np.int32, np.int32], [np.int32], [])


def test_multibox_prior_is_float32_only_and_box_iou_takes_one_dtype():
    d, e = mx.sym.var("d"), mx.sym.var("e")
    prior = mx.sym.contrib.MultiBoxPrior(d, sizes=(0.5,), name="p")
    assert prior.infer_type() == ([np.float32], [np.float32], [])
    with pytest.raises(MXNetError, match="Unsupported data type 1"):
        prior.infer_type(d="float64")
    iou = mx.sym.contrib.box_iou(d, e)
    assert iou.infer_type(d="float64") == ([np.float64, np.float64], [np.float64], [])
    with pytest.raises(MXNetError, match="at 1-th input: expected float32, got int64"):
        iou.infer_type(d="float32", e="int64")


def test_amp_cast_of_an_unknown_input_leaves_its_type_unknown():
    out = mx.sym.amp_cast(mx.sym.var("a"), dtype="float16")
    assert out.infer_type_partial() == ([None], [None], [])
    assert out.infer_type(a="float32") == ([np.float32], [np.float16], [])


def test_amp_multicast_types_the_outputs_of_known_inputs():
    a, b, c = mx.sym.var("a"), mx.sym.var("b"), mx.sym.var("c")
    three = mx.sym.amp_multicast(a, b, c, num_outputs=3)
    # float32 among the known ones widens the float16 and float32 inputs; an unknown input's output stays unknown
    assert three.infer_type_partial(a="float16", c="float32")[1] == [np.float32, None, np.float32]
    # otherwise they take the first input's type: unknown while it is
    assert three.infer_type_partial(b="float16")[1] == [None, None, None]
    assert three.infer_type_partial(a="float64", c="float16")[1] == [np.float64, None, np.float64]
    narrow = mx.sym.amp_multicast(a, b, c, num_outputs=3, cast_narrow=True)
    assert narrow.infer_type_partial(b="float16")[1] == [None, np.float16, None]


@pytest.mark.parametrize("make", [lambda a, b, c: mx.sym.contrib.boolean_mask(a, b),
                                  lambda a, b, c: mx.sym.contrib.edge_id(a, b, c),
                                  lambda a, b, c: mx.sym.contrib.index_copy(a, b, c)])
def test_data_and_output_of_index_ops_share_a_type_either_way(make):
    out = make(mx.sym.var("a"), mx.sym.var("b"), mx.sym.var("c"))
    assert out.infer_type_partial(a="float16")[1] == [np.float16]
    arg_types = (out + mx.sym.var("z")).infer_type_partial(z="int32")[0]
    assert arg_types[0] == np.int32 and arg_types[-1] == np.int32     # the sum's type reaches the data back
