"""npx operators refuse an out= array of the wrong shape or dtype in the words of each operator's inference."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError, message_of


@pytest.fixture(autouse=True)
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


X = [[1.5, -2., 0., 1.], [3., -0.5, 4., 2.]]


def refusal(fn):
    with pytest.raises(MXNetError) as info:
        fn()
    return message_of(info.value).splitlines()[0]


def test_elementwise_out_shape_is_checked_before_its_dtype():
    x = np.array(X)
    assert refusal(lambda: npx.relu(x, out=np.zeros((3, 5), dtype="int32"))) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected [2,4], got [3,5]")


def test_bool_out_is_an_unknown_type():
    x = np.array(X)
    assert refusal(lambda: npx.relu(x, out=np.zeros((2, 4), dtype="bool"))).endswith("expected float32, got unknown")


@pytest.mark.parametrize("call, words", [
    (lambda x, o: npx.shape_array(x, out=o), "Type inconsistent, Provided = int32, inferred type = int64"),
    (lambda x, o: npx.softmax(x, dtype="float64", out=o),
     "Type inconsistent, Provided = int32, inferred type = float64"),
    (lambda x, o: npx.topk(x, k=2, out=o),
     "Check failed: type_assign(&(*out_attrs)[0], param.dtype): Failed to set the type of ret_indices."),
    (lambda x, o: npx.pooling(x.reshape((1, 1, 2, 4)), kernel=(1, 1), out=o),
     "Check failed: outputs[i]->dtype() == out_types[i] (4 vs. 0) : 0-th output has invalid shape. Expecting 0 got 4 "
     "in operator Pooling"),
    (lambda x, o: npx.embedding(np.array([0, 2]), x.T, input_dim=4, output_dim=2, out=o),
     "Check failed: dtype_in == dtype_out (0 vs. 4) : Input and output weights must have same type"),
])
def test_out_dtype_words(call, words):
    x = np.array(X)
    right = call(x, None)
    assert refusal(lambda: call(x, np.zeros(right.shape, dtype="int32"))) == words


def test_out_shape_words_of_layers():
    x = np.array(X)
    assert refusal(lambda: npx.batch_flatten(x, out=np.zeros((3, 5)))) == \
        "Shape inconsistent, Provided = [3,5], inferred shape=(2,4)"
    assert refusal(lambda: npx.batch_norm(x, np.ones(4), np.zeros(4), np.zeros(4), np.ones(4), out=np.zeros((7,)))) == \
        ("Check failed: outputs[i]->shape() == out_shapes[i] ([7] vs. [2,4]) : 0-th output has invalid shape. "
         "Expecting [2,4] got [7] in operator BatchNorm")


def test_layer_norm_checks_out_dtype_before_its_shape():
    x = np.array(X)
    assert refusal(lambda: npx.layer_norm(x, np.ones(4), np.zeros(4), out=np.zeros((3, 5), dtype="int32"))) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected float32, "
        "got int32")


def test_out_count_of_batch_norm_with_its_statistics():
    x = np.ones((2, 2))
    assert refusal(lambda: npx.batch_norm(x, np.ones(2), np.zeros(2), np.zeros(2), np.ones(2), output_mean_var=True,
                                          out=np.zeros((2, 2)))) == (
        "Check failed: *num_outputs == infered_num_outputs || *num_outputs == num_visible_outputs: Operator expects "
        "3 (all) or 3 (visible only) outputs, but got 1 instead.")


def test_legacy_operator_out_words_match_npx():
    x = mx.nd.array(X)
    with pytest.raises(MXNetError, match=r"inferred shape=\(2,2\)"):
        mx.nd.FullyConnected(x, x, x[:, 0], num_hidden=2, out=mx.nd.zeros((3, 5)))


def test_right_out_is_written_and_returned():
    x = np.array(X)
    out = np.zeros((2,), dtype="int64")
    assert npx.shape_array(x, out=out) is out
    assert out.tolist() == [2, 4]


def test_each_out_array_of_a_list_is_checked_in_its_place():
    x = np.array(X)
    ones, zeros = np.ones(4), np.zeros(4)
    outs = [np.zeros((2, 4)), np.zeros(4, dtype="float64"), np.zeros(4)]
    assert refusal(lambda: npx.batch_norm(x, ones, zeros, zeros, ones, output_mean_var=True, out=outs)) == (
        "Check failed: outputs[i]->dtype() == out_types[i] (1 vs. 0) : 1-th output has invalid shape. Expecting 0 "
        "got 1 in operator BatchNorm")
    assert refusal(lambda: npx.topk(x, k=2, ret_typ="both", out=[np.zeros((2, 2)), np.zeros((2, 2), "float64")])) \
        == "Check failed: type_assign(&(*out_attrs)[1], param.dtype): Failed to set the type of ret_indices."
    right = [np.zeros((2, 4)), np.zeros((2, 1)), np.zeros((2, 1))]
    assert npx.layer_norm(x, ones, zeros, output_mean_var=True, out=right) is right
