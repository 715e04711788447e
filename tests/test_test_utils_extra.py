"""mx.test_utils helpers beyond closeness checks: sparse generators, matrices, consistency, generator
tests and data set downloads (values measured on MXNet 1.9.1 where a seed fixes them)."""
import bz2
import functools
import gzip
import http.server
import os
import re
import socket
import struct
import threading
import zipfile

import numpy as np
import pytest

import distnet as mx
from distnet import test_utils as tu


def test_rand_sparse_row_sparse_follows_numpy_seed_as_mxnet():
    np.random.seed(7)
    mx.random.seed(7)
    rsp, (val, idx) = tu.rand_sparse_ndarray((6, 3), "row_sparse", density=0.5)
    assert rsp.stype == "row_sparse" and rsp.dtype == np.float32 and idx.tolist() == [0, 2]
    # MXNet 1.9.1 draws these values for the same seed
    np.testing.assert_allclose(val, [[0.50112, 0.072051, 0.268439], [0.499882, 0.67923, 0.803739]], atol=1e-6)
    assert rsp.indices.asnumpy().tolist() == [0, 2] and np.array_equal(rsp.data.asnumpy(), val)


def test_rand_sparse_csr_masks_a_uniform_draw():
    np.random.seed(7)
    mx.random.seed(7)
    tu.rand_sparse_ndarray((6, 3), "row_sparse", density=0.5)
    csr, (indptr, indices, data) = tu.rand_sparse_ndarray((4, 5), "csr", density=0.4)
    assert indptr.asnumpy().tolist() == [0, 0, 3, 3, 4] and indices.asnumpy().tolist() == [0, 2, 3, 3]
    assert np.all(data.asnumpy() < 0.4) and data.shape == (4,)


def test_rand_sparse_options():
    rsp, _ = tu.rand_sparse_ndarray((5, 2), "row_sparse", density=1.0, dtype="float64", data_init=3.0)
    assert rsp.dtype == np.float64 and rsp.asnumpy().tolist() == [[3.0, 3.0]] * 5
    rsp, _ = tu.rand_sparse_ndarray((5, 2), "row_sparse", rsp_indices=np.array([1, 4]), modifier_func=lambda v: -1)
    assert rsp.indices.asnumpy().tolist() == [1, 4] and rsp.data.asnumpy().tolist() == [[-1, -1], [-1, -1]]
    empty, (values, rows) = tu.rand_sparse_ndarray((3, 2), "row_sparse", density=0.0)
    assert empty.stype == "row_sparse" and empty.indices.shape == (0,) and values.size == rows.size == 0
    with pytest.raises(AssertionError, match="^$"):       # MXNet's bare assert: a csr array is 2-D
        tu.rand_sparse_ndarray((3, 4, 2), "csr")


@pytest.mark.skipif(tu.ss is not None, reason="scipy draws the csr values")
def test_rand_csr_without_scipy_refuses_data_init_and_shuffling():
    with pytest.raises(AssertionError, match="data_init option is not supported when scipy is absent"):
        tu.rand_sparse_ndarray((3, 4), "csr", density=1.0, data_init=2.0)
    with pytest.raises(AssertionError, match="shuffle_csr_indices option is not supported when scipy is absent"):
        tu.rand_sparse_ndarray((3, 4), "csr", density=1.0, shuffle_csr_indices=True)


def test_powerlaw_csr_row_lengths_double():
    np.random.seed(0)
    csr, _ = tu.rand_sparse_ndarray((4, 8), "csr", density=0.5, distribution="powerlaw")
    assert np.diff(csr.indptr.asnumpy()).tolist() == [2, 4, 8, 2]
    assert np.all((csr.data.asnumpy() > 1) & (csr.data.asnumpy() < 3.001))


