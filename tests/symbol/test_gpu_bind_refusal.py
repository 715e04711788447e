"""Binding on a GPU context fails as in MXNet 1.9.1's CPU-only build (classes measured there): simple_bind and
Module.bind with RuntimeError('simple_bind error...'), Symbol.bind of host arrays with MXNetError."""
import pytest

import distnet as mx
from distnet.base import MXNetError


def _double():
    with mx.name.NameManager():
        return mx.sym.Variable('x') * 2


def test_simple_bind_on_gpu_is_refused():
    with pytest.raises(RuntimeError, match="simple_bind error. Arguments:\nx: \\(1,\\)"):
        _double().simple_bind(mx.gpu(), x=(1,))


def test_bind_of_host_arrays_on_gpu_is_refused():
    with pytest.raises(MXNetError, match=r"Input array is in cpu\(0\) while binding with ctx=gpu\(0\)"):
        _double().bind(mx.gpu(), {'x': mx.nd.ones((1,))})


@pytest.mark.parametrize("contexts", [mx.gpu(), [mx.cpu(), mx.gpu()]])
def test_module_bind_on_gpu_is_refused(contexts):
    mod = mx.mod.Module(_double(), data_names=['x'], label_names=None, context=contexts)
    with pytest.raises(RuntimeError, match="simple_bind error"):
        mod.bind([('x', (2,))])


def test_cpu_binds_still_work():
    ex = _double().simple_bind(mx.cpu(), x=(2,))
    ex.arg_dict['x'][:] = 3
    assert ex.forward()[0].asnumpy().tolist() == [6.0, 6.0]
