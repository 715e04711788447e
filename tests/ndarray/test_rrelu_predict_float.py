"""rrelu outside training: the mean of the float bounds times the data in float, any dtype (MXNet 1.9.1's values)."""
from distnet import nd


def test_float64_rrelu_outside_training_multiplies_in_float():
    x = nd.array([-1.38952328, 0.5, -0.40421511, -2.51129146], dtype="float64")
    assert nd.LeakyReLU(x, act_type="rrelu")[0].asnumpy().tolist() == [
        -0.3188955783843994, 0.5, -0.09276736527681351, -0.5763413906097412]
    y = nd.LeakyReLU(x, act_type="rrelu", lower_bound=0.3, upper_bound=0.3)[0]
    assert y.dtype.__name__ == "float64"
    assert y.asnumpy().tolist() == [-0.4168570041656494, 0.5, -0.12126453220844269, -0.7533875107765198]
