"""mx.model.FeedForward and the model module's helpers, checked against values measured on MXNet 1.9.1."""
import logging
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import model as mxmodel

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

X = np.arange(24, dtype="float32").reshape(8, 3) / 10 - 1
Y = np.array([0, 1, 1, 0, 1, 0, 0, 1], "float32")


def softmax_net():
    fc = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=2, name="fc")
    return mx.sym.SoftmaxOutput(fc, name="softmax")


def start_params():
    return {"fc_weight": mx.nd.array([[0.1, -0.2, 0.3], [0.0, 0.2, -0.1]]), "fc_bias": mx.nd.array([0.05, -0.05])}


def trained(num_epoch=2, **kwargs):
    model = mx.model.FeedForward(softmax_net(), num_epoch=num_epoch, arg_params=start_params(),
                                 learning_rate=0.5, momentum=0.9, wd=0.01)
    model.fit(mx.io.NDArrayIter(X, Y, batch_size=4), **kwargs)
    return model


def test_construction_warns_and_keeps_settings():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = mx.model.FeedForward(softmax_net(), num_epoch=3, learning_rate=0.1)
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "mxnet.model.FeedForward has been deprecated" in str(caught[0].message)
    assert model.ctx == [mx.cpu()] and model.numpy_batch_size == 128 and model.optimizer == "sgd"
    assert model.kwargs == {"learning_rate": 0.1} and model.begin_epoch == 0 and model.epoch_size is None
    assert mx.model.FeedForward(softmax_net(), ctx=mx.cpu(1)).ctx == [mx.cpu(1)]


def test_sgd_training_matches_mxnet_bits():
    model = trained()
    # MXNet 1.9.1, same data, start values and optimizer settings (wd reaches the weight, not the bias)
    assert model.arg_params["fc_weight"].asnumpy().tolist() == [
        [0.07435707747936249, -0.22209131717681885, 0.24554024636745453],
        [0.021152906119823456, 0.22209130227565765, -0.05452026426792145]]
    assert model.arg_params["fc_bias"].asnumpy().tolist() == [-0.0501493401825428, 0.05014931410551071]
    assert model.predict(X[:3]).tolist() == [
        [0.5015532970428467, 0.4984467327594757], [0.49473464488983154, 0.5052653551101685],
        [0.4879179894924164, 0.5120820999145508]]


def test_fit_logs_like_mxnet(caplog):
    with caplog.at_level(logging.INFO):
        trained(num_epoch=1, eval_data=mx.io.NDArrayIter(X, Y, batch_size=4))
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == "Start training with [cpu(0)]"
    assert messages[1] == "Epoch[0] Resetting Data Iterator"
    assert messages[2].startswith("Epoch[0] Time cost=")
    assert messages[3].startswith("Epoch[0] Validation-accuracy=")


def test_callbacks_follow_epoch_size_and_restart_the_iterator():
    seen = []
    model = mx.model.FeedForward(softmax_net(), num_epoch=2, epoch_size=3, learning_rate=0.1)
    model.fit(mx.io.NDArrayIter(X, Y, batch_size=2), batch_end_callback=lambda p: seen.append((p.epoch, p.nbatch)),
              epoch_end_callback=[lambda e, s, a, x: seen.append(("end", e, sorted(a)))])
    assert seen == [(0, 1), (0, 2), (0, 3), ("end", 0, ["fc_bias", "fc_weight"]),
                    (1, 1), (1, 2), (1, 3), ("end", 1, ["fc_bias", "fc_weight"])]


def test_predict_drops_padding_and_returns_data():
    model = trained(num_epoch=1)
    out, data, label = model.predict(mx.io.NDArrayIter(X[:5], Y[:5], batch_size=2), return_data=True)
    assert out.shape == (5, 2) and np.array_equal(data, X[:5]) and label.tolist() == Y[:5].tolist()
    assert model.predict(mx.io.NDArrayIter(X, Y, batch_size=2), num_batch=2).shape == (4, 2)
    assert np.array_equal(model.predict(X), model.predict(mx.nd.array(X)))


def test_score_of_arrays_compares_with_zero_labels():
    model = trained()
    predicted_zero = float(np.mean(model.predict(X).argmax(1) == 0))
    assert model.score(X) == pytest.approx(predicted_zero)
    assert model.score(mx.io.NDArrayIter(X, Y, batch_size=4)) == pytest.approx(
        float(np.mean(model.predict(X).argmax(1) == Y)))


