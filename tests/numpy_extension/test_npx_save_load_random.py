"""npx.save/npx.load (MXNet's file bytes under NumPy shape semantics) and npx.random's samplers (MXNet's streams)."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet import npx

# The bytes MXNet 1.9.1's npx.save writes for [np.array([1, 2])]: record magic 0xF993FACA (NumPy shape).
MXNET_FILE = bytes.fromhex("1201000000000000" "0000000000000000" "0100000000000000" "cafa93f9" "00000000"
                           "01000000" "0200000000000000" "01000000" "00000000" "00000000" "0000803f" "00000040"
                           "0000000000000000")


@pytest.fixture(autouse=True)
def _numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_save_writes_mxnets_bytes(tmp_path):
    path = str(tmp_path / "a.npx")
    npx.save(path, mx.np.array([1, 2]))
    assert pathlib.Path(path).read_bytes() == MXNET_FILE
    loaded = npx.load(path)
    assert isinstance(loaded, list) and type(loaded[0]) is mx.np.ndarray and loaded[0].tolist() == [1.0, 2.0]


def test_round_trip_keeps_scalars_zero_sizes_dtypes_and_names(tmp_path):
    path = str(tmp_path / "b.npx")
    npx.save(path, {"x": mx.np.array([1, 2], dtype="int64"), "s": mx.np.ones(()), "e": mx.np.zeros((0, 2))})
    got = npx.load(path)
    assert sorted(got) == ["e", "s", "x"]
    assert got["x"].dtype == np.int64 and got["s"].shape == () and got["e"].shape == (0, 2)
    assert float(got["s"]) == 1.0


def test_save_and_load_refuse_what_mxnet_refuses(tmp_path):
    path = str(tmp_path / "c.npx")
    with pytest.raises(ValueError):
        npx.save(path, mx.nd.array([1, 2]))
    with pytest.raises(TypeError):
        npx.save(path, [mx.nd.array([1, 2])])
    with pytest.raises(ValueError):
        npx.save(path, 3)
    npx.reset_np()
    with pytest.raises(ValueError, match="set_np"):
        npx.save(path, mx.np.array([1, 2]))
    with pytest.raises(ValueError, match="set_np"):
        npx.load(path)


def test_samplers_repeat_mxnets_draws_for_a_seed():
    npx.random.seed(7)
    np.testing.assert_allclose(npx.random.uniform_n(0, 1, batch_shape=(2,)).asnumpy(), [0.42855945, 0.91751623])
    npx.random.seed(7)
    u = npx.random.uniform_n(mx.np.array([0.0, 1]), mx.np.array([1.0, 2]), batch_shape=(3,))
    assert type(u) is mx.np.ndarray and u.shape == (3, 2)
    np.testing.assert_allclose(u.asnumpy(), [[0.42855945, 1.9175162], [0.80797774, 1.9977071],
                                             [0.7495962, 1.2933874]], rtol=1e-6)
    npx.random.seed(7)
    np.testing.assert_allclose(npx.random.normal_n(0, 1, batch_shape=(2,)).asnumpy(), [0.80284, -0.13737269],
                               rtol=1e-6)
    npx.random.seed(7)
    assert npx.random.bernoulli(0.3, size=(5,)).tolist() == [0.0] * 5
    npx.random.seed(7)
    assert npx.random.bernoulli(logit=0.3, size=(5,)).tolist() == [1.0, 0.0, 0.0, 0.0, 0.0]
    npx.random.seed(7)
    assert npx.random.uniform_n(0, 1).shape == ()
    with pytest.raises(ValueError, match="not both"):
        npx.random.bernoulli(0.5, logit=0.1)


def test_long_draws_follow_mxnets_sequential_stream():
    npx.random.seed(11)
    normals = npx.random.normal_n(mx.np.array([0.0, 1.0]), 2.0, batch_shape=(3000,)).asnumpy()
    assert normals.shape == (3000, 2)
    np.testing.assert_allclose(normals[-1], [-0.16583576798439026, -1.0351614952087402], rtol=1e-6)   # MXNet 1.9.1
    uniforms = npx.random.uniform_n(0, mx.np.array([1.0, 3.0]), batch_shape=(5000,)).asnumpy()
    np.testing.assert_allclose(uniforms[-1], [0.9440139532089233, 2.322373151779175], rtol=1e-6)
    np.testing.assert_allclose(float(uniforms.sum()), 9974.296875, rtol=1e-6)
    coins = npx.random.bernoulli(logit=mx.np.array([0.2, -1.0]), size=(4000, 2)).asnumpy()
    assert coins.sum() == 3268.0 and coins[-3:].tolist() == [[1.0, 0.0], [0.0, 0.0], [1.0, 1.0]]


def test_npx_save_and_load_take_a_file_name_only_in_mxnets_words(tmp_path):
    arr = mx.np.ones(2)
    with pytest.raises(TypeError, match="Only accepts dict str->ndarray or list of ndarrays$"):
        mx.npx.save(str(tmp_path / "a.params"), {1: arr})
    with pytest.raises(ValueError, match=r"data needs to either be a ndarray, dict of \(str, ndarray\) pairs or a "
                                         r"list of ndarrays\.$"):
        mx.npx.save(str(tmp_path / "a.params"), 5)
    for name in (1, True, tmp_path / "a.params", b"a.params"):      # never a file descriptor or a path object
        with pytest.raises(AttributeError, match="object has no attribute 'encode'"):
            mx.npx.save(name, [arr])
        with pytest.raises(TypeError, match="file required to be a string$"):
            mx.npx.load(name)
    assert not (tmp_path / "a.params").exists()
