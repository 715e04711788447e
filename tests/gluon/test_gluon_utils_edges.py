"""gluon.utils edge cases recorded from MXNet 1.9.1: an NDArray given to clip_global_norm, HookHandle misuse,
the module's star-export list."""
import collections

import pytest

import distnet as mx
from distnet.gluon import utils
from distnet.base import message_of


def test_clip_global_norm_of_an_ndarray_clips_its_rows_in_place():
    x = mx.nd.array([[1, 2], [3, 4]])
    norm = utils.clip_global_norm(x, 1.0)
    assert norm.tobytes().hex() == "6f45af40"          # MXNet: 5.477226 (float32)
    assert x.asnumpy().tobytes().hex() == "baf43a3ebaf4ba3e8c370c3fbaf43a3f"


def test_clip_global_norm_needs_a_sized_sequence():
    with pytest.raises(TypeError):
        utils.clip_global_norm((a for a in [mx.nd.ones(2)]), 1.0)
    with pytest.raises(AssertionError):
        utils.clip_global_norm([], 1.0)


def test_detaching_a_handle_never_attached_is_a_type_error():
    with pytest.raises(TypeError):
        utils.HookHandle().detach()
    handle, hooks = utils.HookHandle(), collections.OrderedDict()
    handle.attach(hooks, print)
    handle.detach()
    handle.detach()                                     # a second detach is harmless
    assert hooks == {}


def test_attaching_a_handle_twice_is_an_assertion_error():
    handle, hooks = utils.HookHandle(), collections.OrderedDict()
    handle.attach(hooks, print)
    with pytest.raises(AssertionError, match="cannot be attached twice"):
        handle.attach(hooks, len)
    assert list(hooks.values()) == [print]


def test_a_pickled_handle_refers_to_its_own_copy_of_the_hooks():
    import pickle
    handle, hooks = utils.HookHandle(), collections.OrderedDict()
    handle.attach(hooks, print)
    copy = pickle.loads(pickle.dumps(handle))
    assert copy._id == handle._id
    copy.detach()                   # the copy's hooks are gone: nothing to remove, the original keeps its hook
    assert len(hooks) == 1
    handle.detach()
    assert len(hooks) == 0
    with pytest.raises(TypeError, match="'NoneType' object is not callable$"):
        pickle.dumps(utils.HookHandle())


def test_star_export_list_leaves_out_hook_handle():
    assert sorted(utils.__all__) == ["check_sha1", "clip_global_norm", "download", "replace_file",
                                     "split_and_load", "split_data"]


def test_split_data_under_numpy_semantics_splits_with_np_split():
    mx.npx.set_np()
    try:
        x = mx.np.arange(12).reshape(3, 4)
        parts = utils.split_data(x, 3, batch_axis=-1, even_split=False)
        assert [p.shape for p in parts] == [(3, 2), (3, 1), (3, 1)]
        assert parts[1].asnumpy().tolist() == [[2], [6], [10]]
        parts[0][...] = -1                              # copies, as MXNet's np.split makes
        assert x.asnumpy()[0].tolist() == [0, 1, 2, 3]
        assert [p.shape for p in utils.split_data(x, 4, even_split=False)][-1] == (0, 4)
        with pytest.raises(TypeError):                  # np.split refuses a legacy NDArray
            utils.split_and_load(mx.nd.arange(4), [mx.cpu(0), mx.cpu(1)])
    finally:
        mx.npx.reset_np()


def test_clip_global_norm_fails_as_mxnet_on_what_is_not_an_ndarray():
    import numpy as np
    with pytest.raises(AttributeError, match="context"):       # MXNet reads the first array's context
        utils.clip_global_norm([np.array([3.0, 4.0])], 1.0)
    with pytest.raises(AttributeError, match="stype"):         # and every array's storage type
        utils.clip_global_norm([mx.nd.array([3, 4]), None], 1.0)
    with pytest.raises(AssertionError):                         # and divides max_norm by an NDArray
        utils.clip_global_norm([mx.nd.array([3, 4])], "1")
    x = mx.nd.array([3, 4])
    assert utils.clip_global_norm([x], mx.nd.array([1])) == 5.0
    assert x.asnumpy().tobytes().hex() == "9a99193fcdcc4c3f"   # MXNet: [0.6, 0.8]