@pytest.mark.parametrize("call, error", [
    (lambda: tu.create_sparse_array((2, 2), "dense"), AssertionError),
    (lambda: tu.rand_sparse_ndarray((2, 2), "row_sparse", distribution="powerlaw"), AssertionError),
    (lambda: tu.rand_sparse_ndarray((2, 2), "csr", density=2.0), ValueError),
    (lambda: tu.rand_sparse_ndarray((2, 2), "csr", density=0.1, distribution="powerlaw"), ValueError),
    (lambda: tu.rand_sparse_ndarray((2, 2, 2), "csr", density=0.1), AssertionError),
    (lambda: tu._validate_csr_generation_inputs(0, 3, 0.5), ValueError),
])
def test_sparse_generators_refuse_bad_requests(call, error):
    with pytest.raises(error):
        call()


def test_create_sparse_array_variants():
    rsp = tu.create_sparse_array((5, 3), "row_sparse", rsp_indices=[4, 0, 2], data_init=1.5)
    assert rsp.indices.asnumpy().tolist() == [0, 2, 4] and set(rsp.data.asnumpy().ravel()) == {1.5}
    assert tu.create_sparse_array((3, 4), "csr").stype == "csr"
    assert tu.create_sparse_array_zd((4, 2), "row_sparse", density=0.9).indices.shape == (0,)
    assert tu.create_sparse_array_zd((4, 2), "row_sparse", 0.9, rsp_indices=[3]).indices.asnumpy().tolist() == [3]


def test_shuffle_csr_column_indices_keeps_each_row_set():
    class ScipyLikeCsr:     # what the function reads of a scipy csr matrix
        indptr, indices = np.array([0, 4, 8, 12]), np.array([0, 1, 2, 3] * 3)
    csr = ScipyLikeCsr()
    np.random.seed(1)
    tu.shuffle_csr_column_indices(csr)
    assert csr.indices.tolist() != [0, 1, 2, 3] * 3
    assert [sorted(csr.indices[i * 4:(i + 1) * 4]) for i in range(3)] == [[0, 1, 2, 3]] * 3


def test_shuffle_csr_column_indices_cannot_slice_by_a_csr_ndarrays_bounds():
    with pytest.raises(TypeError, match="'NDArray' object cannot be interpreted as an integer"):
        tu.shuffle_csr_column_indices(mx.nd.ones((2, 2)).tostype("csr"))


def test_rand_ndarray_is_standard_normal_like_mxnet():
    np.random.seed(7)
    expected = np.random.randn(2, 3).astype(np.float32)
    np.random.seed(7)
    out = tu.rand_ndarray((2, 3))
    assert out.dtype == np.float32 and np.array_equal(out.asnumpy(), expected)
    assert tu.rand_ndarray((4, 4), "csr", density=0.5).stype == "csr"


def test_rand_shapes_use_each_bound():
    np.random.seed(3)
    assert tu.rand_shape_2d() == (9, 10) and tu.rand_shape_3d() == (4, 9, 9)     # MXNet 1.9.1, seed 3
    assert tu.rand_shape_nd(3) == (1, 6, 4)
    assert all(0 <= d <= 1 for d in tu.rand_shape_nd(20, dim=1, allow_zero_size=True))


def test_vectors_and_identities():
    assert tu.create_vector(4).asnumpy().tolist() == [0, 1, 2, 3] and tu.create_vector(4).dtype == np.int64
    assert tu.create_2d_tensor(3, 2).asnumpy().tolist() == [[0, 0], [1, 1], [2, 2]]
    assert tu.get_identity_mat(3).asnumpy().tolist() == np.eye(3).tolist()
    batch = tu.get_identity_mat_batch(2)
    assert batch.shape == (2, 2, 2) and batch.dtype == np.float32


def test_random_matrices_have_the_promised_spectra():
    np.random.seed(11)
    q = tu.new_orthonormal_matrix_2d(4)
    assert np.allclose(q.T @ q, np.eye(4))
    m = tu.new_matrix_with_real_eigvals_2d(4)
    eig = np.linalg.eigvals(m)
    assert np.allclose(eig.imag, 0) and np.all(np.abs(eig.real) <= 10)
    s = tu.new_sym_matrix_with_real_eigvals_nd((2, 3, 3))
    assert s.shape == (2, 3, 3) and np.allclose(s, s.transpose(0, 2, 1))
    assert tu.new_matrix_with_real_eigvals_nd((2, 2, 3, 3)).shape == (2, 2, 3, 3)


