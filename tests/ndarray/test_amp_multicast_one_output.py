"""amp_multicast of one input returns an NDArray, as MXNet's one-output operators do."""
import numpy as np

import distnet as mx
from distnet import nd


def test_one_input_gives_an_array_and_its_gradient():
    x = nd.array([1.5, 2.5])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.amp_multicast(x, num_outputs=1)
        z = y * 2
    z.backward()
    assert isinstance(y, nd.NDArray) and y.asnumpy().tolist() == [1.5, 2.5]
    np.testing.assert_array_equal(x.grad.asnumpy(), [2., 2.])


def test_two_inputs_still_give_a_list():
    out = nd.amp_multicast(nd.ones((2,)), nd.ones((2,)), num_outputs=2)
    assert isinstance(out, list) and len(out) == 2
