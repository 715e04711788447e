"""Legacy nd operators' shape and attribute checks (split_v2 squeeze, broadcast_like axes, Crop windows) fail with MXNet's full text, led by the check's source line."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd

x = nd.ones((4, 3))
calls = [
    ("split_v2 squeeze of 2", lambda: nd.split_v2(x, (1, 3), axis=1, squeeze_axis=True)[0]),
    ("split_v2 start past end", lambda: nd.split_v2(x, (2, 1))[0]),
    ("split_v2 end past axis", lambda: nd.split_v2(x, (1, 5))[0]),
    ("broadcast_like lhs axis not 1", lambda: nd.broadcast_like(nd.ones((2, 1)), nd.ones((2, 5)), lhs_axes=(0,), rhs_axes=(1,))),
    ("broadcast_like rhs axis 5", lambda: nd.broadcast_like(nd.ones((2, 1)), nd.ones((2, 5)), lhs_axes=(1,), rhs_axes=(5,))),
    ("broadcast_like lhs axis 5", lambda: nd.broadcast_like(nd.ones((2, 1)), nd.ones((2, 5)), lhs_axes=(5,), rhs_axes=(0,))),
    ("Crop h_w (0, 2)", lambda: nd.Crop(nd.ones((2, 3, 4, 5)), h_w=(0, 2))),
    ("Crop h_w (2, 0)", lambda: nd.Crop(nd.ones((2, 3, 4, 5)), h_w=(2, 0))),
    ("Crop h_w (2,)", lambda: nd.Crop(nd.ones((2, 3, 4, 5)), h_w=(2,))),
    ("Crop like 1-D", lambda: nd.Crop(nd.ones((2, 3, 4, 5)), nd.ones((1,)), num_args=2)),
    ("Crop like 3-D", lambda: nd.Crop(nd.ones((2, 3, 4, 5)), nd.ones((1, 1, 2)), num_args=2)),
]
for label, call in calls:
    try:
        print(label, call().shape)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