def test_same_symbol_structure_compares_operators():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    assert tu.same_symbol_structure(mx.sym.relu(a) + b, mx.sym.relu(b) + a)
    assert not tu.same_symbol_structure(mx.sym.relu(a) + b, mx.sym.sigmoid(a) + b)


def test_comparison_helpers():
    x, y = np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[1.0, 2.5], [3.0, 4.0]])
    assert tu.locationError(x, y, (0, 1), ("x", "y")) == "Location of error: (0, 1), x=2.00000000, y=2.50000000"
    index, ratio = tu._find_max_violation(x, y, 1e-3, 1e-3)
    assert index == (0, 1) and ratio == pytest.approx(0.5 / (1e-3 + 2.5e-3))
    with pytest.raises(AssertionError, match="are not equal"):
        tu.checkShapes(np.zeros((2, 3)), np.zeros((3, 2)))
    assert list(tu._sorted_dict({"b": 1, "a": 2})) == ["a", "b"]


def test_parse_location_and_aux_states():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    loc = tu._parse_location(a + b, [np.ones(2), np.zeros(2)], mx.cpu())
    assert list(loc) == ["a", "b"] and loc["a"].dtype == np.float32
    with pytest.raises(ValueError, match="do not match"):
        tu._parse_location(a + b, {"a": np.ones(2)}, mx.cpu())
    aux = tu._parse_aux_states(mx.sym.BatchNorm(a, name="bn"), [np.zeros(2), np.ones(2)], mx.cpu())
    assert sorted(aux) == ["bn_moving_mean", "bn_moving_var"]


def fc_tanh():
    net = mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=3, name="fc")
    return mx.sym.Activation(net, act_type="tanh")


CTX_LIST = [{"ctx": mx.cpu(0), "data": (2, 4), "type_dict": {"data": np.float32}},
            {"ctx": mx.cpu(0), "data": (2, 4), "type_dict": {"data": np.float64}}]


def test_check_consistency_returns_the_float64_ground_truth():
    np.random.seed(11)
    with mx.name.NameManager():         # node names counted from zero, whatever ran before
        sym = fc_tanh()
    gt = tu.check_consistency(sym, CTX_LIST, rtol=1e-3, atol=1e-4)
    assert sorted(gt) == ["activation0_output", "data", "fc_bias", "fc_weight"]
    assert gt["fc_weight"].dtype == np.float64 and gt["fc_weight"].shape == (3, 4)


def test_check_consistency_catches_a_different_symbol():
    other = mx.sym.Activation(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=3, name="fc"), act_type="relu")
    with pytest.raises(AssertionError):
        tu.check_consistency([fc_tanh(), other], CTX_LIST, grad_req="null")
    with pytest.raises(AssertionError):
        tu.check_consistency(fc_tanh(), CTX_LIST[:1])


def test_check_speed_times_runs():
    assert tu.check_speed(fc_tanh(), ctx=mx.cpu(), N=2, data=(2, 4)) > 0
    assert tu.check_speed(fc_tanh(), N=1, typ="forward", data=(2, 4)) > 0
    with pytest.raises(ValueError, match="whole"):
        tu.check_speed(fc_tanh(), data=(2, 4), typ="backward")


def test_compare_optimizer_agrees_and_disagrees():
    tu.compare_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9),
                         mx.optimizer.SGD(learning_rate=0.1, momentum=0.9), (3, 2), "float32")
    with pytest.raises(AssertionError):
        tu.compare_optimizer(mx.optimizer.SGD(learning_rate=0.1), mx.optimizer.SGD(learning_rate=0.2), (4,), "float32")


def test_check_gluon_hybridize_consistency():
    def build(prefix):
        net = mx.gluon.nn.HybridSequential(prefix=prefix)
        with net.name_scope():
            net.add(mx.gluon.nn.Dense(3, activation="tanh"))
        return net
    tu.check_gluon_hybridize_consistency(build, [mx.nd.array(np.arange(8).reshape(2, 4) / 8)])


