"""Differential fidelity: values measured from MXNet 1.9.1, embedded as literals."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import message_of


# ---- creation -------------------------------------------------------------------------
@pytest.mark.parametrize("args,dtype,expect", [
    ((0, 1, 0.3), "float32", [0.0, 0.30000001192092896, 0.6000000238418579, 0.9000000357627869]),
    ((5, 0, -1.3), "float32", [5.0, 3.700000047683716, 2.4000000953674316, 1.1000001430511475]),
    ((0, 5, 1.5), "int32", [0, 1, 2, 3]),
    ((0.5, 5, 1), "int32", [0, 1, 2, 3, 4]),
    ((0, 2, 0.5), "int64", [0, 0, 0, 0]),
    ((2.5,), "float32", [0.0, 1.0, 2.0]),
])
def test_arange_values_in_output_dtype(args, dtype, expect):
    r = nd.arange(*args, dtype=dtype)
    assert r.dtype == np.dtype(dtype).type
    assert r.asnumpy().tolist() == expect


def test_arange_empty_range_is_an_error():
    with pytest.raises(mx.base.MXNetError):
        nd.arange(3, 1, 1)


@pytest.mark.parametrize("source", [[[1, 2], [3]], ["a"], [1, [2]], [nd.array([1]), nd.array([2])]])
def test_array_bad_sources_raise_type_error(source):
    with pytest.raises(TypeError):
        nd.array(source)


# ---- indexing -------------------------------------------------------------------------
@pytest.mark.parametrize("key,total", [
    (1, 40.0), ((1, 2), 10.0), ((1, slice(0, 2)), 20.0), ((slice(0, 2),), 80.0),
    ((slice(0, 3, 2),), 0.0), ((slice(None), 1), 0.0), ((1, slice(None), 0), 0.0),
    ((Ellipsis, 0), 0.0), ((None, 1), 40.0), ((slice(1, 2), 1), 10.0), ((1, slice(0, 4, 2)), 0.0),
])
def test_getitem_is_a_view_only_for_contiguous_blocks(key, total):
    c = nd.zeros((3, 4, 2))
    v = c[key]
    v[:] = 5
    assert float(c.sum().asscalar()) == total


def test_index_kinds_errors():
    a = nd.arange(24).reshape((2, 3, 4))
    with pytest.raises(ValueError):
        a[1.0]
    with pytest.raises(ValueError):
        a[nd.array([1, 0], dtype="bool")]
    assert a[np.array([True, False])].asnumpy().tolist() == a[[1, 0]].asnumpy().tolist()
    b = nd.zeros((3, 4))
    with pytest.raises(ValueError):
        b[0] = nd.array([1, 2, 3])
    with pytest.raises(IndexError):
        b[5] = 1


# ---- save -----------------------------------------------------------------------------
@pytest.mark.parametrize("data,exc", [
    ((nd.array([1]),), ValueError), ("x", ValueError), (3, ValueError), ({"a": 1}, TypeError),
    ([nd.array([1]), 2], TypeError), ({"a": nd.array([1]), 1: nd.array([2])}, TypeError)])
def test_save_rejects_what_mxnet_rejects(tmp_path, data, exc):
    with pytest.raises(exc):
        nd.save(str(tmp_path / "x"), data)


# ---- io -------------------------------------------------------------------------------
@pytest.mark.parametrize("n,round_batch,epochs", [
    (10, True, [[([0, 2, 4, 6], 0), ([8, 10, 12, 14], 0), ([16, 18, 0, 2], 2)],
                [([4, 6, 8, 10], 0), ([12, 14, 16, 18], 0)],
                [([0, 2, 4, 6], 0), ([8, 10, 12, 14], 0), ([16, 18, 0, 2], 2)]]),
    (10, False, [[([0, 2, 4, 6], 0), ([8, 10, 12, 14], 0), ([16, 18, 12, 14], 2)]] * 3),
    (3, True, [[([0, 2, 4, 0], 1)], [([2, 4, 0, 2], 2)], [([4, 0, 2, 4], 3)]]),
    (9, True, [[([0, 2, 4, 6], 0), ([8, 10, 12, 14], 0), ([16, 0, 2, 4], 3)],
               [([6, 8, 10, 12], 0), ([14, 16, 0, 2], 2)],
               [([4, 6, 8, 10], 0), ([12, 14, 16, 0], 1)]]),
])
def test_csv_iter_epochs_as_mxnet(tmp_path, n, round_batch, epochs):
    path = str(tmp_path / "x.csv")
    np.savetxt(path, np.arange(n * 2).reshape(n, 2), delimiter=",")
    it = mx.io.CSVIter(data_csv=path, data_shape=(2,), batch_size=4, round_batch=round_batch)
    assert it.provide_data[0].dtype is np.float32
    for expect in epochs:
        got = [(b.data[0].asnumpy()[:, 0].tolist(), b.pad) for b in it]
        assert got == expect
        it.reset()


# ---- metric ---------------------------------------------------------------------------
def test_perplexity_sums_like_mxnet():
    m = mx.metric.Perplexity(ignore_label=None)
    m.update([nd.array([1, 0, 0, 1])], [nd.array([[0.3, 0.7], [0.6, 0.4], [0.2, 0.8], [0.9, 0.1]])])
    assert m.get() == ("perplexity", 3.3031645462248425)


def test_metric_errors_as_mxnet():
    with pytest.raises(AssertionError):
        mx.metric.create("nonexist")
    with pytest.raises(AssertionError):
        mx.metric.create("top_k_accuracy")
    with pytest.raises(mx.base.MXNetError):
        mx.metric.Accuracy().update([nd.array([1, 0, 2])], [nd.array([1, 1])])


# ---- context, name, attribute -----------------------------------------------------------
def test_context_fidelity():
    with pytest.raises(KeyError):
        mx.Context("tpu")
    assert mx.Context.default_ctx == mx.cpu(0)
    with mx.cpu(2):
        assert mx.Context.default_ctx == mx.cpu(2)
    with pytest.raises(mx.base.MXNetError):
        mx.context.gpu_memory_info(0)


def test_current_scopes_through_the_class():
    assert type(mx.name.NameManager.current).__name__ == "NameManager"
    with mx.AttrScope(a="1"):
        with mx.AttrScope(b="2"):
            assert mx.attribute.AttrScope.current.get({}) == {"a": "1", "b": "2"}


# ---- callback, model ------------------------------------------------------------------
def test_progress_bar_logs_like_mxnet(caplog):
    pb = mx.callback.ProgressBar(total=3, length=7)
    with caplog.at_level("INFO"):
        for i in range(5):
            pb(mx.model.BatchEndParam(epoch=0, nbatch=i, eval_metric=None, locals=None))
    assert [r.getMessage() for r in caplog.records] == [
        "[-------] 0%\r", "[==-----] 34%\r", "[=====--] 67%\r", "[=======] 100%\r", "[=========] 134%\r"]


def test_load_checkpoint_missing_is_mxnet_error(tmp_path):
    with pytest.raises(mx.base.MXNetError):
        mx.model.load_checkpoint(str(tmp_path / "nothing"), 1)


# ---- recordio -------------------------------------------------------------------------
def test_recordio_misuse_raises_assertion_error(tmp_path):
    with pytest.raises(ValueError):
        mx.recordio.MXRecordIO(str(tmp_path / "b.rec"), "x")
    w = mx.recordio.MXRecordIO(str(tmp_path / "a.rec"), "w")
    w.write(b"rec0")
    with pytest.raises(AssertionError):
        w.read()
    w.close()
    r = mx.recordio.MXRecordIO(str(tmp_path / "a.rec"), "r")
    with pytest.raises(AssertionError):
        r.write(b"x")
    assert r.read() == b"rec0"


# ---- test_utils -----------------------------------------------------------------------
def test_tolerances_by_dtype():
    tu = mx.test_utils
    assert tu.get_tols(np.zeros(1, dtype=np.float32), np.zeros(1), None, None) == (0.0001, 0.001)
    assert tu.get_tols(nd.zeros(1), nd.zeros(1, dtype="float16"), None, 0.5) == (0.01, 0.5)
    assert (tu.get_atol(), tu.get_rtol(), tu.get_atol(0.5), tu.get_etol()) == (1e-20, 1e-5, 0.5, 0)
    tu.assert_almost_equal(nd.array([1.0, 2.0]), nd.array([1.0, 2.0005]))     # float32: rtol 1e-4, atol 1e-3
    assert not tu.almost_equal(np.float32(1.0), np.float32(1.00001))          # almost_equal: 1e-5 always


def test_assert_almost_equal_report_and_message(capsys):
    with pytest.raises(AssertionError) as e:
        mx.test_utils.assert_almost_equal(nd.array([[1.0, 2.0], [3, 4]]), np.array([[1.0, 2.5], [3, 4.6]]),
                                          names=("x", "y"))
    assert capsys.readouterr().out == (
        "\n*** Maximum errors for vector of size 4:  rtol=0.0001, atol=0.001\n\n"
        "  1: Error 410.958904  Location of error: (1, 1), x=4.00000000, y=4.60000000\n"
        "  2: Error 400.000000  Location of error: (0, 1), x=2.00000000, y=2.50000000\n")
    assert message_of(e.value) == (
        "\nItems are not equal:\nError 410.958904 exceeds tolerance rtol=1.000000e-04, atol=1.000000e-03 "
        "(mismatch 50.000000%).\nLocation of maximum error: (1, 1), x=4.00000000, y=4.60000000\n"
        " ACTUAL: array([[1., 2.],\n       [3., 4.]], dtype=float32)\n DESIRED: array([[1. , 2.5],\n       [3. , 4.6]])")
    with pytest.raises(AssertionError) as e:
        mx.test_utils.assert_almost_equal(1.0, 1.1)
    assert message_of(e.value) == ("\nItems are not equal:\nError 9090.909091 exceeds tolerance rtol=1.000000e-05, "
                            "atol=1.000000e-20.\n\n ACTUAL: 1.0\n DESIRED: 1.1")
    with pytest.raises(AssertionError) as e:
        mx.test_utils.assert_almost_equal(np.arange(30.0).reshape(5, 6), np.arange(30.0).reshape(5, 6) * 1.1)
    assert "(mismatch at least 36.666667%)" in message_of(e.value)


def test_check_numeric_gradient_takes_a_symbol():
    x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
    s = mx.sym.FullyConnected(x, weight=w, num_hidden=2, no_bias=True)
    rs = np.random.RandomState(1)
    mx.test_utils.check_numeric_gradient(s, {"x": rs.rand(3, 4), "w": rs.rand(2, 4)})
    out = mx.test_utils.check_symbolic_forward(mx.sym.sin(x), [np.array([0.5, 1.0])], [np.sin([0.5, 1.0])])
    assert isinstance(out[0], nd.NDArray)


def test_ndarray_iter_shuffles_like_mxnet_every_epoch():
    x, y = np.arange(20).reshape(10, 2).astype("float32"), np.arange(10).astype("float32")
    np.random.seed(0)
    it = mx.io.NDArrayIter(x, y, batch_size=4, shuffle=True)
    epochs = []
    for _ in range(2):
        epochs.append([b.label[0].asnumpy().tolist() for b in it])
        it.reset()
    assert epochs[1] == [[5.0, 7.0, 0.0, 1.0], [6.0, 2.0, 4.0, 3.0], [9.0, 8.0, 5.0, 7.0]]


def test_mnist_iter_scales_by_256(tmp_path):
    import struct
    imgs = (np.arange(5 * 28 * 28) % 256).astype(np.uint8).reshape(5, 28, 28)
    with open(tmp_path / "img", "wb") as f:
        f.write(struct.pack(">IIII", 2051, 5, 28, 28) + imgs.tobytes())
    with open(tmp_path / "lab", "wb") as f:
        f.write(struct.pack(">II", 2049, 5) + np.arange(5, dtype=np.uint8).tobytes())
    it = mx.io.MNISTIter(image=str(tmp_path / "img"), label=str(tmp_path / "lab"), batch_size=2, shuffle=False)
    got = [(float(b.data[0].sum().asscalar()), b.label[0].asnumpy().tolist()) for b in it]
    assert got == [(766.9375, [0.0, 1.0]), (770.9375, [2.0, 3.0])]


# ---- optimizer ------------------------------------------------------------------------
def test_group_adagrad_matches_mxnet():
    o = mx.optimizer.create("groupadagrad", learning_rate=0.1)
    w, g = nd.array([[0.5, -1.0], [2.0, 0.1]]), nd.array([[0.1, 0.2], [-0.3, 0.4]])
    st = o.create_state(0, w)
    for _ in range(3):
        o.update(0, w, g, st)
    assert w.asnumpy().tolist() == [[0.3555378019809723, -1.2889244556427002],
                                    [2.1938371658325195, -0.15844982862472534]]
    assert st.asnumpy().tolist() == [[0.07500000298023224], [0.375]]
    with pytest.raises(AssertionError):
        mx.optimizer.create("groupadagrad", wd=0.1).update(0, w, g, st)


@pytest.mark.parametrize("idx,expect", [
    (0, [[0.4997650682926178, -1.0004699230194092], [2.000704765319824, 0.09906033426523209]]),
    (1, [[0.4439000189304352, -1.1122000217437744], [2.168299913406372, -0.12440000474452972]]),   # a bias: no scaling
])
def test_lars_matches_mxnet(idx, expect):
    o = mx.optimizer.create("lars", learning_rate=0.1, momentum=0.9, param_idx2name={0: "w", 1: "fc_bias"})
    w, g = nd.array([[0.5, -1.0], [2.0, 0.1]]), nd.array([[0.1, 0.2], [-0.3, 0.4]])
    st = o.create_state(idx, w)
    for _ in range(3):
        o.update(idx, w, g, st)
    np.testing.assert_allclose(w.asnumpy(), expect, rtol=1e-6)


def test_lbsgd_accumulates_batch_scale_gradients_like_mxnet():
    o = mx.optimizer.create("lbsgd", learning_rate=0.1, batch_scale=3, momentum=0.9, warmup_epochs=1,
                            updates_per_epoch=4)
    w = nd.array([[0.5, -1.0], [2.0, 0.1]])
    st = o.create_state(0, w)
    seen = []
    for t in range(5):
        o.update(0, w, nd.array([[0.1, 0.2], [-0.3, 0.4]]) * (t + 1), st)
        seen.append([round(float(x), 6) for x in w.asnumpy().ravel()])
    assert seen == [[0.5, -1.0, 2.0, 0.1], [0.5, -1.0, 2.0, 0.1], [0.45, -1.1, 2.15, -0.1],
                    [0.45, -1.1, 2.15, -0.1], [0.45, -1.1, 2.15, -0.1]]
    assert (o.cumgrads[0]["num_cums"], o.num_update) == (5, 5)


def test_small_test_utils_helpers():
    tu = mx.test_utils
    np.random.seed(0)
    assert tu.random_sample([1, 2, 3, 4], 2) == [3, 4]
    arrays = tu.random_uniform_arrays((2,))
    assert isinstance(arrays, list) and arrays[0].tolist() == [0.6027633547782898, 0.5448831915855408]
    assert tu.gen_buckets_probs_with_ppf(lambda x: x, 2) == ([(0.0, 0.5), (0.5, 1.0)], [0.5, 0.5])
    import os
    with tu.environment("DISTNET_SWEEP_X", "1"):
        assert os.environ["DISTNET_SWEEP_X"] == "1"
    assert "DISTNET_SWEEP_X" not in os.environ
    assert tu.np_reduce(np.arange(6).reshape(2, 3), (0,), True, np.max).tolist() == [[3, 4, 5]]


def test_optimizer_construction_messages_as_mxnet(caplog):
    with pytest.raises(AssertionError, match="param_idx2name"):
        mx.optimizer.SGD(param_idx2name=[1, 2])
    with caplog.at_level("INFO"):
        mx.optimizer.create("lbsgd")
    assert [r.getMessage() for r in caplog.records][-2:] == [
        "Running Large-Batch SGD Algorithm",
        "(Batch_scale=1.000000, warmup_epochs=5, warmup_strategy=linear, updates_per_epoch=32)"]


def test_fresh_grad_flag():
    x = nd.array([1.0, 2.0])
    assert x._fresh_grad == 0
    x.attach_grad()
    assert x._fresh_grad == 0
    with mx.autograd.record():
        y = (x * x).sum()
    y.backward()
    assert x._fresh_grad == 1
    x._fresh_grad = False
    assert x._fresh_grad == 0


@pytest.mark.parametrize("n,seed,expect", [(10, 0, [0, 2, 3, 5, 9, 1, 6, 8, 4, 7]), (10, 1, [6, 9, 7, 2, 4, 1, 5, 3, 8, 0]),
                                           (5, 0, [0, 2, 3, 1, 4]), (5, 1, [1, 0, 3, 2, 4])])
def test_mnist_iter_shuffles_in_mxnet_order(tmp_path, n, seed, expect):
    import struct
    with open(tmp_path / "img", "wb") as f:
        f.write(struct.pack(">IIII", 2051, n, 28, 28) + bytes(n * 28 * 28))
    with open(tmp_path / "lab", "wb") as f:
        f.write(struct.pack(">II", 2049, n) + bytes(range(n)))
    it = mx.io.MNISTIter(image=str(tmp_path / "img"), label=str(tmp_path / "lab"), batch_size=n, seed=seed)
    for _ in range(2):         # shuffled once at load: every epoch has the same order
        assert [b.label[0].asnumpy().astype(int).tolist() for b in it] == [expect]
        it.reset()


def _libsvm_file(tmp_path):
    path = tmp_path / "d.libsvm"
    path.write_text("1 0:1.5 3:2\n0 1:1\n2 2:3.5 4:1 5:2\n1\n0 0:0.5\n")
    return str(path)


def test_libsvm_iter_batches_as_mxnet(tmp_path):
    it = mx.io.LibSVMIter(data_libsvm=_libsvm_file(tmp_path), data_shape=(6,), batch_size=2)
    assert it.provide_label[0].shape == (2,)
    first = [(b.data[0].stype, b.data[0].indices.asnumpy().tolist(), b.data[0].indptr.asnumpy().tolist(),
              b.label[0].asnumpy().tolist(), b.pad) for b in it]
    assert first == [("csr", [0, 3, 1], [0, 2, 3], [1.0, 0.0], 0), ("csr", [2, 4, 5], [0, 3, 3], [2.0, 1.0], 0),
                     ("csr", [0, 0, 3], [0, 1, 3], [0.0, 1.0], 1)]
    it.reset()          # round_batch: the next epoch starts after the sample that filled the last batch
    assert [b.label[0].asnumpy().tolist() for b in it] == [[0.0, 2.0], [1.0, 0.0]]
    with pytest.raises(mx.base.MXNetError):
        mx.io.LibSVMIter(data_libsvm=_libsvm_file(tmp_path), data_shape=(6,), batch_size=2, round_batch=False)


@pytest.mark.parametrize("parts,index,labels", [(2, 0, [1.0, 0.0, 2.0]), (3, 1, [2.0]), (3, 2, [1.0, 0.0]),
                                                (4, 3, [1.0, 0.0])])
def test_libsvm_iter_splits_the_file_by_bytes(tmp_path, parts, index, labels):
    it = mx.io.LibSVMIter(data_libsvm=_libsvm_file(tmp_path), data_shape=(6,), batch_size=1, num_parts=parts,
                          part_index=index)
    assert [b.label[0].asnumpy().tolist()[0] for b in it] == labels


def test_a_class_given_where_a_name_is_read_fails_with_pythons_words():
    import distnet as mx
    dense = mx.gluon.nn.Dense
    for call in (lambda: mx.nd.save(dense, [mx.nd.ones(2)]), lambda: mx.recordio.MXRecordIO(dense, "r")):
        with pytest.raises(AttributeError, match="^type object 'Dense' has no attribute 'encode'$"):
            call()
    with pytest.raises(AttributeError, match="^'int' object has no attribute 'encode'$"):
        mx.nd.save(5, [mx.nd.ones(2)])


def test_trainer_names_the_class_it_was_given_as_mxnet_does():
    import distnet as mx
    with pytest.raises(ValueError) as err:
        mx.gluon.Trainer([mx.nd.ones(2)], "sgd")
    assert message_of(err.value) == ("First argument must be a list or dict of Parameters, got list of "
                              "<class 'mxnet.ndarray.ndarray.NDArray'>.")


def test_operator_functions_show_the_signatures_mxnet_generates():
    import inspect
    import distnet as mx
    assert str(inspect.signature(mx.nd.image.normalize)) == (
        "(data=None, mean=_Null, std=_Null, out=None, name=None, **kwargs)")
    assert str(inspect.signature(mx.nd.random.uniform_like)) == (
        "(data=None, low=_Null, high=_Null, out=None, name=None, **kwargs)")
    assert str(inspect.signature(mx.sym.random.normal_like)) == (
        "(data=None, loc=_Null, scale=_Null, name=None, attr=None, out=None, **kwargs)")
    assert str(inspect.signature(mx.nd.eye)) == "(N, M=0, k=0, ctx=None, dtype=None, **kwargs)"
    assert mx.nd.eye(2, dtype=None).dtype == np.float32


def test_functions_made_per_name_carry_that_name_in_pythons_type_errors():
    import distnet as mx
    with pytest.raises(TypeError, match=r"maximum\(\) missing 1 required positional argument: 'right'$"):
        mx.sym.maximum(mx.sym.var("x"))
    with pytest.raises(TypeError, match=r"resnet18_v1\(\) takes 0 positional arguments but 2 were given$"):
        mx.gluon.model_zoo.vision.resnet18_v1(1, 2)
