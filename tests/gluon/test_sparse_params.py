"""Parameters with stype/grad_stype 'row_sparse' and the Trainer, against MXNet 1.9.1's behaviour and numbers."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd


def stored(a):
    assert a.stype == "row_sparse"
    return a.indices.asnumpy().tolist()


def _loss(y):
    return (y * nd.arange(y.size).reshape(y.shape)).sum()


def test_sparse_grad_embedding_has_a_row_sparse_gradient_buffer():
    emb = gluon.nn.Embedding(5, 3, sparse_grad=True)
    emb.initialize(mx.init.Constant(0.5))
    assert emb.weight.grad() is emb.weight.grad() and stored(emb.weight.grad()) == []
    with autograd.record():
        loss = _loss(emb(nd.array([1, 3, 1])))
    loss.backward()
    grad = emb.weight.grad()
    assert stored(grad) == [1, 3] and emb.weight.list_grad()[0] is grad
    assert grad.asnumpy()[[1, 3]].tolist() == [[6, 8, 10], [3, 4, 5]]
    emb.weight.zero_grad()
    assert stored(emb.weight.grad()) == []
    gluon.Trainer(emb.collect_params(), "sgd", {"learning_rate": 0.1})   # dense weight: no kvstore needed


def test_row_sparse_weight_is_read_through_the_trainer():
    p = gluon.Parameter("w", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")
    p.initialize(init=mx.init.One())
    with pytest.raises(RuntimeError, match=r"Parameter 'w' on ctx None via data\(\)"):
        p.data()
    with pytest.raises(RuntimeError, match=r"list_data\(\) because its storage type is row_sparse"):
        p.list_data()
    with pytest.raises(RuntimeError, match="when no Trainer is created"):
        p.row_sparse_data(nd.array([1, 2]))
    gluon.Trainer([p], "sgd", {"learning_rate": 0.1})
    rows = p.row_sparse_data(nd.array([2, 1]))
    assert stored(rows) == [1, 2] and rows.asnumpy()[[1, 2]].tolist() == [[1, 1], [1, 1]]
    with pytest.raises(TypeError, match="row_id must have NDArray type"):
        p.list_row_sparse_data([1])
    with pytest.raises(AttributeError):       # MXNet reads row_id.context first
        p.row_sparse_data([1])


def test_dense_parameter_refuses_row_sparse_reads():
    p = gluon.Parameter("d", shape=(2, 2))
    p.initialize()
    with pytest.raises(RuntimeError, match=r"via row_sparse_data\(\) because its storage type is default"):
        p.row_sparse_data(nd.array([0]))
    with pytest.raises(RuntimeError, match=r"list_row_sparse_data\(\) because its storage type is default"):
        p.list_row_sparse_data(nd.array([0]))


def test_row_sparse_weights_need_a_kvstore_that_updates():
    p = gluon.Parameter("w", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")
    p.initialize(init=mx.init.One())
    with pytest.raises(TypeError, match="Cannot create 'None' KVStore with row_sparse parameters"):
        gluon.Trainer([p], "sgd", kvstore=None)._init_kvstore()
    p = gluon.Parameter("v", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")   # w has its trainer
    p.initialize(init=mx.init.One())
    with pytest.raises(ValueError, match="update_on_kvstore=False when sparse weights"):
        gluon.Trainer([p], "sgd", update_on_kvstore=False)._init_kvstore()


@pytest.mark.parametrize("name, options, rows", [
    ("sgd", {"learning_rate": 0.5, "momentum": 0.9, "wd": 0.01},
     [[0.995, 0.745], [0.995, 0.495], [0.03803, -0.60239], [1, 1], [1, 1], [-0.005, -0.33833]]),
    ("adam", {"learning_rate": 0.1},
     [[1, 0.9], [1, 0.93612], [0.83299, 0.81844], [1, 1], [1, 1], [0.92559, 0.92559]]),
])
def test_sparse_embedding_trains_through_the_kvstore(name, options, rows):
    net = gluon.contrib.nn.SparseEmbedding(6, 2, weight_initializer=mx.init.Constant(1.0))
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), name, options)
    for ids in ([0, 2], [2, 5, 5], [1]):
        with autograd.record():
            loss = _loss(net(nd.array(ids)))
        loss.backward()
        assert stored(net.weight.grad()) == sorted(set(ids))
        trainer.step(len(ids))
    assert trainer._update_on_kvstore and trainer._kvstore.type == "device"
    weight = net.weight.row_sparse_data(nd.arange(6))
    np.testing.assert_allclose(weight.asnumpy(), rows, rtol=1e-4, atol=1e-5)
    assert stored(net.weight.list_row_sparse_data(nd.array([5]))[0]) == [5]


def test_sparse_gradients_with_a_device_kvstore_update_locally():
    emb = gluon.nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.Constant(1.0))
    emb.initialize(ctx=[mx.cpu(0), mx.cpu(1)])
    trainer = gluon.Trainer(emb.collect_params(), "sgd", {"learning_rate": 1.0})
    x = nd.array([1, 3])
    with autograd.record():
        losses = [(emb(x.as_in_context(c)) * 2).sum() for c in (mx.cpu(0), mx.cpu(1))]
    autograd.backward(losses)
    trainer.step(1)
    assert trainer._kvstore.type == "device" and trainer._update_on_kvstore is False
    for grad in emb.weight.list_grad():
        assert stored(grad) == [1, 3] and grad.asnumpy()[1].tolist() == [4, 4]
    for data in emb.weight.list_data():
        assert data.asnumpy().tolist() == [[1, 1], [-3, -3], [1, 1], [-3, -3], [1, 1]]


@pytest.mark.parametrize("hybridize", [False, True])
def test_sparse_grad_keeps_looked_up_rows_with_zero_gradient(hybridize):
    emb = gluon.nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.One())
    emb.initialize()
    if hybridize:
        emb.hybridize()
    trainer = gluon.Trainer(emb.collect_params(), "adam", {"learning_rate": 0.1})
    for ids, mask in (([0, 3], [1, 0]), ([3, 4], [0, 1]), ([0, 3], [0, 0])):
        with autograd.record():
            loss = (emb(nd.array(ids)) * nd.array(mask).reshape((2, 1))).sum()
        loss.backward()
        assert stored(emb.weight.grad()) == sorted(ids)       # MXNet stores the rows looked up, zero or not
        trainer.step(1)
    # the lazy Adam step of the last batch moves row 0 through its momentum (MXNet 1.9.1's numbers)
    np.testing.assert_allclose(emb.weight.data().asnumpy(), [[0.84248] * 2, [1, 1], [1, 1], [1, 1], [0.92559] * 2],
                               rtol=1e-5)


def test_saving_row_sparse_weights_needs_their_trainer(tmp_path):
    net = gluon.contrib.nn.SparseEmbedding(4, 2)
    net.initialize(mx.init.One())
    with pytest.raises(AttributeError):        # MXNet fails on the missing Trainer
        net.save_parameters(str(tmp_path / "w.params"))
    gluon.Trainer(net.collect_params(), "sgd")
    net.save_parameters(str(tmp_path / "w.params"))
    saved = nd.load(str(tmp_path / "w.params"))["weight"]
    assert saved.stype == "row_sparse" and saved.asnumpy().tolist() == [[1, 1]] * 4
