"""mx.np ndarray.reshape_view is a view of the array's memory, as MXNet 1.9.1's (reshape is a copy)."""
import pytest

from distnet import autograd, np, npx


@pytest.fixture(autouse=True)
def _np_mode():
    npx.set_np()
    yield
    npx.reset_np()


def test_reshape_view_writes_through_and_reshape_copies():
    x = np.arange(16)
    v = x.reshape_view(2, 8)
    v[0, 0] = 100
    assert x[0] == 100 and v.shape == (2, 8)
    w = x.reshape(4, 4)
    w[0, 0] = -1
    assert x[0] == 100
    x[1] = 5
    assert v[0, 1] == 5


def test_reshape_view_records_for_autograd_and_pools_as_a_view():
    x = np.arange(6.0)
    x.attach_grad()
    with autograd.record():
        z = (x.reshape_view(2, 3) ** 2).sum()
    z.backward()
    assert x.grad.tolist() == [0, 2, 4, 6, 8, 10]
    pool = dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg")
    view = npx.pooling(np.arange(16).reshape_view(1, 1, 4, 4), **pool).reshape(-1).tolist()
    copy = npx.pooling(np.arange(16).reshape(1, 1, 4, 4), **pool).reshape(-1).tolist()
    assert view == [1.1111111640930176, 2.6666669845581055, 5.6666669845581055, 10.0]     # MXNet 1.9.1
    assert copy == [1.1111111640930176, 2.6666667461395264, 5.666666507720947, 10.0]