def test_split_data_off_the_batch_axis_copies_and_densifies_sparse_arrays():
    x = mx.nd.arange(8).reshape((2, 4))
    utils.split_data(x, 2, batch_axis=1)[0][:] = -1         # slice_axis copies, as MXNet's
    utils.split_data(x, 2, batch_axis=0)[0][:] = -2         # axis-0 slices are views
    assert x.asnumpy().tolist() == [[-2, -2, -2, -2], [4, 5, 6, 7]]
    csr = mx.nd.array([[0, 1], [2, 0], [0, 0], [3, 4]]).tostype("csr")
    parts = utils.split_data(csr, 2, batch_axis=1)
    assert [(p.stype, p.asnumpy().ravel().tolist()) for p in parts] == [("default", [0, 2, 0, 3]),
                                                                        ("default", [1, 0, 0, 4])]


def test_clip_global_norm_squares_a_sparse_arrays_rounded_norm():
    dense = mx.nd.array([1.0])
    sparse = mx.nd.array([[0, 1], [2, 0], [0, 0], [3, 4]]).tostype("row_sparse")
    norm = utils.clip_global_norm([dense, sparse], 1.0)
    assert norm.tobytes().hex() == "212bb240"               # MXNet: 5.5677648 (norm().square(), not dot)
    assert dense.asnumpy().tobytes().hex() == "73ea373e"


def test_clip_global_norm_empty_list_is_a_bare_assertion():
    with pytest.raises(AssertionError) as info:
        utils.clip_global_norm([], 1.0)
    assert message_of(info.value) == ""                                # MXNet's bare assert


def test_clip_global_norm_names_a_foreign_arrays_class_as_python_does():
    import numpy as np
    with pytest.raises(AttributeError, match="^'numpy.ndarray' object has no attribute 'context'$"):
        utils.clip_global_norm([np.ones(2)], 1.0)
    with pytest.raises(AttributeError, match="^'list' object has no attribute 'stype'$"):
        utils.clip_global_norm([mx.nd.ones(2), [1.0]], 1.0)


def test_clip_global_norm_max_norm_goes_through_ndarray_division():
    import fractions
    from distnet.base import MXNetError
    with pytest.raises(MXNetError, match="broadcast_div expects 2 inputs"):   # None is no operand
        utils.clip_global_norm([mx.nd.ones(2)], None)
    with pytest.raises(AssertionError, match="Argument lhs must have NDArray type"):
        utils.clip_global_norm([mx.nd.ones(2)], fractions.Fraction(1, 2))    # not one of MXNet's numeric types
    with pytest.raises(MXNetError):                                           # float64 / float32
        utils.clip_global_norm([mx.nd.ones(2)], mx.nd.array([1.0], dtype="float64"))


def test_clip_global_norm_overflow_warns_once_and_scales_to_zero():
    import warnings
    arrays = [mx.nd.array([1e30, 1e30]), mx.nd.array([3.0])]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        norm = utils.clip_global_norm(arrays, 1.0)
    assert [str(w.message) for w in caught] == ["nan or inf is detected. Clipping results will be undefined."]
    assert norm == float("inf")
    assert [a.asnumpy().tolist() for a in arrays] == [[0.0, 0.0], [0.0]]


def test_clip_global_norm_scales_by_max_norm_over_the_joint_norm():
    import numpy as np
    values = [np.array([[0.5, -1.5], [2.0, 0.25]], np.float32), np.array([3.0, 1.0, -2.0], np.float32)]
    arrays = [mx.nd.array(v) for v in values]
    norm = utils.clip_global_norm(arrays, 2.0, check_isfinite=False)
    want = np.sqrt(sum((v.astype(np.float64) ** 2).sum() for v in values))
    assert isinstance(norm, mx.nd.NDArray) and norm.shape == (1,)
    assert norm.asscalar() == pytest.approx(want, rel=1e-6)
    for a, v in zip(arrays, values):
        np.testing.assert_allclose(a.asnumpy(), v * 2.0 / want, rtol=1e-6)