def test_save_load_round_trip(tmp_path):
    model = trained()
    prefix = str(tmp_path / "ff")
    model.save(prefix)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ff-0002.params", "ff-symbol.json"]
    loaded = mx.model.FeedForward.load(prefix, 2, numpy_batch_size=3)
    assert loaded.begin_epoch == 2 and loaded.numpy_batch_size == 3
    assert np.array_equal(loaded.predict(X), model.predict(X))


def test_create_trains_and_returns_the_model():
    model = mx.model.FeedForward.create(softmax_net(), X, Y, num_epoch=1, learning_rate=0.1, numpy_batch_size=4)
    assert isinstance(model, mx.model.FeedForward) and sorted(model.arg_params) == ["fc_bias", "fc_weight"]


def test_extra_params_are_dropped_when_allowed():
    params = dict(start_params(), other=mx.nd.ones((1,)))
    model = mx.model.FeedForward(softmax_net(), arg_params=params, allow_extra_params=True)
    assert sorted(model.arg_params) == ["fc_bias", "fc_weight"]


@pytest.mark.parametrize("call, error, message", [
    (lambda m: m.fit(X), ValueError, "y must be specified"),
    (lambda m: m.fit(X, [0, 1]), TypeError, "y must be ndarray"),
    (lambda m: m.fit(X, Y[:2]), ValueError, "numbers of data points and labels not equal"),
    (lambda m: m.fit(X, np.zeros((8, 2))), ValueError, "Label must be 1D"),
    (lambda m: m.fit(X, Y, eval_data=(None, Y)), ValueError, "Eval data is NONE"),
    (lambda m: m.fit(X, Y, eval_data=3), TypeError, "Eval data must be DataIter"),
    (lambda m: m.predict([1, 2]), TypeError, "X must be DataIter"),
    (lambda m: m.fit(mx.io.NDArrayIter(X, Y, batch_size=4), eval_data=mx.io.NDArrayIter(X, Y, batch_size=2)),
     AssertionError, "Batch size miss match. Expected 4, got 2"),
])
def test_bad_input_is_refused_with_mxnets_errors(call, error, message):
    model = mx.model.FeedForward(softmax_net(), num_epoch=1)
    with pytest.raises(error, match=message):
        call(model)


def test_duplicate_argument_names_are_refused():
    data = mx.sym.Variable("data")
    twice = mx.sym.FullyConnected(data, num_hidden=2, name="fc") + mx.sym.FullyConnected(data, num_hidden=2, name="fc")
    with pytest.raises(ValueError, match='duplicated argument name "fc_weight"'):
        mx.model.FeedForward(twice)


def test_create_kvstore_choices():
    assert mxmodel._create_kvstore("local", 1, {}) == (None, False)
    assert mxmodel._create_kvstore(None, 4, {}) == (None, False)
    kv, update = mxmodel._create_kvstore("local", 2, {"w": mx.nd.ones((2,))})
    assert kv.type == "local" and update is True
    with pytest.raises(TypeError, match="kvstore must be KVStore, str or None"):
        mxmodel._create_kvstore(3, 1, {})


def test_update_params_gives_each_device_copy_its_own_index():
    calls = []
    weights = [[mx.nd.ones(1), mx.nd.ones(1)], [mx.nd.ones(1), mx.nd.ones(1)], [mx.nd.ones(1), mx.nd.ones(1)]]
    grads = [[mx.nd.ones(1), mx.nd.ones(1)], [None, None], [mx.nd.ones(1), mx.nd.ones(1)]]
    mxmodel._update_params(weights, grads, lambda i, g, w: calls.append(i), num_device=2)
    assert calls == [[0, 4], [1, 5]]


def test_load_data_fills_device_slices():
    batch = mx.io.DataBatch([mx.nd.array(np.arange(6).reshape(3, 2))])
    first, second = mx.nd.zeros((2, 2)), mx.nd.zeros((1, 2))
    mxmodel._load_data(batch, [[(slice(0, 2), first), (slice(2, 3), second)]])
    assert first.asnumpy().tolist() == [[0, 1], [2, 3]] and second.asnumpy().tolist() == [[4, 5]]
    with pytest.raises(AssertionError, match="Batch size miss match"):
        mxmodel._load_data(batch, [[(slice(0, 2), first)]])


def test_multiple_callbacks_accepts_none_one_or_a_list():
    calls = []
    mxmodel._multiple_callbacks(None, 1)
    mxmodel._multiple_callbacks(calls.append, 1)
    mxmodel._multiple_callbacks([calls.append, lambda v: calls.append(-v)], 2)
    assert calls == [1, 2, -2]


