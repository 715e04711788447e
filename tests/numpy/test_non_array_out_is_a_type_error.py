"""A non-array ``out=`` is MXNet's TypeError for every mx.np / mx.npx function that takes one."""
import pytest

import distnet as mx


pytestmark = pytest.mark.usefixtures("np_semantics")


CALLS = [
    lambda x, out: mx.np.all(x, out=out),
    lambda x, out: mx.np.argmax(x, out=out),
    lambda x, out: mx.np.take(x, x, out=out),
    lambda x, out: mx.np.squeeze(x, out=out),
    lambda x, out: mx.np.stack([x, x], out=out),
    lambda x, out: mx.np.random.normal(x, out=out),
    lambda x, out: mx.np.linalg.multi_dot([x, x.T], out=out),
    lambda x, out: mx.npx.relu(x, out=out),
    lambda x, out: mx.npx.softmax(x, out=out),
]


@pytest.mark.parametrize("bad", ["1", 1.5, True, 7, (1.5,), [1, "a"]])
@pytest.mark.parametrize("call", CALLS)
def test_non_array_out_raises_type_error(call, bad):
    with pytest.raises(TypeError):
        call(mx.np.ones((2, 3)), bad)


def test_array_out_still_written():
    out = mx.np.zeros((2, 3))
    assert mx.npx.relu(mx.np.ones((2, 3)) * -1 + 2, out=out) is out
    assert out.asnumpy().tolist() == [[1.0] * 3] * 2
    total = mx.np.zeros(())
    mx.np.sum(mx.np.ones((2, 3)), out=total)
    assert float(total) == 6.0
