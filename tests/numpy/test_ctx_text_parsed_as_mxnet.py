"""``ctx=`` of mx.np creation functions and samplers is parsed as MXNet's backend reads it: a Context or its text."""
import re

import pytest

import distnet as mx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


MAKERS = [
    lambda ctx: mx.np.ones((2,), ctx=ctx),
    lambda ctx: mx.np.zeros((2,), ctx=ctx),
    lambda ctx: mx.np.arange(3, ctx=ctx),
    lambda ctx: mx.np.eye(2, ctx=ctx),
    lambda ctx: mx.np.full((2,), 1, ctx=ctx),
    lambda ctx: mx.np.indices((2,), ctx=ctx),
    lambda ctx: mx.np.random.normal(0, 1, size=2, ctx=ctx),
    lambda ctx: mx.np.random.randint(0, 3, size=2, ctx=ctx),
    lambda ctx: mx.np.random.choice(3, size=2, ctx=ctx),
]


@pytest.mark.parametrize("bad", ["cpu", " cpu(0)", "abc", 1.5, 7, True, (1.5,)])
@pytest.mark.parametrize("make", MAKERS)
def test_ctx_that_is_no_context_text_is_mxnet_error(make, bad):
    with pytest.raises(MXNetError, match=f"Invalid context string {re.escape(str(bad))}$"):
        make(bad)


@pytest.mark.parametrize("make", MAKERS)
def test_ctx_text_names_the_context(make):
    assert make("cpu(1)").ctx == mx.cpu(1)
    assert make("cpu_pinned(0)").ctx == mx.cpu_pinned(0)


def test_sampler_with_array_parameters_ignores_ctx():
    x = mx.np.ones((2, 3))
    assert mx.np.random.normal(x, ctx=1.5).ctx == mx.cpu(0)
    assert mx.np.random.gamma(x, ctx="abc").shape == (2, 3)
