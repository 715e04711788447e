"""clip's bounds are required parameters: left out, MXNet names the first missing (a_max before a_min); given as
None, its parser refuses the text."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd
X = nd.array([-2., 0.5, 3.])


@pytest.mark.parametrize("f, words", [
    (lambda: nd.clip(X), 'Required parameter a_max of float is not presented, in operator clip(name="")'),
    (lambda: nd.clip(X, 0), 'Required parameter a_max of float is not presented, in operator clip(name="", a_min="0")'),
    (lambda: nd.clip(X, a_max=0), 'Required parameter a_min of float is not presented, in operator clip(name="", a_max="0")'),
    (lambda: nd.clip(X, None, 1), "Invalid Parameter format for a_min expect float but value='None'"),
    (lambda: X.clip(0, None), "Invalid Parameter format for a_max expect float but value='None'"),
])
def test_bounds_are_required_numbers(f, words):
    with pytest.raises(MXNetError) as e:
        f()
    assert words in message_of(e.value)


def test_clip_with_both_bounds_and_its_gradient():
    x = nd.array([-2., -1., 0.5, 1., 3.])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.clip(x, a_min=-1, a_max=1)
    y.backward()
    assert y.asnumpy().tolist() == [-1., -1., 0.5, 1., 1.]
    assert x.grad.asnumpy().tolist() == [0., 1., 1., 1., 0.]
