"""Symbol.infer_type as MXNet 1.9.1 decides dtypes (values and messages measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


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
     "This layer requires uniform type. Expected 'float32' v.s. given 'int32' at 'label'"),
    (lambda d, l: mx.sym.Convolution(d, l, kernel=(1,), num_filter=1, no_bias=True, name='op'),
     "This layer requires uniform type. Expected 'float32' v.s. given 'int32' at 'weight'"),
    (lambda d, l: mx.sym.LeakyReLU(d, l, act_type='prelu', name='op'),
     "Type inconsistent, Provided = int32, inferred type = float32"),
    (lambda d, l: mx.sym.Concat(d, l, name='op'),
     "Non-uniform data type in Concat, expected data type float32, got data type int32 for input 1"),
    (lambda d, l: mx.sym.LinearRegressionOutput(d, l, name='op'),
     "Incompatible attr in node op at 1-th input: expected float32, got int32"),
])
def test_mismatched_input_dtypes_are_reported_in_the_ops_words(make, message):
    sym = make(mx.sym.var('data'), mx.sym.var('label'))
    with pytest.raises(MXNetError) as info:
        sym.infer_type(data=np.float32, label=np.int32)
    assert str(info.value) == "Error in operator op: " + message
