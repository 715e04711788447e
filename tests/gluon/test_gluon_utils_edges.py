"""gluon.utils edge cases recorded from MXNet 1.9.1: an NDArray given to clip_global_norm, HookHandle misuse,
the module's star-export list."""
import collections

import pytest

import distnet as mx
from distnet.gluon import utils


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


def test_star_export_list_leaves_out_hook_handle():
    assert sorted(utils.__all__) == ["check_sha1", "clip_global_norm", "download", "replace_file",
                                     "split_and_load", "split_data"]