@pytest.mark.skipif(tu.ss is not None, reason="scipy runs the test")
def test_generator_checks_need_scipy():
    message = "scipy is not available. Please check if the scipy python bindings are installed."
    with pytest.raises(ImportError, match=message):
        tu.chi_square_check(lambda n: np.zeros(n), (0, 1), [0.5], 10)     # before any argument check
    with pytest.raises(ImportError, match=message):
        tu.verify_generator(lambda n: np.zeros(n), [0, 1], [0.5, 0.5], 10)


def test_discard_stderr_silences_descriptor_two(capfd):
    with tu.discard_stderr():
        os.write(2, b"hidden\n")
    os.write(2, b"shown\n")
    assert capfd.readouterr().err == "shown\n"


def test_get_cuda_compute_capability_needs_a_gpu_context():
    with pytest.raises(ValueError, match="Expecting a gpu context"):
        tu.get_cuda_compute_capability(mx.cpu())


@pytest.fixture
def http_dir(tmp_path):
    """A local HTTP server over ``tmp_path / "site"``: yields (its base URL, the directory)."""
    site = tmp_path / "site"
    site.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", site
    server.shutdown()
    thread.join()
    server.server_close()


def test_download_copies_and_keeps_existing_files(tmp_path, http_dir):
    base, site = http_dir
    (site / "src.bin").write_bytes(b"payload")
    target = tu.download(base + "src.bin", dirname=str(tmp_path / "out"))
    assert target == str(tmp_path / "out" / "src.bin") and open(target, "rb").read() == b"payload"
    (site / "src.bin").write_bytes(b"changed")
    assert open(tu.download(base + "src.bin", dirname=str(tmp_path / "out")), "rb").read() == b"payload"
    tu.download(base + "src.bin", dirname=str(tmp_path / "out"), overwrite=True)
    assert open(target, "rb").read() == b"changed"


def test_download_of_a_missing_page_fails_its_status_check(tmp_path, http_dir):
    base, _ = http_dir
    with pytest.raises(AssertionError, match="failed to open " + base + "missing.bin"):
        tu.download(base + "missing.bin", dirname=str(tmp_path / "d"), retries=1)


def test_failed_download_names_the_pool_and_path_as_requests_does(tmp_path, capsys):
    with socket.socket() as s:          # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        url = f"http://127.0.0.1:{port}/missing.bin"
    with pytest.raises(ConnectionError, match=re.escape(f"HTTPConnectionPool(host='127.0.0.1', port={port}): Max "
                                                        "retries exceeded with url: /missing.bin (Caused by ")):
        tu.download(url, dirname=str(tmp_path / "d"), retries=2)
    assert capsys.readouterr().out == "download failed, retrying, 1 attempt left\n"
    assert not os.path.exists(tmp_path / "d" / "missing.bin")


def test_download_refuses_urls_that_are_not_http(tmp_path):
    with pytest.raises(tu.InvalidSchema):
        tu.download((tmp_path / "x.bin").as_uri(), retries=1)
    with pytest.raises(tu.MissingSchema):
        tu.download("x.bin", retries=1)


def write_idx(path, magic_dims, payload):
    with gzip.open(path, "wb") as f:
        f.write(struct.pack(">" + "I" * len(magic_dims), *magic_dims))
        f.write(payload)


def test_get_mnist_reads_the_local_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    images = (np.arange(2 * 28 * 28) % 256).astype(np.uint8)
    for part, count in (("train", 2), ("t10k", 1)):
        write_idx(f"{part}-labels-idx1-ubyte.gz", [2049, count], bytes(range(count)))
        write_idx(f"{part}-images-idx3-ubyte.gz", [2051, count, 28, 28], images[:count * 784].tobytes())
    data = tu.get_mnist()
    assert data["train_data"].shape == (2, 1, 28, 28) and data["train_data"].dtype == np.float32
    assert data["train_label"].tolist() == [0, 1] and data["test_label"].dtype == np.int8
    assert data["train_data"][0, 0, 0, 1] == pytest.approx(1 / 255)


