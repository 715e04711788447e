"""A legacy operator refusing an mx.np array names it by its Python name, submodule prefix dropped, as MXNet."""
import pytest

import distnet as mx
from distnet.ndarray.array_kinds import python_name
from distnet.base import message_of


@pytest.mark.parametrize("opname, name", [("_image_crop", "crop"), ("_contrib_box_nms", "box_nms"),
                                          ("_linalg_gemm2", "gemm2"), ("_sparse_retain", "retain"),
                                          ("_random_uniform", "_random_uniform"), ("relu", "relu"),
                                          ("_plus_scalar", "_plus_scalar")])
def test_python_name_drops_submodule_prefixes_only(opname, name):
    assert python_name(opname) == name


@pytest.mark.parametrize("call, opname, name", [
    (lambda a: mx.nd.image.to_tensor(a), "_image_to_tensor", "to_tensor"),
    (lambda a: mx.nd.linalg.potrf(a[0]), "_linalg_potrf", "potrf"),
    (lambda a: mx.nd.contrib.arange_like(a), "_contrib_arange_like", "arange_like"),
    (lambda a: mx.nd.relu(a), "relu", "relu"),
])
def test_refusal_message_names_backend_and_python_function(call, opname, name):
    with pytest.raises(TypeError) as info:
        call(mx.np.ones((2, 2, 3)))
    assert message_of(info.value).startswith(f"Operator `{opname}` registered in backend is known as `{name}` in Python. "
                                      "This is a legacy operator which can only accept legacy ndarrays")


def test_crop_resize_on_a_numpy_array_names_crop():
    with pytest.raises(TypeError, match="known as `crop` in Python"):
        mx.gluon.data.vision.transforms.CropResize(0, 0, 1, 1)(mx.np.ones((2, 2, 3)))