def test_save_checkpoint_moves_each_value_to_the_cpu_so_numpy_values_fail(tmp_path):
    prefix = str(tmp_path / "m")
    with pytest.raises(AttributeError, match="as_in_context"):
        mxmodel.save_checkpoint(prefix, 1, softmax_net(), {"fc_weight": np.ones((2, 3))}, {})
    mxmodel.save_checkpoint(prefix, 1, softmax_net(), start_params(), {"m": mx.nd.ones(1)})
    args, auxs = mxmodel.load_params(prefix, 1)
    assert sorted(args) == ["fc_bias", "fc_weight"] and auxs["m"].asnumpy().tolist() == [1.0]


def test_an_optimizer_object_is_taken_as_given_without_modules_rescale_warning():
    model = mx.model.FeedForward(softmax_net(), num_epoch=1, arg_params=start_params(),
                                 optimizer=mx.optimizer.SGD(learning_rate=0.1))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.fit(mx.io.NDArrayIter(X, Y, batch_size=4))
    assert not [w for w in caught if w.category is UserWarning]
    assert model.arg_params["fc_bias"].asnumpy().tolist() != [0.05, -0.05]


def test_a_work_load_per_device_is_checked_after_the_start_is_logged(caplog):
    model = mx.model.FeedForward(softmax_net(), ctx=[mx.cpu(0), mx.cpu(1)], num_epoch=1)
    with caplog.at_level(logging.INFO), pytest.raises(AssertionError, match="^Invalid settings for work load. $"):
        model.fit(mx.io.NDArrayIter(X, Y, batch_size=4), work_load_list=[1])
    assert [r.getMessage() for r in caplog.records] == ["Start training with [cpu(0), cpu(1)]"]


def test_save_without_an_epoch_is_a_bare_assertion(tmp_path):
    with pytest.raises(AssertionError, match="^$"):
        mx.model.FeedForward(softmax_net()).save(str(tmp_path / "m"))


def _bucket_net(key):
    emb = mx.sym.Embedding(mx.sym.Variable("data"), input_dim=4, output_dim=2, name="emb")
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.sum(emb, axis=1), num_hidden=2, name="fc"), name="softmax")


class _Buckets(mx.io.DataIter):
    """Batches of two rows whose lengths are ``keys`` (the first is the default bucket)."""

    def __init__(self, keys):
        super().__init__(2)
        self.keys, self.i, self.default_bucket_key = keys, 0, keys[0]
        self.provide_data = [mx.io.DataDesc("data", (2, keys[0]))]
        self.provide_label = [mx.io.DataDesc("softmax_label", (2,))]

    def reset(self):
        self.i = 0

    def next(self):
        if self.i == len(self.keys):
            raise StopIteration
        k = self.keys[self.i]
        self.i += 1
        return mx.io.DataBatch([mx.nd.ones((2, k))], [mx.nd.array([0, 1])], bucket_key=k,
                               provide_data=[mx.io.DataDesc("data", (2, k))],
                               provide_label=[mx.io.DataDesc("softmax_label", (2,))])


def test_sym_gen_buckets_share_parameters_and_grow_their_inputs_with_a_warning(caplog):
    model = mx.model.FeedForward(_bucket_net, num_epoch=1, learning_rate=0.1)
    with caplog.at_level(logging.INFO):
        model.fit(_Buckets([2, 3, 2]))
    grown = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert grown == ['bucketing: data "data" has a shape (2, 3), which is larger than already allocated shape (2, 2). '
                     'Need to re-allocate. Consider putting default_bucket_key to be the bucket taking the largest '
                     'input for better memory sharing.']
    assert sorted(model.arg_params) == ["emb_weight", "fc_bias", "fc_weight"]


def test_a_sym_gen_bucket_smaller_than_the_inputs_bound_before_cannot_reuse_them():
    model = mx.model.FeedForward(_bucket_net, num_epoch=1)
    with pytest.raises(ValueError, match=r"Cannot reshape array of size 8 into shape \(2, 2\)"):
        model.fit(_Buckets([4, 2]))


def test_batch_callbacks_see_the_training_loops_locals_by_mxnets_names():
    seen = []
    trained(num_epoch=1, batch_end_callback=lambda p: seen.append(sorted(
        k for k in ("executor_manager", "data_batch", "nbatch", "epoch") if k in p.locals)))
    assert seen == [["data_batch", "epoch", "executor_manager", "nbatch"]] * 2


def test_model_module_names_only_what_mxnets_model_module_imports():
    public = {n for n in dir(mx.model) if not n.startswith("_")}
    assert "MXNetError" not in public
    assert {"FeedForward", "BatchEndParam", "save_checkpoint", "load_checkpoint", "load_params"} <= public