def test_get_zip_and_bz2_data_unpack_served_archives(tmp_path, http_dir):
    base, site = http_dir
    with zipfile.ZipFile(site / "pack.zip", "w") as zf:
        zf.writestr("pack/a.txt", "zipped")
    tu.get_zip_data(str(tmp_path / "data"), base + "pack.zip", "pack.zip")
    assert (tmp_path / "data" / "pack" / "a.txt").read_text() == "zipped"
    (site / "rows.bz2").write_bytes(bz2.compress(b"1 2\n3 4\n"))
    tu.get_bz2_data(str(tmp_path / "bz"), "rows.txt", base + "rows.bz2", "rows.bz2")
    assert (tmp_path / "bz" / "rows.txt").read_bytes() == b"1 2\n3 4\n"
    assert not (tmp_path / "bz" / "rows.bz2").exists()


def test_dataset_helpers_keep_existing_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.makedirs("data/cifar")
    for name in ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                 "t10k-labels-idx1-ubyte", "mnist.pkl.gz", "cifar/train.rec", "cifar/test.rec",
                 "cifar/train.lst", "cifar/test.lst"]:
        open(os.path.join("data", name), "w").close()
    tu.get_mnist_ubyte()
    tu.get_mnist_pkl()
    tu.get_cifar10()
    assert sorted(os.listdir("data/cifar")) == ["test.lst", "test.rec", "train.lst", "train.rec"]


def test_download_model_knows_mxnets_models(tmp_path):
    assert tu.download_model("no-such-model", dst_dir=str(tmp_path)) == (None, 0)
    for suffix in ("-symbol.json", "-0000.params"):
        (tmp_path / f"imagenet1k-resnet-18{suffix}").write_text("x")
    assert tu.download_model("imagenet1k-resnet-18", dst_dir=str(tmp_path)) == (
        str(tmp_path / "imagenet1k-resnet-18"), 0)


def test_get_im2rec_path_without_the_tool(tmp_path, monkeypatch):
    monkeypatch.setenv("MXNET_HOME", str(tmp_path))
    with pytest.raises(IOError, match="im2rec.py"):
        tu.get_im2rec_path()
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "im2rec.py").write_text("")
    assert tu.get_im2rec_path() == str(tmp_path / "tools" / "im2rec.py")


def test_get_mnist_iterator_reads_the_ubyte_files_or_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if not hasattr(mx.io, "MNISTIter"):
        with pytest.raises(mx.base.MXNetError, match="MNISTIter"):
            tu.get_mnist_iterator(2, (784,))
        return
    os.makedirs("data")
    for part, count in (("train", 4), ("t10k", 2)):
        with open(f"data/{part}-labels-idx1-ubyte", "wb") as f:
            f.write(struct.pack(">II", 2049, count) + bytes(range(count)))
        with open(f"data/{part}-images-idx3-ubyte", "wb") as f:
            f.write(struct.pack(">IIII", 2051, count, 28, 28) + bytes(count * 784))
    train, val = tu.get_mnist_iterator(2, (784,))
    assert train.provide_data[0].shape == (2, 784) and val.provide_data[0].shape == (2, 784)


def test_environment_is_a_generator_context_manager_checking_on_entry():
    import os
    manager = mx.test_utils.environment(5)      # nothing is checked before entry, as in MXNet
    with pytest.raises(AssertionError, match="^Expecting one dict arg or two args"):
        manager.__enter__()
    manager = mx.test_utils.environment("DISTNET_R11_ENV", "1")
    with manager:
        assert os.environ["DISTNET_R11_ENV"] == "1"
    assert "DISTNET_R11_ENV" not in os.environ
    with pytest.raises((RuntimeError, AttributeError)):     # a generator context manager is entered once
        manager.__enter__()


def test_rand_ndarray_refuses_an_unknown_storage_type_in_mxnet_words():
    with pytest.raises(AssertionError, match="^unknown storage type$"):
        mx.test_utils.rand_ndarray((2,), "bad")
