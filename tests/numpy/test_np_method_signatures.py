"""mx.np.ndarray methods have MXNet's parameters and are named ndarray.<method> in argument errors."""
import pytest

from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call, words", [
    (lambda a: a.argmax(keepdims=True), r"ndarray.argmax\(\) got an unexpected keyword argument 'keepdims'"),
    (lambda a: a.mean(initial=1), r"ndarray.mean\(\) got an unexpected keyword argument 'initial'"),
    (lambda a: a.squeeze(out=a), r"ndarray.squeeze\(\) got an unexpected keyword argument 'out'"),
    (lambda a: a.swapaxes(0), r"ndarray.swapaxes\(\) missing 1 required positional argument: 'axis2'"),
    (lambda a: a.nonzero(0), r"ndarray.nonzero\(\) takes 1 positional argument but 2 were given"),
])
def test_argument_errors_name_the_method(call, words):
    with pytest.raises(TypeError, match=words):
        call(np.ones((1, 3)))


def test_methods_still_compute_with_their_parameters():
    a = np.array([[1., 5., 2.]])
    assert a.var(1, None, None, 1).tolist() == pytest.approx([13 / 3])
    assert a.squeeze(0).shape == (3,) and a.swapaxes(axis1=0, axis2=1).shape == (3, 1)
    assert a.repeat(repeats=2, axis=1).shape == (1, 6) and int(a.argmax(1)[0]) == 1
