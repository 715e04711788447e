"""mx.np functions that hand unknown keywords on to their operator refuse them with MXNetError, as MXNet."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("name", ["atleast_1d", "atleast_2d", "atleast_3d", "diag", "diagflat", "diagonal",
                                  "squeeze", "transpose"])
def test_unknown_keyword_is_mxnet_error(name):
    with pytest.raises(MXNetError, match="bogus_kw"):
        getattr(mx.np, name)(mx.np.ones((2, 3)), bogus_kw=1)


def test_known_keywords_still_work():
    assert mx.np.transpose(mx.np.ones((2, 3)), axes=(1, 0)).shape == (3, 2)
    assert mx.np.diagonal(mx.np.ones((2, 3)), offset=1).shape == (2,)


@pytest.mark.parametrize("bad", [1.5, None, 7, "abc"])
def test_choice_replace_is_a_boolean_attribute(bad):
    with pytest.raises(MXNetError):
        mx.np.random.choice(mx.np.ones((2, 3)), replace=bad)


@pytest.mark.parametrize("call", [lambda a: mx.np.sum(a, foo=1, bar=2), lambda a: mx.np.squeeze(a, foo=1, bar=2),
                                  lambda a: mx.np.round(a, foo=1, bar=2)])
def test_of_several_unknown_keywords_the_last_given_is_named(call):
    with pytest.raises(MXNetError) as e:
        call(mx.np.ones((1, 2)))
    assert message_of(e.value).startswith("Cannot find argument 'bar', Possible Arguments:")
    assert message_of(e.value).endswith('bar="2", foo="1")')
